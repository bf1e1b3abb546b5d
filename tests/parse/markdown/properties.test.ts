import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ArticleParseError, parseMarkdown } from '../../../src/parse/index.js'
import { renderHtml } from '../../../src/render/index.js'
import { validateArticle } from '../../../src/schema/index.js'

// Pieces of front matter and Markdown, well-formed and not, to build files in any order.
const pieces = [
  '---',
  'title: Chamber Opens New Office',
  'title: [unclosed',
  'date: 2014-10-13',
  'date: 2014-02-30',
  'date: !!timestamp 2014-10-13 10:00:00',
  'author: Li Ming',
  'author:\n  - name: ""',
  'authors: 42',
  'tags: a, b',
  'lang: Chinese',
  'url: javascript:alert(1)',
  'source: { name: CCCME }',
  'mentions: [{ type: Event }]',
  'nickname: x',
  '# Heading',
  'Some *text* with [a link](https://example.org) and <b>html</b>.',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '[^1]: A note.',
  '<script>alert(1)</script>',
  '',
]

const file = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 30 })), { maxLength: 12 })
  .map((lines) => lines.join('\n'))

describe('parseMarkdown properties', () => {
  it('never throws on data except ArticleParseError; what it returns is valid and renders', () => {
    fc.assert(
      fc.property(fc.oneof(file, fc.string()), (markdown) => {
        let result: ReturnType<typeof parseMarkdown> | undefined
        try {
          result = parseMarkdown(markdown)
        } catch (error) {
          expect(error).toBeInstanceOf(ArticleParseError)
          expect((error as ArticleParseError).diagnostics.some((d) => d.severity === 'error')).toBe(
            true,
          )
          return
        }
        expect(validateArticle(result.article).success).toBe(true)
        expect(typeof renderHtml(result.article, { document: true })).toBe('string')
      }),
      { numRuns: 400 },
    )
  })
})
