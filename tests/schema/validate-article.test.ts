import { describe, expect, it } from 'vitest'
import {
  ArticleValidationError,
  assertArticle,
  LenientNewsArticle,
  type NewsArticle,
  validateArticle,
} from '../../src/schema/index.js'
import { minimal, readArticle } from '../fixtures/entities.js'

const seed = readArticle('seed-cooperation-conference')
describe('validateArticle', () => {
  it('returns the article, strings trimmed', () => {
    const result = validateArticle({ ...minimal, headline: '  Chamber Opens New Office\n' })
    expect(result).toEqual({ success: true, article: minimal })
  })

  it('keeps the contract order of keys whatever the input order', () => {
    const reversed = Object.fromEntries(Object.entries(seed).reverse())
    const result = validateArticle(reversed)
    expect(result.success && Object.keys(result.article)).toEqual(Object.keys(seed))
  })

  it('reports an unknown key as one issue naming its path', () => {
    const input = {
      ...minimal,
      authors: [{ type: 'Person', name: 'Li Ming', nickname: 'Xiao Li' }],
    }
    expect(validateArticle(input)).toEqual({
      success: false,
      issues: [
        {
          code: 'unknown-key',
          path: 'authors[0].nickname',
          segments: ['authors', 0, 'nickname'],
          message: 'unknown key',
        },
      ],
    })
  })

  it('gives expected and received for a bad value', () => {
    const result = validateArticle({ ...minimal, datePublished: '2014-02-30' })
    expect(result.issues).toEqual([
      {
        code: 'invalid-value',
        path: 'datePublished',
        segments: ['datePublished'],
        message:
          'expected an ISO 8601 date such as 2014-10-13, or a date-time with offset such as 2014-10-13T00:00:00+08:00',
        expected:
          'an ISO 8601 date such as 2014-10-13, or a date-time with offset such as 2014-10-13T00:00:00+08:00',
        received: '"2014-02-30"',
      },
    ])
  })

  it('marks an absent required field as a missing value', () => {
    const { headline: _, ...rest } = minimal
    expect(validateArticle(rest).issues?.map((i) => [i.code, i.path])).toEqual([
      ['missing-value', 'headline'],
    ])
  })

  it.each([null, 42, 'article', [minimal]])('rejects %j as a whole', (input) => {
    const result = validateArticle(input)
    expect(result.issues?.map((i) => i.path)).toEqual([''])
  })

  it("keeps unknown keys at every level with unknownKeys: 'keep'", () => {
    const input = {
      ...minimal,
      cmsId: 42,
      authors: [{ type: 'Person', name: ' Li Ming ', nickname: 'Xiao Li' }],
      source: { name: 'CCCME', organization: { type: 'Organization', name: 'CCCME', rank: 1 } },
    }
    const result = validateArticle(input, { unknownKeys: 'keep' })
    expect(result).toEqual({
      success: true,
      article: { ...input, authors: [{ type: 'Person', name: 'Li Ming', nickname: 'Xiao Li' }] },
    })
  })

  it("still checks known keys with unknownKeys: 'keep'", () => {
    const result = validateArticle(
      { ...minimal, headline: '', extra: true },
      { unknownKeys: 'keep' },
    )
    expect(result.issues?.map((i) => i.path)).toEqual(['headline'])
  })

  it('exports the lenient schema for tools that compose it', () => {
    const parsed = LenientNewsArticle.parse({ ...minimal, cmsId: 42 })
    expect(parsed.cmsId).toBe(42)
  })

  it('never throws on data', () => {
    const cyclic: Record<string, unknown> = { ...minimal }
    cyclic.self = cyclic
    for (const input of [undefined, Symbol('x'), () => 1, new Date(0), cyclic]) {
      expect(validateArticle(input).success).toBe(false)
    }
  })

  it('throws a RangeError for an unknown policy', () => {
    expect(() =>
      validateArticle(minimal, { unknownKeys: 'strip' as 'keep' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: Invalid \`unknownKeys\` "strip": expected "reject" or "keep"]`,
    )
  })

  it('throws a TypeError for options that are not an object', () => {
    expect(() => validateArticle(minimal, 'keep' as never)).toThrow(TypeError)
  })
})

describe('assertArticle', () => {
  it('returns a valid article', () => {
    const article: NewsArticle = assertArticle(seed)
    expect(article.headline).toBe(
      'The China Provinces and US States Cooperation Conference Was Successfully Held in Beijing',
    )
  })

  it('throws an ArticleValidationError listing every issue with its path', () => {
    const input = { ...minimal, headline: ' ', authors: [{ type: 'Person' }], views: 3 }
    let caught: unknown
    try {
      assertArticle(input)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ArticleValidationError)
    expect(caught).toBeInstanceOf(TypeError)
    expect((caught as ArticleValidationError).issues).toHaveLength(3)
    expect((caught as Error).message).toMatchInlineSnapshot(`
      "Invalid article (3 problems):
        headline: expected a non-empty string, found ""
        authors[0].name: expected a non-empty string, found nothing
        views: unknown key"
    `)
  })
})
