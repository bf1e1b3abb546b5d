import { describe, expect, it } from 'vitest'
import { parseMarkdown, validateArticle } from '../../src/index.js'
import { isWellFormedText } from '../../src/schema/characters.js'

const article = {
  type: 'NewsArticle',
  language: 'en',
  headline: 'Chamber Opens Office',
  authors: [{ type: 'Person', name: 'Li Ming' }],
  body: {
    type: 'root',
    children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Text 😀' }] }],
  },
}

describe('lone surrogates', () => {
  it('tells well-formed text (pairs included) from text with half a pair', () => {
    expect(isWellFormedText('商会 😀 𠀀')).toBe(true)
    expect(isWellFormedText('x\uD800y')).toBe(false)
    expect(isWellFormedText('\uDC00')).toBe(false)
    expect(isWellFormedText(`${'a'.repeat(1_000_000)}\uD83D`)).toBe(false)
  })

  it.each([
    ['headline', { ...article, headline: 'x\uD800y' }],
    ['authors[0].name', { ...article, authors: [{ type: 'Person', name: 'Li\uDFFF' }] }],
    [
      'body.children[0].children[0].value',
      {
        ...article,
        body: {
          type: 'root',
          children: [{ type: 'paragraph', children: [{ type: 'text', value: '\uDC00' }] }],
        },
      },
    ],
  ])('are an issue at %s, before and after the schema is compiled', (path, value) => {
    for (let round = 0; round < 20; round++) expect(validateArticle(article).success).toBe(true)
    const issues = validateArticle(value).issues ?? []
    expect(issues.map((issue) => issue.path)).toContain(path)
  })

  it('in a YAML escape become U+FFFD with a warning at the escape', () => {
    const { article: read, diagnostics } = parseMarkdown(
      '---\nlanguage: en\nheadline: "x\\ud800y"\nauthor: "a\\udc00"\n---\n\nBody.\n',
    )
    expect(read.headline).toBe('x\uFFFDy')
    expect(read.authors).toEqual([{ type: 'Person', name: 'a\uFFFD' }])
    expect(diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([
      ['lone-surrogate', 3, 13],
      ['lone-surrogate', 4, 11],
    ])
    const text = '---\nlanguage: en\nheadline: "x\\ud800y"\nauthor: "a\\udc00"\n---\n\nBody.\n'
    expect(diagnostics.map((d) => text.slice(d.place?.start.offset, d.place?.end.offset))).toEqual([
      '\\ud800',
      '\\udc00',
    ])
  })
})
