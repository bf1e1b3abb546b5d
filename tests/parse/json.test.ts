import { describe, expect, it } from 'vitest'
import { ArticleParseError, parseJson } from '../../src/parse/index.js'
import { formatDiagnostic } from '../../src/schema/index.js'
import { articleNames, readArticle } from '../fixtures/entities.js'

function diagnosticsOf(json: string): string[] {
  try {
    parseJson(json, { file: 'article.json' })
  } catch (error) {
    if (error instanceof ArticleParseError) {
      return error.diagnostics.map((d) => formatDiagnostic(d, { file: 'article.json' }))
    }
    throw error
  }
  return []
}

const valid = `{
  "type": "NewsArticle",
  "language": "en",
  "headline": "Chamber Opens New Office",
  "authors": [
    { "type": "Person", "name": "Li Ming" }
  ],
  "body": { "type": "root", "children": [] }
}
`

describe('parseJson', () => {
  it.each(articleNames)('reads the %s fixture', (name) => {
    const json = JSON.stringify(readArticle(name), null, 2)
    expect(parseJson(json)).toEqual({ article: readArticle(name), diagnostics: [] })
  })

  it('accepts a byte order mark', () => {
    expect(parseJson(`\uFEFF${valid}`).article.headline).toBe('Chamber Opens New Office')
  })

  it('points at the line and column of a bad value', () => {
    const json = valid.replace('"name": "Li Ming"', '"name": "  "')
    expect(diagnosticsOf(json)).toEqual([
      'article.json:6:33: error authors[0].name: expected a non-empty string, found "" [invalid-value]',
    ])
  })

  it('points at an unknown key itself', () => {
    const json = valid.replace('"Li Ming" }', '"Li Ming", "nickname": "Xiao Li" }')
    expect(diagnosticsOf(json)).toEqual([
      'article.json:6:44: error authors[0].nickname: unknown key [unknown-key]',
    ])
  })

  it('points at the enclosing object of a missing value', () => {
    const json = valid.replace('{ "type": "Person", "name": "Li Ming" }', '{ "type": "Person" }')
    expect(diagnosticsOf(json)).toEqual([
      'article.json:6:5: error authors[0].name: expected a non-empty string, found nothing [missing-value]',
    ])
  })

  it('keeps unknown keys when asked', () => {
    const json = valid.replace('"en",', '"en", "cmsId": 7,')
    const { article } = parseJson(json, { unknownKeys: 'keep' })
    expect((article as Record<string, unknown>).cmsId).toBe(7)
  })

  it.each([
    ['a trailing comma', valid.replace('"Li Ming" }', '"Li Ming", }'), 6],
    ['a comment', `// draft\n${valid}`, 1],
    ['a missing closing brace', valid.trimEnd().slice(0, -1), 9],
    ['single quotes', valid.replace('"en"', "'en'"), 3],
  ])('locates a syntax error: %s', (_, json, line) => {
    const [first] = diagnosticsOf(json)
    expect(first).toMatch(
      new RegExp(`^article\\.json:${line}:\\d+: error expected .+ \\[invalid-json\\]$`),
    )
  })

  it('describes the syntax error in words', () => {
    expect(diagnosticsOf('{"type": "NewsArticle",}')).toMatchInlineSnapshot(`
      [
        "article.json:1:24: error expected a key in double quotes, found "}" [invalid-json]",
      ]
    `)
  })

  it.each(['', '   \n'])('rejects the empty text %j', (json) => {
    expect(diagnosticsOf(json)).toEqual([
      expect.stringMatching(/^article\.json:\d:1: error expected .+ \[invalid-json\]$/),
    ])
  })

  it('refuses a "__proto__" key rather than set a prototype with it', () => {
    const json = valid.replace('"en",', '"en", "__proto__": { "polluted": true },')
    expect(diagnosticsOf(json)).toEqual([
      'article.json:3:21: error Left out the key "__proto__": it would change the object rather than name a field [forbidden-key]',
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('says in its error message where each problem is', () => {
    expect(() => parseJson('{"type": 1}', { file: 'a.json' })).toThrowErrorMatchingInlineSnapshot(`
      [ArticleParseError: No valid article could be made:
        a.json:1:1: error language: expected a BCP 47 language tag such as en, zh or zh-Hans, found nothing [missing-value]
        a.json:1:1: error headline: expected a non-empty string, found nothing [missing-value]
        a.json:1:1: error authors: expected a list, found nothing [missing-value]
        a.json:1:1: error body: expected an mdast root such as { "type": "root", "children": [] }, found nothing [missing-value]
        a.json:1:10: error type: expected "NewsArticle", found 1 [invalid-value]]
    `)
  })

  it('throws a TypeError naming the argument for neither a string nor bytes', () => {
    expect(() => parseJson([valid] as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: Invalid \`json\` a list of 1 item: expected a string or bytes (a Uint8Array)]`,
    )
  })

  it('reads the same article from the bytes of its UTF-8 text', () => {
    expect(parseJson(Buffer.from(valid)).article).toEqual(parseJson(valid).article)
  })
})
