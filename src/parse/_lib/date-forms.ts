import { type DateForm, type DateVocabulary, dateVocabulary } from '../vocabulary/dates.js'
import type { DateContext } from './date-context.js'
import type { DateParts } from './date-parts.js'
import { datePatternsOf } from './date-patterns.js'
import { readChineseClock, readChineseNumber, readClock, withTime } from './read-time.js'

/** The named groups a date form's pattern may capture. */
export type DateGroups = Readonly<Record<string, string | undefined>>

/** One printed form of a date: where to look for it, its pattern, and how to read it. */
export interface DateFormSpec {
  form: DateForm
  /** Cheap tests that a text may hold this form at all: each must pass. */
  hint: ReadonlyArray<RegExp>
  pattern: RegExp
  /**
   * Whether a weekday may stand before the date (`Thu 08-10-2017`, `Wednesday, October 8,
   * 2008`): looked for outside the pattern, which would otherwise try the weekday names
   * at every letter.
   */
  weekdayBefore?: boolean
  read(groups: DateGroups, context: DateContext): DateParts | undefined
  /** For a range (`August 10 - 22, 2012`), read its last day; `read` reads its first. */
  readUntil?(groups: DateGroups): DateParts
}

/** The date forms built from a date vocabulary, with what is looked for around a date. */
export interface CompiledDateForms {
  /**
   * The date forms read in pages, most specific first. Each reads its named groups into
   * parts; where two forms match overlapping text, the one that starts first, then the
   * longer, wins.
   */
  forms: ReadonlyArray<DateFormSpec>
  /**
   * A time printed before a date (`10:25 AM, March 5, 2019`, `09:30 14 March 2019`,
   * `0:01:02 on July 4, 1976`), at the end of the text before the date.
   */
  timeBefore: RegExp
  /** A weekday that ends the text before a date, for the forms that take one outside their pattern. */
  weekdayBefore: RegExp
  /**
   * The first day of a range printed before the date that ends it, by the form of that
   * date: `10 - 22 August 2012` and `10 August - 12 September 2013` before a
   * day-month-year, `Aug 10 - Nov 12, 2013` before a month-day-year. Each pattern ends at
   * the end of the text before the date, with the named groups `day` and `month` (the
   * month may be left out: it is then the month of the date).
   */
  rangeStarts: ReadonlyArray<{ forms: ReadonlyArray<DateForm>; pattern: RegExp }>
  /**
   * Read the first day of a range found by `rangeStarts`: in the year before when its
   * month comes after the last day's (`Dec 28 - Jan 3, 2014`), or `undefined` unless it
   * comes before the last day.
   */
  readRangeStart(groups: DateGroups, last: DateParts): DateParts | undefined
  /** The vocabulary they were built from. */
  vocabulary: DateVocabulary
}

/**
 * Build the date forms from a date vocabulary: a site's vocabulary may add month,
 * weekday, ordinal or zone names.
 *
 * @param vocabulary - the words dates are printed with.
 * @returns the forms, and the patterns for a time or a range start before a date.
 */
