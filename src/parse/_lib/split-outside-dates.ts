import type { DateContext } from './date-context.js'
import { findDates } from './find-dates.js'

/**
 * Split a text at separators that stand outside its dates, so that a date whose time is
 * joined to it by one (`December 19, 2016 | 7:08pm`, `2021-06-03 | 10:15`) stays whole.
 *
 * @param text - a line or a part of one.
 * @param separators - the separator characters, such as `'|｜'`.
 * @param context - the page's language, era and date order.
 * @returns the pieces between the separators, as printed (not trimmed).
 * @example
 *   splitOutsideDates('News | December 19, 2016 | 7:08pm', '|')
 *   //=> ['News ', ' December 19, 2016 | 7:08pm']
 */
export function splitOutsideDates(
  text: string,
  separators: string,
  context: DateContext = {},
): string[] {
  if (![...separators].some((separator) => text.includes(separator))) return [text]
  const dates = findDates(text, context)
  const pieces: string[] = []
  let from = 0
  let date = 0
  for (
    let index = nextSeparator(text, separators, 0);
    index >= 0;
    index = nextSeparator(text, separators, index + 1)
  ) {
    while (date < dates.length && (dates[date]?.end ?? 0) <= index) date++
    const inside = (dates[date]?.start ?? Number.POSITIVE_INFINITY) <= index
    if (!inside) {
      pieces.push(text.slice(from, index))
      from = index + 1
    }
  }
  pieces.push(text.slice(from))
  return pieces
}

// The offset of the first separator (any code unit of `separators`) at or after `from`,
// or -1: found by `indexOf`, rather than by reading the text a character at a time.
function nextSeparator(text: string, separators: string, from: number): number {
  let first = -1
  for (let unit = 0; unit < separators.length; unit++) {
    const at = text.indexOf(separators.charAt(unit), from)
    if (at >= 0 && (first < 0 || at < first)) first = at
  }
  return first
}
