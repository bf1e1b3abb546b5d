import type { DateMatch } from '../_lib/find-dates.js'
import { findRelativeTime } from '../_lib/find-relative-time.js'
import { resolveRelativeTime } from '../_lib/resolve-relative-time.js'
import type { Entry } from './classify.js'
import { type DateCandidate, dateRanks } from './dates.js'

/**
 * Read the first relative time printed in a page's header (`2 hours ago`, `yesterday`,
 * `3天前`, `昨天 10:30`) as a date counted back from the moment the page was saved or
 * fetched. It ranks below every printed date (`dateRanks.relative`).
 *
 * @param entries - the page's entries.
 * @param header - the first entry of the header and the index just past its last.
 * @param reference - the moment the page was saved or fetched (`referenceDate`).
 * @param timeZone - the IANA zone whose calendar and clock the page uses.
 * @returns the date, or `undefined` when the header prints no relative time.
 * @example
 *   // entries of 'Harbour Opens Terminal' / '2 hours ago', header { start: 0, end: 2 }
 *   readRelativeDate(entries, { start: 0, end: 2 }, new Date('2021-06-03T10:00:00Z'), 'UTC')
 *   //=> { match: { text: '2 hours ago', parts: { year: 2021, month: 6, day: 3, time: … } }, rank: 5, … }
 */
export function readRelativeDate(
  entries: ReadonlyArray<Entry>,
  header: { start: number; end: number },
  reference: Date,
  timeZone: string,
): DateCandidate | undefined {
  for (const entry of entries.slice(header.start, header.end)) {
    // Any line but a trail, a menu or a language switch: a lone `3天前` reads as furniture.
    if (entry.kind === 'breadcrumb' || entry.kind === 'menu' || entry.kind === 'switch') continue
    // A sentence is the article's text: "Two hours ago, the ferry left" dates nothing.
    if (entry.kind === 'text' && entry.prose) continue
    const found = findRelativeTime(entry.line.text)
    if (!found) continue
    const match: DateMatch = {
      start: found.start,
      end: found.end,
      text: found.text,
      parts: resolveRelativeTime(found, reference, timeZone),
      real: true,
      form: 'year-month-day',
    }
    return { match, line: entry.line, rank: dateRanks.relative }
  }
  return undefined
}
