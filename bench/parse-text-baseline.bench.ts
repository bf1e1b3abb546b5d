// parseText beside the least a reader of a legacy page must do, written bare: split the
// text into lines and test each for a label and a date (bench/_lib/bare-scan.ts), on the
// seed page (or, without ../shared, on the fixture in its format) and on legacy text pages
// of the generated archive. Vitest prints the ratio; the goal is within 8 times.
import { existsSync, readFileSync } from 'node:fs'
import { afterAll, bench, describe } from 'vitest'
import { createPageMaker } from './_lib/archive-page.js'
import { bareScan } from './_lib/bare-scan.js'
import { loadBuilt } from './_lib/built.js'

const { parseText } = await loadBuilt()

const seed = new URL('../../shared/seed/cooperation-conference.txt', import.meta.url)
const fixture = new URL('../tests/fixtures/text/en-chamber-cms.txt', import.meta.url)
const page = readFileSync(existsSync(seed) ? seed : fixture, 'utf8')
const makePage = createPageMaker()
const archive: string[] = []
for (let index = 0; archive.length < 100; index++) {
  const made = makePage(index)
  if (made.format === 'text') archive.push(made.text)
}

const options = { time: 3000, warmupTime: 1000, warmupIterations: 200 }
// What each scan found, added up in a variable outside it so that its work is used.
let found = 0
afterAll(() => {
  if (found === 0) throw new Error('The bare scan found no label and no date: it is no baseline')
})

describe('parseText against a bare split and scan: the seed page', () => {
  bench(
    'parseText',
    () => {
      parseText(page)
    },
    options,
  )
  bench(
    'bare split + label and date scan',
    () => {
      found += bareScan(page).labelled
    },
    options,
  )
})

describe(`parseText against a bare split and scan: ${archive.length} text pages of the generated archive`, () => {
  bench(
    'parseText',
    () => {
      for (const text of archive) parseText(text)
    },
    options,
  )
  bench(
    'bare split + label and date scan',
    () => {
      for (const text of archive) found += bareScan(text).dated
    },
    options,
  )
})
