import type { Diagnostic } from '../../schema/diagnostic.js'
import { toIsoDate } from '../_lib/date-parts.js'
import { diagnose } from '../_lib/diagnose.js'
import type { DateMatch } from '../_lib/find-dates.js'
import type { Line } from './lines.js'
import { placeIn } from './place.js'

/**
 * Where a date was printed, strongest first: the page's date is the first real date of
 * the strongest kind found.
 *
 * - `published`: after a publication label (`Add Time:`, `发布时间：`);
 * - `updated`: after an update label (`Updated:`); the date of publication when no
 *   publication label is printed, else the date of modification;
 * - `belowHeadline`: on a meta line under the headline, or glued to it;
 * - `aboveHeadline`: on a date line above the headline (an e-paper's issue date);
 * - `dateline`: opening the first paragraphs (`NEW YORK, Feb. 5, 2019 --`);
 * - `relative`: a relative time in the header (`2 hours ago`, `3天前`), counted back
 *   from the caller's `referenceDate`;
 * - `stamp`: a crawler's stamp at the very top of the text.
 */
export const dateRanks = {
  published: 0,
  updated: 1,
  belowHeadline: 2,
  aboveHeadline: 3,
  dateline: 4,
  relative: 5,
  stamp: 9,
} as const

/** A date found on the page, with where it was printed and how much it counts. */
export interface DateCandidate {
  match: DateMatch
  line: Line
  rank: (typeof dateRanks)[keyof typeof dateRanks]
}

/**
 * Choose the article's dates among those printed, and report the others.
 *
 * @param dates - every real date found, in the order found.
 * @param timeZone - the zone for date-times.
 * @returns `datePublished` and `dateModified`, as the contract writes them, and an
 *   `unused-date` diagnostic for each date not chosen (a dateline's date is part of the
 *   body's text and is not reported).
 */
export function chooseDates(
  dates: ReadonlyArray<DateCandidate>,
  timeZone: string,
): {
  datePublished?: string
  dateModified?: string
  /** The candidates chosen for `datePublished` and `dateModified`. */
  chosen: { published?: DateCandidate; modified?: DateCandidate }
  diagnostics: Diagnostic[]
} {
  const diagnostics: Diagnostic[] = []
  const byRank = (rank: number) => dates.find((date) => date.rank === rank)
  const ranks = Object.values(dateRanks).sort((a, b) => a - b)
  const published = ranks.map(byRank).find((date) => date !== undefined)
  const labelled = byRank(dateRanks.published)
  const modified = labelled ? byRank(dateRanks.updated) : undefined
  const datePublished = published ? toIsoDate(published.match.parts, timeZone) : undefined
  const dateModified = modified ? toIsoDate(modified.match.parts, timeZone) : undefined
  for (const date of dates) {
    if (date === published || date === modified || date.rank === dateRanks.dateline) continue
    const at = placeIn(date.line, date.match.text)
    diagnostics.push(
      diagnose('unused-date', 'info', at, {
        actual: date.match.text,
        expected: datePublished ?? 'not printed',
      }),
    )
  }
  return {
    diagnostics,
    chosen: {
      ...(published && datePublished ? { published } : {}),
      ...(modified && dateModified && dateModified !== datePublished ? { modified } : {}),
    },
    ...(datePublished ? { datePublished } : {}),
    ...(dateModified && dateModified !== datePublished ? { dateModified } : {}),
  }
}
