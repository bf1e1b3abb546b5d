import { describe, expect, it } from 'vitest'
import { maxDiagnosticsPerRule } from '../../src/parse/_lib/cap-diagnostics.js'
import { type ArticleParseError, parseJson } from '../../src/parse/index.js'
import { parseErrorOf } from '../_lib/parse-error.js'

// How long parseJson takes grows in step with its text, problems included. Times are
// this process's CPU time, the best of two runs after one to warm up, so that other
// work on the machine counts as little as it can; a ten times larger text may take
// ten times as long or so, where a search per problem would take a hundred times.
// bench/parse-json.bench.ts gives the figures themselves.

const base = {
  type: 'NewsArticle',
  language: 'en',
  headline: 'Chamber Opens New Office',
  authors: [],
  body: { type: 'root', children: [] },
}

function unknownKeys(count: number): string {
  const article: Record<string, unknown> = { ...base }
  for (let index = 0; index < count; index++) article[`cmsField${index}`] = index
  return JSON.stringify(article, null, 2)
}

function invalidAuthors(count: number): string {
  const authors = Array.from({ length: count }, () => ({ type: 'Person', name: '' }))
  return JSON.stringify({ ...base, authors }, null, 2)
}

function failure(json: string): ArticleParseError {
  return parseErrorOf(() => parseJson(json))
}

function cpuTime(run: () => void): number {
  run()
  const times = [0, 1].map(() => {
    const start = process.cpuUsage()
    run()
    const { user, system } = process.cpuUsage(start)
    return user + system
  })
  return Math.max(1, Math.min(...times))
}

describe('parseJson at scale', () => {
  it.each([
    ['unknown keys', unknownKeys, 'unknown-key', 2000],
    ['invalid values', invalidAuthors, 'invalid-value', 1000],
  ] as const)(
    'reports ten times as many %s in about ten times the time',
    (_, make, ruleId, count) => {
      const small = make(count)
      const large = make(count * 10)
      const { diagnostics } = failure(large)
      expect(diagnostics).toHaveLength(maxDiagnosticsPerRule + 1)
      expect(diagnostics.at(-1)).toMatchObject({ ruleId: 'repeated-diagnostic', expected: ruleId })
      const ratio = cpuTime(() => failure(large)) / cpuTime(() => failure(small))
      expect(ratio).toBeLessThan(40)
    },
    60_000,
  )

  it.each([
    ['a 10 MB string', JSON.stringify({ ...base, headline: 'x'.repeat(10_000_000) })],
    [
      '250,000 list items',
      JSON.stringify({ ...base, keywords: Array.from({ length: 250_000 }, (_, i) => `k${i}`) }),
    ],
    [
      '250,000 lines',
      JSON.stringify(
        { ...base, keywords: Array.from({ length: 250_000 }, (_, i) => `k${i}`) },
        null,
        1,
      ),
    ],
  ])(
    'reads %s',
    (_, json) => {
      const { article, diagnostics } = parseJson(json)
      expect(diagnostics).toEqual([])
      expect(article.headline.length + (article.keywords?.length ?? 0)).toBeGreaterThanOrEqual(
        250_000,
      )
    },
    60_000,
  )
})