export function dateFormsOf(vocabulary: DateVocabulary): CompiledDateForms {
  const {
    cjkClock,
    cjkDigit,
    cjkMonthDay,
    cjkYear,
    clock,
    dayDigits,
    monthName,
    ordinalDay,
    timeAfter,
    timeAfterRequired,
    timeSeparator,
    weekdayAfter,
    weekdayName,
    year,
    namedYear,
    zone,
  } = datePatternsOf(vocabulary)

  // Every English form names a month: a text without a month's first letters has none.
  // They all print a four-digit year too, or two figures after an apostrophe.
  const monthHint = new RegExp(
    [...new Set(Object.keys(vocabulary.monthNames).map((name) => name.slice(0, 3)))].join('|'),
    'i',
  )
  const yearHint = /\d{4}|['’]\d\d/
  const englishHint = [monthHint, yearHint]
  // The Chinese forms print 年 after the year (hints shared by forms are tested once).
  const yearCharacter = /年/

  // Ordinal words without their hyphens, as the day patterns let them be printed.
  const ordinals = new Map(
    Object.entries(vocabulary.ordinalWords).map(([word, day]) => [word.replace(/-/g, ''), day]),
  )

  // A day in figures (`14`, `14th`) or in words (`fourteenth`, `the twenty-first`).
  function dayOf(text: string | undefined): number {
    if (text === undefined) return Number.NaN
    const digits = /^\d+/.exec(text)
    if (digits) return Number(digits[0])
    const word = text
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[-\s]/g, '')
    return ordinals.get(word) ?? Number.NaN
  }

  function monthOf(text: string | undefined): number {
    return vocabulary.monthNames[(text ?? '').toLowerCase().replace(/\.$/, '')] ?? Number.NaN
  }

  function dateOf(y: number, month: number, day: number): DateParts {
    return { year: y, month, day }
  }

  // A date with its month named (`March`, `Mar.`), its day in figures or words, and the
  // time and zone printed after it.
  function namedMonthDate(g: DateGroups): DateParts {
    return withTime(
      dateOf(yearOf(g), monthOf(g.month), dayOf(g.day)),
      timeOf(g),
      g.zone,
      vocabulary,
    )
  }

  function timeOf(groups: DateGroups): ReturnType<typeof readClock> {
    return groups.time === undefined ? undefined : readClock(groups.time, vocabulary)
  }

  // A four-digit year, or two figures after an apostrophe (`Oct. 7, '70`).
  function yearOf(groups: DateGroups): number {
    return groups.year === undefined ? fullYear(groups.shortYear ?? '') : Number(groups.year)
  }

  // Two-digit years, printed only with a time after them (`12/16/16 12:21pm`) or after
  // an apostrophe (`'70`): 68 and below are of this century, as POSIX reads them.
  function fullYear(text: string): number {
    const value = Number(text)
    if (text.length !== 2) return value
    return value <= 68 ? 2000 + value : 1900 + value
  }

  function readChinese(groups: DateGroups, y: number): DateParts {
    const day =
      groups.day !== undefined ? Number(groups.day) : readChineseNumber(groups.dayWord ?? '')
    const parts = dateOf(y, readChineseNumber(groups.month ?? ''), day)
    const time = groups.cjkTime === undefined ? undefined : readChineseClock(groups.cjkTime)
    return withTime(parts, time)
  }

  function readNumeric(groups: DateGroups, context: DateContext): DateParts {
    const first = Number(groups.first)
    const second = Number(groups.second)
    const order =
      context.dateOrder ??
      (groups.sep === '/' && (context.language ?? 'en') === 'en' ? 'month-day' : 'day-month')
    const monthFirst = order === 'month-day' && first <= 12
    const [m, d] = monthFirst || second > 12 ? [first, second] : [second, first]
    return withTime(
      dateOf(fullYear(groups.year ?? ''), m, d),
      timeOf(groups),
      groups.zone,
      vocabulary,
    )
  }

  const numericHead = '(?<![\\d/.-])(?<first>\\d{1,2})(?<sep>[/.-])(?<second>\\d{1,2})\\k<sep>'

  const forms: ReadonlyArray<DateFormSpec> = [
    {
      // 2014-10-13 00:00:00, 2014/10/13, 2014.10.13, 2023/2/9 18:30, 2014-10-13T00:00:00+08:00,
      // Mon 2014-10-13, 2014-10-13 星期一
      form: 'year-month-day',
      hint: [/\d{4}\s*[-/.]/],
      weekdayBefore: true,
      pattern: new RegExp(
        `(?<!\\d)(?<year>\\d{4})\\s*(?<sep>[-/.])\\s*(?<month>\\d{1,2})\\s*\\k<sep>\\s*(?<day>\\d{1,2})(?!\\d(?!\\d?[:：]))${weekdayAfter}(?:(?:T|${timeSeparator})${timeAfterRequired})?`,
        'gi',
      ),
      read: (g) =>
        withTime(
          dateOf(Number(g.year), Number(g.month), Number(g.day)),
          timeOf(g),
          g.zone,
          vocabulary,
        ),
    },
    {
      // 2014年10月13日, 2014年10月13日 17:00, 2014 年 10 月 13 日 下午3时, 2016年3月20日(日) 21時40分,
      // 2019年3月14, 2019年3月14日，星期四, 2016年9月3号
      form: 'chinese',
      hint: [yearCharacter],
      pattern: new RegExp(`(?<!\\d)(?<year>\\d{4})\\s*年${cjkMonthDay}`, 'g'),
      read: (g) => readChinese(g, Number(g.year)),
    },
    {
      // 二〇一九年三月十四日, 二零一九年三月廿四日, 二零一六年，九月三号: years digit by digit,
      // months and days in words.
      form: 'chinese-numerals',
      hint: [new RegExp(`${cjkDigit}年`)],
      pattern: new RegExp(`(?<year>${cjkYear})\\s*年${cjkMonthDay}`, 'g'),
      read: (g) => readChinese(g, readChineseNumber(g.year ?? '')),
    },
    {
      // 110年3月5日 on traditional-character pages, 民國110年3月5日 on any: year 110 of the
      // Republic is 2021.
      form: 'roc-era',
      hint: [yearCharacter],
      pattern: new RegExp(
        `(?:(?<era>民[國国])\\s*)?(?<!\\d)(?<year>\\d{2,3})\\s*年\\s*(?<month>\\d{1,2})\\s*月\\s*(?<day>\\d{1,2})\\s*[日号號](?:\\s*(?<cjkTime>${cjkClock}))?`,
        'g',
      ),
      read: (g, context) =>
        context.rocEra || g.era !== undefined ? readChinese(g, Number(g.year) + 1911) : undefined,
    },
    {
      // October 13, 2014; Oct. 13, 2014; April 17,2017; Wednesday, October 08, 2008 14:00;
      // November 29, 2016: 3:42 PM; Mar/14/2019; March fourteenth, 2019 at noon;
      // Mon Oct 13 2014 00:00:00 GMT+0800
      form: 'month-day-year',
      hint: englishHint,
      weekdayBefore: true,
      pattern: new RegExp(
        `(?<month>${monthName})(?:\\s*(?:,\\s*)?|[-/])(?<day>${dayDigits}|${ordinalDay})(?:[-/]|\\s*(?:,\\s*)?)${namedYear}${timeAfter}`,
        'gi',
      ),
      read: namedMonthDate,
    },
    {
      // August 10 - 22, 2012; May eighth to tenth, 2010: a range of days in one month.
      form: 'month-day-year',
      hint: [...englishHint, /[-–—]|to|until|through/i],
      weekdayBefore: true,
      pattern: new RegExp(
        `(?<month>${monthName})\\s*(?<day>${dayDigits}|${ordinalDay})\\s*(?:[-–—]|to|until|through)\\s*(?<untilDay>${dayDigits}|${ordinalDay})\\s*(?:,\\s*)?${year}`,
        'gi',
      ),
      read: (g) => dateOf(Number(g.year), monthOf(g.month), dayOf(g.day)),
      readUntil: (g) => dateOf(Number(g.year), monthOf(g.month), dayOf(g.untilDay)),
    },
    {
      // 17 April 2017; 12 Jun, 2024; 06-May-2020; 13/Oct/2014; 3rd of May 2019;
      // Mon, 13 Oct 2014 00:00:00 +0800
      form: 'day-month-year',
      hint: englishHint,
      weekdayBefore: true,
      pattern: new RegExp(
        `(?<!\\d)(?<day>${dayDigits})(?:[-/]|\\.?\\s*(?:of\\s+)?)(?<month>${monthName})(?:[-/.]|,?\\s*)${namedYear}${timeAfter}`,
        'gi',
      ),
      read: namedMonthDate,
    },
    {
      // the fourteenth of March 2019, The twenty-first of June, 2021
      form: 'day-month-year',
      hint: [...englishHint, /\sof\s/i],
      weekdayBefore: true,
      pattern: new RegExp(
        `(?<![a-z])(?<day>(?:the\\s+)?${ordinalDay})\\s+of\\s+(?<month>${monthName})(?:[-/.]|,?\\s*)${namedYear}${timeAfter}`,
        'gi',
      ),
      read: namedMonthDate,
    },
    {
      // 2014 October 13, 2014 Oct. 13 14:42, 2019, Mar 14, 2019-Mar-14, 2012/Aug/10
      form: 'year-month-name-day',
      hint: englishHint,
      pattern: new RegExp(
        `(?<!\\d)(?<year>\\d{4})(?:,?\\s+|[-/.])(?<month>${monthName})(?:\\s*|[-/.])(?<day>${dayDigits})${timeAfter}`,
        'gi',
      ),
      read: namedMonthDate,
    },
    {
      // Thu Mar 14 09:30:00 2019, Tue Apr 4 00:22:12 PDT 1995 (the C library's asctime and
      // the Unix date command)
      form: 'asctime',
      hint: [...englishHint, /\d:\d\d/],
      weekdayBefore: true,
      pattern: new RegExp(
        `(?<month>${monthName})\\s*(?<day>\\d{1,2})(?!\\d)\\s+(?<time>\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?)(?:\\s+(?<zone>${zone}))?\\s+(?<year>\\d{4})(?!\\d)`,
        'gi',
      ),
      read: namedMonthDate,
    },
    {
      // 11/17/2020 (month first in English pages unless the first number passes 12, or as
      // the context's date order says), 24.11.2022 and 24-11-2022 (day first), 14.3.2019,
      // Thu 08-10-2017
      form: 'numeric-day-month-year',
      hint: [/\d[/.-]\d{1,2}[/.-]\d{4}/],
      weekdayBefore: true,
      pattern: new RegExp(`${numericHead}${year}${weekdayAfter}${timeAfter}`, 'gi'),
      read: readNumeric,
    },
    {
      // 12/16/16 12:21pm, 04.04.95 00:22: a two-digit year, read only with a time after it,
      // where the figures cannot be a fraction or a version number.
      form: 'numeric-day-month-year',
      hint: [/\d[/.-]\d{1,2}[/.-]\d{2}(?!\d)/],
      weekdayBefore: true,
      pattern: new RegExp(
        `${numericHead}(?<year>\\d{2})(?![\\d/.-])(?:\\s*,\\s*|\\s+)${timeAfterRequired}`,
        'gi',
      ),
      read: readNumeric,
    },
  ]

  const timeBefore = new RegExp(
    `(?<![a-z\\d:.])(?<time>${clock})(?:\\s*(?<zone>${zone}))?\\s*(?:[,|•·@–—-]\\s*|on\\s+)?$`,
    'i',
  )

  const rangeStarts: CompiledDateForms['rangeStarts'] = [
    {
      forms: ['day-month-year'],
      pattern: new RegExp(
        `(?<![\\d.:/-])(?<day>${dayDigits})(?:\\s+(?<month>${monthName}))?\\s*(?:[-–—]|to|until|through)\\s*$`,
        'i',
      ),
    },
    {
      forms: ['month-day-year'],
      pattern: new RegExp(
        `(?<![a-z])(?<month>${monthName})\\s*(?<day>${dayDigits})\\s*(?:[-–—]|to|until|through)\\s*$`,
        'i',
      ),
    },
  ]

  function readRangeStart(groups: DateGroups, last: DateParts): DateParts | undefined {
    const month = groups.month === undefined ? last.month : monthOf(groups.month)
    const first = dateOf(month > last.month ? last.year - 1 : last.year, month, dayOf(groups.day))
    const before =
      first.year < last.year ||
      first.month < last.month ||
      (first.month === last.month && first.day < last.day)
    return before ? first : undefined
  }

  const weekdayBefore = new RegExp(`(?<![a-z])${weekdayName}\\.?,?\\s*$`, 'i')
  return { forms, timeBefore, weekdayBefore, rangeStarts, readRangeStart, vocabulary }
}

/** The date forms of the default date vocabulary, built once. */
export const defaultDateForms: CompiledDateForms = dateFormsOf(dateVocabulary)
