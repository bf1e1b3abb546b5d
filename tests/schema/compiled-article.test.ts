import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import type { z } from 'zod'
import type { UnknownKeys } from '../../src/schema/_lib/object.js'
import {
  articleParser,
  compileAfterUses,
  compileArticleParser,
  compiledNesting,
} from '../../src/schema/compiled-article.js'
import { LenientNewsArticle, NewsArticle, validateArticle } from '../../src/schema/index.js'
import { runs } from '../_lib/runs.js'
import { fixtures, minimal, readArticle } from '../fixtures/entities.js'
import { everywhere } from '../fixtures/everywhere.js'
import { xssPayloads } from '../fixtures/xss-payloads.js'
import { documentArticles } from '../render/documents.js'

const schemas: Record<UnknownKeys, z.ZodType> = { reject: NewsArticle, keep: LenientNewsArticle }
const compiled = {
  reject: compileArticleParser('reject', NewsArticle),
  keep: compileArticleParser('keep', LenientNewsArticle),
}

// The compiled parser may refuse what the full schema takes (then the full one reads
// it), but what it accepts it must read to the very same value, key order included.
function agrees(input: unknown, policy: UnknownKeys): 'compiled' | 'refused' {
  const full = schemas[policy].safeParse(input)
  const quick = compiled[policy](input)
  if (quick === undefined) return 'refused'
  expect(full.success).toBe(true)
  expect(quick).toStrictEqual(full.data)
  expect(JSON.stringify(quick)).toBe(JSON.stringify(full.data))
  // A copy, as the full schema gives: changing the article leaves the input alone.
  expect(quick.body).not.toBe((input as { body: unknown }).body)
  return 'compiled'
}

const parent = (depth: number): Record<string, unknown> => ({
  type: 'Organization',
  name: ` Level ${depth} `,
  ...(depth > 0 ? { parentOrganization: parent(depth - 1) } : {}),
})

describe('compileArticleParser', () => {
  it.each(documentArticles())('reads %s as the full schema does', (_, article) => {
    expect(agrees(article, 'reject')).toBe('compiled')
    expect(agrees(article, 'keep')).toBe('compiled')
  })

  it('trims strings as the full schema does', () => {
    const input = {
      ...readArticle('seed-cooperation-conference'),
      headline: '  Padded \n',
      authors: [{ type: 'Person', name: ' Li Ming ', affiliation: parent(2) }],
    }
    expect(agrees(input, 'reject')).toBe('compiled')
  })

  it('keeps unknown keys at every level with the lenient policy', () => {
    const input = {
      ...minimal,
      extra: { a: 1 },
      authors: [{ type: 'Person', name: 'Li', nickname: 'L', affiliation: parent(1) }],
      body: { type: 'root', children: [{ type: 'thematicBreak', data: { x: 1 } }] },
    }
    expect(agrees(input, 'keep')).toBe('compiled')
    expect(compiled.reject(input)).toBeUndefined()
  })

  it(`reads organizations nested ${compiledNesting} deep, and leaves deeper ones to the full schema`, () => {
    const at = (depth: number) => ({ ...minimal, publisher: parent(depth) })
    expect(agrees(at(compiledNesting), 'reject')).toBe('compiled')
    expect(agrees(at(compiledNesting + 1), 'reject')).toBe('refused')
    expect(validateArticle(at(compiledNesting + 3)).success).toBe(true)
  })

  it('refuses every invalid entity fixture, in every place it can stand', () => {
    for (const { value } of Object.values(fixtures).flatMap((entity) => entity.invalid)) {
      for (const input of [
        { ...minimal, publisher: value },
        { ...minimal, authors: [value] },
        { ...minimal, mentions: [value] },
        { ...minimal, body: value },
        value,
      ]) {
        expect(agrees(input, 'reject')).toBe(
          schemas.reject.safeParse(input).success ? 'compiled' : 'refused',
        )
      }
    }
  })

  it('reads XSS payloads in every field as the full schema does', () => {
    for (const payload of xssPayloads) agrees(everywhere(payload), 'reject')
  })

  it('agrees with the full schema on random changes to a valid article', {
    tags: ['properties'],
  }, () => {
    const seed = readArticle('seed-cooperation-conference')
    const keys = [...Object.keys(seed), 'unknown']
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 3 }),
        fc.constantFrom<UnknownKeys>('reject', 'keep'),
        (changes, policy) => {
          agrees({ ...seed, ...changes }, policy)
        },
      ),
      { numRuns: runs(300) },
    )
  })
})

// The compiled parser is told from the full schema by what it refuses: organizations
// nested deeper than it goes.
const deep = { ...minimal, publisher: parent(compiledNesting + 1) }

describe('articleParser', () => {
  it(`uses the full schema for the first ${compileAfterUses} validations, then the compiled one`, async () => {
    vi.resetModules()
    const fresh = await import('../../src/schema/compiled-article.js')
    for (let use = 1; use <= compileAfterUses; use++) {
      expect(fresh.articleParser('reject', NewsArticle)(deep)).toStrictEqual(
        NewsArticle.parse(deep),
      )
    }
    const made = fresh.articleParser('reject', NewsArticle)
    expect(made(deep)).toBeUndefined()
    expect(fresh.articleParser('reject', NewsArticle)).toBe(made)
    expect(made(readArticle('zh-trade-fair'))).toStrictEqual(
      NewsArticle.parse(readArticle('zh-trade-fair')),
    )
  })

  it('keeps one parser per policy', () => {
    for (let use = 0; use <= compileAfterUses; use++) {
      articleParser('reject', NewsArticle)
      articleParser('keep', LenientNewsArticle)
    }
    const input = { ...minimal, extra: true }
    expect(articleParser('reject', NewsArticle)(input)).toBeUndefined()
    expect(articleParser('keep', LenientNewsArticle)(input)).toStrictEqual(
      LenientNewsArticle.parse(input),
    )
  })

  it('compiles nothing under z.config({ jitless: true })', async () => {
    const { z } = await import('zod')
    z.config({ jitless: true })
    try {
      expect(compileArticleParser('reject', NewsArticle)(deep)).toStrictEqual(
        NewsArticle.parse(deep),
      )
    } finally {
      z.config({ jitless: false })
    }
  })
})
