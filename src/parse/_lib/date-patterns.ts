import { type DateVocabulary, dateVocabulary } from '../vocabulary/dates.js'

// The pieces the date forms are built of, as pattern sources, built from a date
// vocabulary (the default one once, at load). No two runs of white space stand side by side in them: a long run of spaces
// would make the search try every way to share it out.

// Words as alternatives, longest first so that `september` is tried before `sep`.
function alternativesOf(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')
}

/** The pattern sources the date forms are built of, each without flags. */
export interface DatePatterns {
  /** A pattern source for an English month name or abbreviation, without a capture group. */
  monthName: string
  /** A pattern source for an English month name or abbreviation (one capture group). */
  monthPattern: string
  /** A pattern source for an English weekday, whole or shortened (`Monday`, `Thu`, `Tues`). */
  weekdayName: string
  /** A pattern source for a Chinese weekday (`星期一`, `週日`, `礼拜天`). */
  cjkWeekday: string
  /** A pattern source for an optional weekday before a date (`Wednesday, `, `Thu. `). */
  weekdayPattern: string
  /**
   * A pattern source for a day of the month as an ordinal word (`fourteenth`,
   * `twenty-first`, `twenty first`).
   */
  ordinalDay: string
  /**
   * A pattern source for a zone after a time, without capture groups: an offset of at most
   * 14 hours, as offsets are (`+08:00`, `+0800`, `+08`), so that the end of a time range
   * (`17:00-18:00`) is not read as one; `UTC`, `GMT+3`, or a zone name (`EST`, `ET`), which
   * may be followed by its offset (`PST-0800`, `CEST+0200`).
   */
  zone: string
  /**
   * A pattern source for a time of day, without capture groups: `09:30`, `9:30:15.25 pm`,
   * `3.05 pm`, `4 a.m.`, `9h45`, `noon`, `midnight`, and `10.30` when a zone follows it
   * (`10.30 GMT`), as British papers print it.
   */
  clock: string
  /**
   * A pattern source for what joins a time to the date before it: white space, `,`, `:`,
   * `.`, `/`, `|`, `•`, `·`, `-`, `–`, `—`, `@` or `at`, or nothing (`December 15, 20163:33 PM`,
   * as pages saved as text glue them).
   */
  timeSeparator: string
  /** A pattern source for a time after a date, with the named groups `time` and `zone`. */
  timeAfterRequired: string
  /** {@link timeAfterRequired} with its separator, optional. */
  timeAfter: string
  /**
   * A pattern source for a four-digit year, which may be glued to a time after it, as
   * pages saved as text print `Dec 20 201610:32 AM`.
   */
  year: string
  /**
   * A pattern source for the year of a date with a month's name: four figures, or two
   * after an apostrophe (`Oct. 7, '70`), with the named group `year` or `shortYear`.
   */
  namedYear: string
  /** A pattern source for a day of the month in figures (`14`, `14th`). */
  dayDigits: string
  /** A pattern source for an optional weekday after a numeric date. */
  weekdayAfter: string
  /** A pattern source for one Chinese digit, `〇` to `九`. */
  cjkDigit: string
  /** A pattern source for a number of up to 39 in Chinese words (`十四`, `廿四`, `卅一`). */
  cjkNumber: string
  /** A pattern source for a month in Chinese words, `一` to `十二`. */
  cjkMonth: string
  /** A pattern source for a year in Chinese numerals, digit by digit (`二〇一九`). */
  cjkYear: string
  /**
   * A pattern source for a Chinese time of day, without capture groups: `10:30`,
   * `下午3时20分`, `21時40分`, `晚8:00`, `三点半`, `10点`.
   */
  cjkClock: string
  /**
   * A pattern source for what follows the day of a Chinese date: a weekday (`，星期四`,
   * `(周四)`) and a time (`下午3时`), each optional, with the named group `cjkTime`.
   */
  cjkDateTail: string
  /**
   * A pattern source for the month and day of a Chinese date after its `年`, with the named
   * groups `month`, `day` (in figures, `日` optional: `3月14`, `3月14日`, `3月14号`) and
   * `dayWord` (in words: `三月廿四日`, `三号`), then {@link cjkDateTail}.
   */
  cjkMonthDay: string
}

/**
 * Build the pattern sources of the date forms from a date vocabulary.
 *
 * @param vocabulary - the words dates are printed with.
 * @returns the pattern sources.
 */
