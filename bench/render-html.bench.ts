// renderHtml on the seed article, in articles per second on one core (goal: 10,000),
// beside bare mdast-util-to-hast and hast-util-to-html on the same body (goal: within
// 1.5 times its time).
import { readFileSync } from 'node:fs'
import { toHtml } from 'hast-util-to-html'
import type { Root } from 'mdast'
import { toHast as mdastToHast } from 'mdast-util-to-hast'
import { bench, describe } from 'vitest'
import { renderHtml } from '../src/render/index.js'

const seed = JSON.parse(
  readFileSync(
    new URL('../tests/fixtures/articles/seed-cooperation-conference.json', import.meta.url),
    'utf8',
  ),
) as { body: Root }
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
})
