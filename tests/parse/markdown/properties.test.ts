import fc from 'fast-check'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { ArticleParseError, parseMarkdown, remarkNewsArticle } from '../../../src/parse/index.js'
import { renderHtml } from '../../../src/render/index.js'
import { validateArticle } from '../../../src/schema/index.js'
import { runs } from '../../_lib/runs.js'
import { hostileMarkdown } from './hostile-markdown.js'

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
      { numRuns: runs(400) },
    )
  })
})

// Hostile pieces: the constructs that make Markdown parsers slow, nesting past the
// limit, YAML that the yaml library throws on, and any text at all.
const hostilePiece = fc.oneof(
  fc
    .tuple(fc.constantFrom(...Object.keys(hostileMarkdown)), fc.integer({ min: 1, max: 3000 }))
    .map(([name, size]) => hostileMarkdown[name]?.(size) ?? ''),
  fc.integer({ min: 1, max: 400 }).map((depth) => '> '.repeat(depth)),
  fc.integer({ min: 1, max: 400 }).map((depth) => '<div>'.repeat(depth)),
  fc.integer({ min: 1, max: 200 }).map((depth) => `${'- '.repeat(depth)}item`),
  fc.integer({ min: 1, max: 400 }).map((depth) => `title: ${'['.repeat(depth)}`),
  fc.constantFrom(
    'title: *nope',
    'a: &a [*a]',
    'title: !!js/function "f"',
    'title: !!binary aGVsbG8=',
    '<<: { title: Hi }',
    'title: A\ntitle: B',
    '\t- tab',
    '...',
    '+++',
    '\uFEFF---',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
)

const hostileFile = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...pieces), hostilePiece), { maxLength: 10 }),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([lines, end]) => lines.join('\n').replace(/\n/g, end))

describe('parseMarkdown on hostile Markdown', () => {
  it('throws nothing but ArticleParseError, with an error among its diagnostics', () => {
    fc.assert(
      fc.property(hostileFile, (markdown) => {
        try {
          parseMarkdown(markdown)
        } catch (error) {
          expect(error).toBeInstanceOf(ArticleParseError)
          expect((error as ArticleParseError).diagnostics.some((d) => d.severity === 'error')).toBe(
            true,
          )
        }
      }),
      { numRuns: runs(150) },
    )
  }, 120_000)
})

describe('remarkNewsArticle on hostile Markdown', () => {
  it('never throws in a unified pipeline: problems become messages on the file', () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkNewsArticle)
      .use(remarkRehype)
      .use(rehypeStringify)
    fc.assert(
      fc.property(hostileFile, (markdown) => {
        const file = new VFile(markdown)
        processor.runSync(processor.parse(file), file)
        const fatal = file.messages.some((message) => message.fatal === true)
        expect(fatal || file.data.article !== undefined).toBe(true)
      }),
      { numRuns: runs(100) },
    )
  }, 120_000)
})
