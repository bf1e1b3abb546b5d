import { describe, expect, it } from 'vitest'
import { parseJson } from '../../src/parse/index.js'
import { renderJson } from '../../src/render/index.js'
import { ArticleValidationError, type LenientNewsArticle } from '../../src/schema/index.js'
import { articleNames, readArticle } from '../fixtures/entities.js'

describe('renderJson', () => {
  it.each(articleNames)('is stable through parseJson for %s', (name) => {
    const first = renderJson(readArticle(name))
    expect(renderJson(parseJson(first).article)).toBe(first)
  })

  it('writes keys in the contract order, two-space indented, with a final newline', () => {
    const text = renderJson({
      body: { children: [], type: 'root' },
      authors: [],
      headline: ' Chamber Opens New Office ',
      language: 'en',
      type: 'NewsArticle',
    })
    expect(text).toBe(`{
  "type": "NewsArticle",
  "language": "en",
  "headline": "Chamber Opens New Office",
  "authors": [],
  "body": {
    "type": "root",
    "children": []
  }
}
`)
  })

  it('keeps Chinese text as it is', () => {
    expect(renderJson(readArticle('zh-trade-fair'))).toContain(
      '"headline": "商会组织企业参加春季机电产品交易会"',
    )
  })

  it('writes one line with indent 0', () => {
    expect(renderJson(readArticle('rich-body'), { indent: 0 }).split('\n')).toHaveLength(2)
  })

  it('writes unknown keys last with unknownKeys: keep', () => {
    const article = { extra: 1, ...readArticle('zh-trade-fair') }
    const keys = Object.keys(JSON.parse(renderJson(article, { unknownKeys: 'keep' })))
    expect(keys.at(-1)).toBe('extra')
  })

  it('throws an ArticleValidationError for an invalid article', () => {
    expect(() => renderJson({ type: 'NewsArticle' } as never)).toThrow(ArticleValidationError)
  })

  it.each([-1, 1.5, 11])('throws a RangeError for indent %d', (indent) => {
    expect(() => renderJson(readArticle('rich-body'), { indent })).toThrow(RangeError)
  })
})

describe('renderJson with unknownKeys: keep', () => {
  const base = {
    type: 'NewsArticle',
    language: 'en',
    headline: 'Kept',
    authors: [],
    body: { type: 'root', children: [] },
  }

  it.each([
    ['a BigInt', { extra: 1n }, 'extra', '1'],
    ['a function', { extra: () => 1 }, 'extra', 'a function'],
    ['a symbol in a list', { extra: ['a', Symbol('s')] }, 'extra[1]', 'a symbol'],
    ['a Date', { extra: new Date(0) }, 'extra', 'an object'],
    ['a Map', { extra: new Map() }, 'extra', 'an object'],
    ['NaN', { extra: { deeper: Number.NaN } }, 'extra.deeper', 'NaN'],
    ['an object with toJSON', { extra: { toJSON: () => 'x' } }, 'extra', 'an object'],
  ])(
    'refuses %s under a kept key with an ArticleValidationError at its path',
    (_, extra, path, received) => {
      let thrown: unknown
      try {
        renderJson({ ...base, ...extra } as LenientNewsArticle, { unknownKeys: 'keep' })
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(ArticleValidationError)
      expect((thrown as ArticleValidationError).issues).toEqual([
        expect.objectContaining({ path, received }),
      ])
    },
  )

  it('writes kept keys that hold JSON values, in a body node too', () => {
    const article = {
      ...base,
      extra: { list: [1, 'two', null, true], nested: { ok: 1.5 } },
      body: { type: 'root', children: [{ type: 'thematicBreak', mark: '*' }] },
    }
    const json = JSON.parse(renderJson(article as LenientNewsArticle, { unknownKeys: 'keep' }))
    expect(json.extra).toEqual(article.extra)
    expect(json.body.children[0].mark).toBe('*')
  })
})
