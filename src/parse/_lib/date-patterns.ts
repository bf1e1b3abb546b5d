import {
  chineseDayPeriods,
  chineseWeekdayDays,
  chineseWeekdayPrefixes,
  monthNames,
  namedTimes,
  ordinalWords,
  weekdayNames,
  zoneNames,
  zoneRegions,
} from '../vocabulary/dates.js'

// The pieces the date forms are built of, as pattern sources, built once from the date
// vocabulary. No two runs of white space stand side by side in them: a long run of spaces
// would make the search try every way to share it out.

// Words as alternatives, longest first so that `september` is tried before `sep`.
function alternativesOf(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')
}

/** A pattern source for an English month name or abbreviation, without a capture group. */
export const monthName = `(?:${alternativesOf(Object.keys(monthNames))})\\.?(?![a-z])`

/** A pattern source for an English month name or abbreviation (one capture group). */
export const monthPattern = `(${alternativesOf(Object.keys(monthNames))})\\.?(?![a-z])`

/** A pattern source for an English weekday, whole or shortened (`Monday`, `Thu`, `Tues`). */
export const weekdayName = `(?:${alternativesOf(Object.keys(weekdayNames))})`

/** A pattern source for a Chinese weekday (`星期一`, `週日`, `礼拜天`). */
export const cjkWeekday = `(?:${alternativesOf(chineseWeekdayPrefixes)})[${Object.keys(chineseWeekdayDays).join('')}]`

/** A pattern source for an optional weekday before a date (`Wednesday, `, `Thu. `). */
export const weekdayPattern = `(?:${weekdayName}(?![a-z])\\.?,?\\s*)?`

/**
 * A pattern source for a day of the month as an ordinal word (`fourteenth`,
 * `twenty-first`, `twenty first`).
 */
export const ordinalDay = `(?:${alternativesOf(Object.keys(ordinalWords)).replace(/-/g, '[-\\s]?')})(?![a-z])`

const meridiem = '\\s*[ap]\\.?\\s*m\\b\\.?'

/**
 * A pattern source for a time of day, without capture groups: `09:30`, `9:30:15.25 pm`,
 * `3.05 pm`, `4 a.m.`, `9h45`, `noon`, `midnight`.
 */
export const clock = `(?:\\d{1,2}\\s*[:：]\\s*\\d{2}(?:\\s*[:：]\\s*\\d{2}(?:[.,]\\d+)?)?(?:${meridiem})?|\\d{1,2}(?:\\.\\d{2})?${meridiem}|\\d{1,2}h\\d{2}(?:m(?![a-z]))?|(?:${alternativesOf(Object.keys(namedTimes))})(?![a-z]))`

const zoneWords = alternativesOf(
  [...Object.keys(zoneNames), ...Object.keys(zoneRegions)].filter(
    (name) => !['UTC', 'GMT'].includes(name),
  ),
)

/**
 * A pattern source for a zone after a time, without capture groups: an offset of at most
 * 14 hours, as offsets are (`+08:00`, `+0800`, `+08`), so that the end of a time range
 * (`17:00-18:00`) is not read as one; `UTC`, `GMT+3`, or a zone name (`EST`, `ET`), which
 * may be followed by its offset (`PST-0800`, `CEST+0200`).
 */
export const zone = `(?:[+-](?:0\\d|1[0-4])(?::?[0-5]\\d)?|(?:UTC|GMT|${zoneWords})(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?)(?![a-z])`

/**
 * A pattern source for what joins a time to the date before it: white space, `,`, `:`,
 * `.`, `|`, `•`, `·`, `-`, `–`, `—`, `@` or `at`, or nothing (`December 15, 20163:33 PM`,
 * as pages saved as text glue them).
 */
export const timeSeparator = '\\s*(?:[,|•·@:.–—-]\\s*(?:at\\s+)?|at\\s+)?'

/** A pattern source for a time after a date, with the named groups `time` and `zone`. */
export const timeAfterRequired = `(?<time>${clock})(?:\\s*(?<zone>${zone}))?`

/** {@link timeAfterRequired} with its separator, optional. */
export const timeAfter = `(?:${timeSeparator}${timeAfterRequired})?`

/**
 * A pattern source for a four-digit year, which may be glued to a time after it, as
 * pages saved as text print `Dec 20 201610:32 AM`.
 */
export const year = '(?<year>\\d{4})(?!\\d(?!\\d?[:：]))'

/** A pattern source for a day of the month in figures (`14`, `14th`). */
export const dayDigits = '\\d{1,2}(?!\\d)(?:st|nd|rd|th)?'

// An optional weekday after a numeric date, in English or Chinese (`2014-10-13 Monday`,
// `2014-10-13 星期一`, `2014-10-13（周一）`): a part of the date as printed.
/** A pattern source for an optional weekday after a numeric date. */
export const weekdayAfter = `(?:(?:\\s*,\\s*|\\s+)(?:${weekdayName}\\b\\.?|${cjkWeekday})|\\s*[(（](?:${cjkWeekday}|[${Object.keys(chineseWeekdayDays).join('')}])[)）])?`

const cjkDigits = '〇零一二三四五六七八九'
/** A pattern source for a number of up to 31 in Chinese words (`十四`, `廿四`, `卅一`). */
export const cjkNumber = `[${cjkDigits}十廿卅]{1,3}`
/** A pattern source for a year in Chinese numerals, digit by digit (`二〇一九`). */
export const cjkYear = `[${cjkDigits}]{4}`

/**
 * A pattern source for a Chinese time of day, without capture groups: `10:30`,
 * `下午3时20分`, `21時40分`, `晚8:00`, `三点半`, `10点`.
 */
export const cjkClock = `(?:(?:${alternativesOf(Object.keys(chineseDayPeriods))})\\s*)?(?:\\d{1,2}|${cjkNumber})\\s*(?:[:：]\\s*\\d{2}(?:\\s*[:：]\\s*\\d{2})?|[时時点點](?:\\s*(?:半|(?:\\d{1,2}|${cjkNumber})(?:\\s*分)?)(?:\\s*(?:\\d{1,2}|${cjkNumber})\\s*秒)?)?)`

/**
 * A pattern source for what follows the day of a Chinese date: a weekday (`，星期四`,
 * `(周四)`) and a time (`下午3时`), each optional, with the named group `cjkTime`.
 */
export const cjkDateTail = `(?:(?:\\s*[,，])?\\s*(?:${cjkWeekday}|[(（](?:${cjkWeekday}|[${Object.keys(chineseWeekdayDays).join('')}])[)）]))?(?:(?:\\s*[,，])?\\s*(?<cjkTime>${cjkClock}))?`

/**
 * A pattern source for the month and day of a Chinese date after its `年`, with the named
 * groups `month`, `day` (in figures, `日` optional: `3月14`, `3月14日`, `3月14号`) and
 * `dayWord` (in words: `三月廿四日`, `三号`), then {@link cjkDateTail}.
 */
export const cjkMonthDay = `(?:\\s*[,，])?\\s*(?<month>\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*(?:(?<day>\\d{1,2})(?!\\d(?!\\d?[:：]))(?:\\s*[日号號])?|(?<dayWord>${cjkNumber})\\s*[日号號])${cjkDateTail}`
