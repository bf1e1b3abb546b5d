// parseText on the seed page (or, without ../shared, on the fixture in its format), in
// pages per second on one core. Goal: at least 20,000.
import { existsSync, readFileSync } from 'node:fs'
import { bench, describe } from 'vitest'
import { parseText } from '../src/parse/index.js'

const seed = new URL('../../shared/seed/cooperation-conference.txt', import.meta.url)
const fixture = new URL('../tests/fixtures/text/en-chamber-cms.txt', import.meta.url)
const page = readFileSync(existsSync(seed) ? seed : fixture, 'utf8')
const chinese = readFileSync(
  new URL('../tests/fixtures/text/zh-simplified-fullwidth.txt', import.meta.url),
  'utf8',
)

describe('parseText', () => {
  // Long enough runs that the JIT has settled and the collector's pauses average out.
  const options = { time: 3000, warmupTime: 1000, warmupIterations: 2000 }
  bench(
    'the seed page (English, one meta line, seven paragraphs)',
    () => {
      parseText(page)
    },
    options,
  )
  bench(
    'a Chinese page (full-width labels)',
    () => {
      parseText(chinese)
    },
    options,
  )
})