export function datePatternsOf(vocabulary: DateVocabulary): DatePatterns {
  const monthName = `(?:${alternativesOf(Object.keys(vocabulary.monthNames))})\\.?(?![a-z])`

  const monthPattern = `(${alternativesOf(Object.keys(vocabulary.monthNames))})\\.?(?![a-z])`

  const weekdayName = `(?:${alternativesOf(Object.keys(vocabulary.weekdayNames))})`

  const cjkWeekday = `(?:${alternativesOf(vocabulary.chineseWeekdayPrefixes)})[${Object.keys(vocabulary.chineseWeekdayDays).join('')}]`

  const weekdayPattern = `(?:${weekdayName}(?![a-z])\\.?,?\\s*)?`

  const ordinalDay = `(?:${alternativesOf(Object.keys(vocabulary.ordinalWords)).replace(/-/g, '[-\\s]?')})(?![a-z])`

  const zoneWords = alternativesOf(
    [...Object.keys(vocabulary.zoneNames), ...Object.keys(vocabulary.zoneRegions)].filter(
      (name) => !['UTC', 'GMT'].includes(name),
    ),
  )

  const zone = `(?:[+-](?:0\\d|1[0-4])(?::?[0-5]\\d)?|(?:UTC|GMT|${zoneWords})(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?)(?![a-z])`

  const meridiem = '\\s*[ap]\\.?\\s*m\\b\\.?'

  const clock = `(?:\\d{1,2}\\s*[:：]\\s*\\d{2}(?:\\s*[:：]\\s*\\d{1,2}(?!\\d)(?:[.,]\\d+)?)?(?:${meridiem})?|\\d{1,2}(?:\\.\\d{2})?${meridiem}|\\d{1,2}\\.\\d{2}(?=\\s*${zone})|\\d{1,2}h\\d{2}(?:m(?![a-z]))?|(?:${alternativesOf(Object.keys(vocabulary.namedTimes))})(?![a-z]))`

  const timeSeparator = '\\s*(?:[,|•·@:./–—-]\\s*(?:at\\s+)?|at\\s+)?'

  const timeAfterRequired = `(?<time>${clock})(?:\\s*(?<zone>${zone}))?`

  const timeAfter = `(?:${timeSeparator}${timeAfterRequired})?`

  const year = '(?<year>\\d{4})(?!\\d(?!\\d?[:：]))'
  const namedYear = `(?:${year}|['’](?<shortYear>\\d{2})(?!\\d))`

  const dayDigits = '\\d{1,2}(?!\\d)(?:st|nd|rd|th)?'

  // An optional weekday after a numeric date, in English or Chinese (`2014-10-13 Monday`,
  // `2014-10-13 星期一`, `2014-10-13（周一）`): a part of the date as printed.
  const weekdayAfter = `(?:(?:\\s*,\\s*|\\s+)(?:${weekdayName}\\b\\.?|${cjkWeekday})|\\s*[(（](?:${cjkWeekday}|[${Object.keys(vocabulary.chineseWeekdayDays).join('')}])[)）])?`

  const numerals = Object.entries(vocabulary.chineseNumerals)
  const cjkDigit = `[${numerals.flatMap(([char, value]) => (value < 10 ? [char] : [])).join('')}]`
  const cjkNumber = `[${numerals.map(([char]) => char).join('')}]{1,3}`
  const cjkMonth = `[${numerals.flatMap(([char, value]) => (value >= 1 && value <= 10 ? [char] : [])).join('')}]{1,3}`
  const cjkYear = `${cjkDigit}{4}`

  const cjkClock = `(?:(?:${alternativesOf(Object.keys(vocabulary.chineseDayPeriods))})\\s*)?(?:\\d{1,2}|${cjkNumber})\\s*(?:[:：]\\s*\\d{2}(?:\\s*[:：]\\s*\\d{2})?|[时時点點](?:\\s*(?:半|(?:\\d{1,2}|${cjkNumber})(?:\\s*分)?)(?:\\s*(?:\\d{1,2}|${cjkNumber})\\s*秒)?)?)`

  const cjkDateTail = `(?:(?:\\s*[,，])?\\s*(?:${cjkWeekday}|[(（](?:${cjkWeekday}|[${Object.keys(vocabulary.chineseWeekdayDays).join('')}])[)）]))?(?:(?:\\s*[,，])?\\s*(?<cjkTime>${cjkClock}))?`

  const cjkMonthDay = `(?:\\s*[,，])?\\s*(?<month>\\d{1,2}|${cjkMonth})\\s*月\\s*(?:(?<day>\\d{1,2})(?!\\d(?!\\d?[:：]))(?:\\s*[日号號])?|(?<dayWord>${cjkNumber})\\s*[日号號])${cjkDateTail}`
  return {
    monthName,
    monthPattern,
    weekdayName,
    cjkWeekday,
    weekdayPattern,
    ordinalDay,
    zone,
    clock,
    timeSeparator,
    timeAfterRequired,
    timeAfter,
    year,
    namedYear,
    dayDigits,
    weekdayAfter,
    cjkDigit,
    cjkNumber,
    cjkMonth,
    cjkYear,
    cjkClock,
    cjkDateTail,
    cjkMonthDay,
  }
}

/** The pattern sources built from the default date vocabulary, once. */
export const defaultDatePatterns: DatePatterns = datePatternsOf(dateVocabulary)

/** A pattern source for an English month name or abbreviation (one capture group). */
export const monthPattern = defaultDatePatterns.monthPattern
/** A pattern source for an English weekday, whole or shortened (`Monday`, `Thu`, `Tues`). */
export const weekdayName = defaultDatePatterns.weekdayName
/** A pattern source for a Chinese weekday (`星期一`, `週日`, `礼拜天`). */
export const cjkWeekday = defaultDatePatterns.cjkWeekday
/** A pattern source for an optional weekday before a date (`Wednesday, `, `Thu. `). */
export const weekdayPattern = defaultDatePatterns.weekdayPattern
