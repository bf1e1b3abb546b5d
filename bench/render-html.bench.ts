// renderHtml on the seed article, in articles per second on one core (goal: 10,000),
// beside bare mdast-util-to-hast and hast-util-to-html on the same body (goal: within
// 1.5 times its time). The second group times, apart, the work renderHtml does besides
// turning the body into HTML, so that the distance between the two can be accounted for.
import { readFileSync } from 'node:fs'
import { toHtml } from 'hast-util-to-html'
import type { Root } from 'mdast'
import { toHast as mdastToHast } from 'mdast-util-to-hast'
import { bench, describe } from 'vitest'
import { formatArticleDate } from '../src/render/html/format-date.js'
import { renderHtml, serializeJsonLd, toJsonLd } from '../src/render/index.js'
import { assertArticle, type NewsArticle, validateArticle } from '../src/schema/index.js'

const seed = JSON.parse(
  readFileSync(
    new URL('../tests/fixtures/articles/seed-cooperation-conference.json', import.meta.url),
    'utf8',
  ),
) as NewsArticle & { body: Root; datePublished: string }
const article = assertArticle(seed)
const options = { time: 3000, warmupTime: 1000, warmupIterations: 2000 }

describe('renderHtml', () => {
  bench(
    'renderHtml(seed article)',
    () => {
      renderHtml(seed)
    },
    options,
  )
  bench(
    'bare mdast-util-to-hast + hast-util-to-html (same body)',
    () => {
      toHtml(mdastToHast(seed.body))
    },
    options,
  )
  bench(
    'renderHtml(seed article, { jsonLd: false })',
    () => {
      renderHtml(seed, { jsonLd: false })
    },
    options,
  )
})

describe('renderHtml besides the body', () => {
  bench(
    'validateArticle(seed article)',
    () => {
      validateArticle(seed)
    },
    options,
  )
  bench(
    'serializeJsonLd(toJsonLd(seed article))',
    () => {
      serializeJsonLd(toJsonLd(article))
    },
    options,
  )
  bench(
    'formatArticleDate(seed date, en) (date-fns format)',
    () => {
      formatArticleDate(seed.datePublished, 'en')
    },
    options,
  )
})
