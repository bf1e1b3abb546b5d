import { invalidArgument } from '../../schema/_lib/options.js'
import type { DateContext } from './date-context.js'
import { type DateMatch, findDates } from './find-dates.js'

/** The longest line, in characters, that may hold a part of a date split over lines. */
export const splitDateLineLength = 30

const dateHint = /[\d０-９年]/

/** A place in a list of lines: the index of the line and the offset in it. */
export interface LinePlace {
  line: number
  offset: number
}

/** A date printed over two or three lines, with where it starts and ends in them. */
export interface SplitDateMatch extends Omit<DateMatch, 'start' | 'end'> {
  /** Where the date starts: in the first line. */
  start: LinePlace
  /** Where it ends: just past its last character, in the last line it takes. */
  end: LinePlace
  /** How many lines it takes, from the first one given: 2 or 3. */
  lineCount: 2 | 3
}

/**
 * Read a date that a page prints over two or three short lines, as narrow page columns
 * and saved pages split them: `March 14,` / `2019`; `14` / `Mar 2019`; `Thursday` /
 * `14 March` / `2019`; `2019年` / `3月14日`. The lines are joined with a space and read
 * as one; the date must start on the first line and end on the last line it takes, every
 * line it takes must be short, and no line may be a date by itself (then that line is
 * the date). Two lines are tried before three.
 *
 * @param lines - consecutive lines of the page, the first where the date would start;
 *   only the first three are read.
 * @param context - the page's language, era and date order.
 * @param isDateAlone - whether the line at an index of `lines` is a date by itself, for a
 *   caller that reads the same lines in several calls and keeps the answers (default:
 *   the line is searched for dates).
 * @returns the date, or `undefined` when the lines hold none split over them.
 * @throws {TypeError} when `lines` is not a list of strings.
 * @example
 *   readSplitDate(['March 14,', '2019', 'The chamber met.'])
 *   //=> { text: 'March 14, 2019', lineCount: 2, start: { line: 0, offset: 0 },
 *   //     end: { line: 1, offset: 4 }, parts: { year: 2019, month: 3, day: 14 }, ... }
 */
export function readSplitDate(
  lines: ReadonlyArray<string>,
  context: DateContext = {},
  isDateAlone: (line: string, index: number) => boolean = (line) =>
    findDates(line, context).length > 0,
): SplitDateMatch | undefined {
  if (!Array.isArray(lines) || lines.some((line) => typeof line !== 'string')) {
    throw invalidArgument('lines', lines, 'a list of strings')
  }
  // Every date has figures, or 年 after a year in Chinese numerals (see `findDates`).
  if (!lines.slice(0, 3).some((line) => dateHint.test(line))) return undefined
  // Whether each line is a date by itself, read once for both tries.
  const alone: boolean[] = []
  const isDate = (line: string, index: number) => (alone[index] ??= isDateAlone(line, index))
  for (const count of [2, 3] as const) {
    const taken = lines.slice(0, count)
    if (taken.length < count) return undefined
    if (taken.some((line) => line.trim() === '' || line.length > splitDateLineLength)) {
      return undefined
    }
    if (taken.some(isDate)) return undefined
    const joined = taken.join(' ')
    const lastStart = joined.length - (taken[count - 1]?.length ?? 0)
    const firstEnd = taken[0]?.length ?? 0
    const date = findDates(joined, context).find(
      (found) => found.start < firstEnd && found.end > lastStart,
    )
    if (date) {
      const { start, end, ...rest } = date
      return {
        ...rest,
        start: { line: 0, offset: start },
        end: { line: count - 1, offset: end - lastStart },
        lineCount: count,
      }
    }
  }
  return undefined
}
