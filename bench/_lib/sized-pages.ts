// Pages of a given length, for the time per KB: a legacy text page and a Markdown file
// made from one fixture each, their bodies filled with varied paragraphs to the length.
import { makePage } from './make-page.js'
import { createRandom } from './random.js'
import { sentencePool } from './sentences.js'
import { loadTemplates } from './templates.js'

/** The fixtures the sized pages are made from, by format. */
export const sizedPageFixtures = {
  text: 'en-chamber-cms.txt',
  markdown: 'block-scalars.md',
} as const

/**
 * Pages of `pageBytes` bytes each (within a few bytes), as many as make `totalBytes`, all
 * different.
 *
 * @param format - a legacy text page or a Markdown file.
 * @param pageBytes - each page's length in UTF-8 bytes.
 * @param totalBytes - the length of all of them together (default: one page).
 * @returns the pages.
 * @throws {RangeError} when a page cannot be that short (its fixture's header alone is longer).
 */
export function sizedPages(
  format: 'text' | 'markdown',
  pageBytes: number,
  totalBytes: number = pageBytes,
): string[] {
  const templates = loadTemplates()
  const template = templates.find((t) => t.name === sizedPageFixtures[format])
  if (!template) throw new Error(`The fixture ${sizedPageFixtures[format]} is missing`)
  const pool = sentencePool(templates, 'en')
  const count = Math.max(1, Math.round(totalBytes / pageBytes))
  return Array.from({ length: count }, (_, index) => {
    const random = createRandom(index + 1)
    const { text } = makePage(template, random, { pool, targetBytes: pageBytes, year: 2014 })
    if (Buffer.byteLength(text) > pageBytes * 1.1) {
      throw new RangeError(`Invalid \`pageBytes\` ${pageBytes}: a ${format} page is longer`)
    }
    return text
  })
}
