import { type DateForm, type DateVocabulary, dateVocabulary } from '../vocabulary/dates.js'
import type { DateContext } from './date-context.js'
import { type CompiledDateForms, dateFormsOf, defaultDateForms } from './date-forms.js'
import { type DateParts, isRealDate } from './date-parts.js'
import { defaultDatePatterns } from './date-patterns.js'
import { readClock, withTime } from './read-time.js'

/** A date found in a text, with where it stands and whether it exists. */
export interface DateMatch {
  /** Offset of the first character of the date in the searched text. */
  start: number
  /** Offset just past its last character. */
  end: number
  /** The text of the date as printed. */
  text: string
  /** The date read from it. */
  parts: DateParts
  /** `false` for a date that does not exist, such as 30 February. */
  real: boolean
  /** Which of the date forms it was written in (see `dateFormNames`). */
  form: DateForm
  /**
   * For a range of days (`10 - 22 August 2012`, `Aug 10 - Nov 12, 2013`), its last day;
   * `parts` is its first.
   */
  until?: DateParts
}

export type { DateForm } from '../vocabulary/dates.js'
export type { DateContext } from './date-context.js'
export {
  cjkWeekday,
  monthPattern,
  weekdayName,
  weekdayPattern,
} from './date-patterns.js'

import { execAll } from './exec-all.js'

// A Chinese digit before 年: the only date printed without figures.
const cjkYearHint = new RegExp(`${defaultDatePatterns.cjkDigit}年`)

// How far before a date a weekday or a time printed before it may start.
const weekdayReach = 12
const timeReach = 40
const rangeReach = 30

// The forms of each vocabulary a caller gave, built once per vocabulary object.
const compiled = new WeakMap<DateVocabulary, CompiledDateForms>()

function formsOf(vocabulary: DateVocabulary | undefined): CompiledDateForms {
  if (vocabulary === undefined || vocabulary === dateVocabulary) return defaultDateForms
  let forms = compiled.get(vocabulary)
  if (!forms) {
    forms = dateFormsOf(vocabulary)
    compiled.set(vocabulary, forms)
  }
  return forms
}

/** A date as a form matched it, with the time printed before it if any. */
interface Candidate {
  match: DateMatch
  /** The match without the time before it, should that time belong to a date before. */
  bare: DateMatch
}

/**
 * Find every date printed in a text, in the date forms (see `dateFormNames`): with a time after
 * it (`March 14, 2019 at 9:30 a.m. ET`) or before it (`10:25 AM, March 5, 2019`).
 *
 * @param input - one line or a few, as printed.
 * @param context - the page's language, era and date order.
 * @returns the dates in the order they stand, without overlaps; impossible dates
 *   (30 February) are included with `real: false`.
 * @example
 *   findDates('Add Time:2014-10-13 00:00:00')[0].parts
 *   //=> { year: 2014, month: 10, day: 13, time: { hour: 0, minute: 0, second: 0 } }
 */
