// parseJson on large and faulty articles, each in well under a second: forty thousand
// problems are located in one pass and listed up to a hundred per rule.
import { bench, describe } from 'vitest'
import { ArticleParseError, parseJson } from '../src/parse/index.js'

const base = {
  type: 'NewsArticle',
  language: 'en',
  headline: 'Chamber Opens New Office',
  authors: [],
  body: { type: 'root', children: [] },
}
const keywords = Array.from({ length: 250_000 }, (_, index) => `keyword ${index}`)
const extra: Record<string, number> = {}
for (let index = 0; index < 40_000; index++) extra[`cmsField${index}`] = index

const texts = {
  '40,000 unknown keys': JSON.stringify({ ...base, ...extra }, null, 2),
  '40,000 invalid values': JSON.stringify(
    { ...base, authors: Array.from({ length: 40_000 }, () => ({ type: 'Person', name: '' })) },
    null,
    2,
  ),
  'a 10 MB string': JSON.stringify({ ...base, headline: 'x'.repeat(10_000_000) }),
  '250,000 list items': JSON.stringify({ ...base, keywords }),
  '250,000 lines': JSON.stringify({ ...base, keywords }, null, 1),
}

describe('parseJson', () => {
  for (const [name, text] of Object.entries(texts)) {
    bench(
      name,
      () => {
        try {
          parseJson(text)
        } catch (error) {
          if (!(error instanceof ArticleParseError)) throw error
        }
      },
      { time: 2000, warmupIterations: 2 },
    )
  }
})