export function findDates(input: string, context: DateContext = {}): DateMatch[] {
  // Full-width digits and colons (２０２０年５月６日 １０：２０) read as their ASCII forms;
  // each is one UTF-16 unit, so offsets stay those of the input.
  const text = /[０-９：／．－]/.test(input)
    ? input.replace(/[０-９：／．－]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    : input
  // Every form has digits, in figures or (before 年) in Chinese: a text without any has no date.
  if (!/\d/.test(text) && !cjkYearHint.test(text)) return []
  const compiledForms = formsOf(context.dates)
  const found: Candidate[] = []
  // Several forms share a hint (the English ones all look for a month and a year): each
  // hint is tested once, its answer kept beside it (a handful of hints: a list is quicker
  // to search than a map is to make).
  const tested: RegExp[] = []
  const holds: boolean[] = []
  for (const spec of compiledForms.forms) {
    if (!passes(spec.hint, text, tested, holds)) continue
    for (const match of execAll(spec.pattern, text)) {
      const parts = spec.read(match.groups ?? {}, context)
      if (!parts) continue
      // A weekday before a numeric date is a part of it ("Thu 08-10-2017"): looked for
      // here rather than in the patterns, which would then be tried at every letter.
      const weekday = spec.weekdayBefore
        ? compiledForms.weekdayBefore.exec(
            text.slice(Math.max(0, match.index - weekdayReach), match.index),
          )
        : null
      const start = match.index - (weekday?.[0].length ?? 0)
      const end = match.index + match[0].length
      const bare = matchOf(input, start, end, parts, spec.form)
      const until = spec.readUntil?.(match.groups ?? {})
      if (until) {
        bare.until = until
        bare.real = bare.real && isRealDate(until)
      }
      found.push({
        match: withRangeStart(
          input,
          text,
          withTimeBefore(input, text, bare, compiledForms),
          compiledForms,
        ),
        bare,
      })
    }
  }
  found.sort((a, b) => a.match.start - b.match.start || b.match.end - a.match.end)
  const kept: DateMatch[] = []
  for (const { match, bare } of found) {
    const last = kept[kept.length - 1]
    // A time between two dates belongs to the first ("2023-11-17 15:34 Nov. 18, 2023").
    const date = last && match.start < last.end && bare.start >= last.end ? bare : match
    if (last && date.start < last.end) continue
    kept.push(date)
  }
  return kept
}

function passes(
  hints: ReadonlyArray<RegExp>,
  text: string,
  tested: RegExp[],
  holds: boolean[],
): boolean {
  for (const hint of hints) {
    let at = tested.indexOf(hint)
    if (at < 0) {
      at = tested.length
      tested.push(hint)
      holds.push(hint.test(text))
    }
    if (!holds[at]) return false
  }
  return true
}

function matchOf(
  input: string,
  start: number,
  end: number,
  parts: DateParts,
  form: DateForm,
): DateMatch {
  return { start, end, text: input.slice(start, end), parts, real: isRealDate(parts), form }
}

// A time printed before a date that has none of its own ("8:25 a.m. Dec. 12, 2014"),
// looked for in the few characters before the date.
function withTimeBefore(
  input: string,
  text: string,
  date: DateMatch,
  { timeBefore, vocabulary }: CompiledDateForms,
): DateMatch {
  if (date.parts.time) return date
  const from = Math.max(0, date.start - timeReach)
  const found = timeBefore.exec(text.slice(from, date.start))
  const time =
    found?.groups?.time === undefined ? undefined : readClock(found.groups.time, vocabulary)
  if (!found || !time) return date
  const parts = withTime(date.parts, time, found.groups?.zone, vocabulary)
  return matchOf(input, from + found.index, date.end, parts, date.form)
}

// The first day of a range printed before the date that ends it ("10 - 22 August 2012"),
// unless a word, a number or "No." stands just before it ("Issue 12 - 22 August 2012").
function withRangeStart(
  input: string,
  text: string,
  date: DateMatch,
  { rangeStarts, readRangeStart }: CompiledDateForms,
): DateMatch {
  if (date.parts.time || date.until) return date
  const rule = rangeStarts.find(({ forms }) => forms.includes(date.form))
  if (!rule) return date
  const from = Math.max(0, date.start - rangeReach)
  const found = rule.pattern.exec(text.slice(from, date.start))
  if (!found) return date
  const at = from + found.index
  if (/[\p{L}\p{N}#№.]$/u.test(text.slice(Math.max(0, at - 2), at).trimEnd())) return date
  const first = readRangeStart(found.groups ?? {}, date.parts)
  if (!first) return date
  const range = matchOf(input, at, date.end, first, date.form)
  return { ...range, real: range.real && date.real, until: date.parts }
}

/**
 * Read a date in ISO 8601's basic format, as a labelled value may hold one alone:
 * `20141013`, `20141013T170000`, `20141013T170000+0800`. It is not looked for in
 * running text, where eight digits are as often a number.
 *
 * @param text - the whole value.
 * @returns the date, or `undefined` when the value is not one.
 */
export function readBasicIsoDate(text: string): DateParts | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    text.trim(),
  )
  if (!match) return undefined
  const parts: DateParts = {
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
  }
  if (match[4] === undefined) return parts
  const time = { hour: Number(match[4]), minute: Number(match[5]), second: Number(match[6] ?? 0) }
  return withTime(parts, time, match[7])
}

/**
 * {@link readBasicIsoDate} as a date match covering the whole value.
 *
 * @param text - the whole value.
 * @returns the match, or `undefined`.
 */
export function matchBasicIsoDate(text: string): DateMatch | undefined {
  const parts = readBasicIsoDate(text)
  if (!parts) return undefined
  const value = text.trim()
  return matchOf(value, 0, value.length, parts, 'basic-iso')
}
