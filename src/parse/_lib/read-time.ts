import {
  chineseDayPeriods,
  chineseNumerals,
  type DateVocabulary,
  dateVocabulary,
} from '../vocabulary/dates.js'
import type { DateParts } from './date-parts.js'
import { defaultDatePatterns } from './date-patterns.js'

/** A time of day as read. */
export interface TimeOfDay {
  hour: number
  minute: number
  second: number
}

/**
 * Read a time of day as the date patterns match one: `09:30`, `9:30:15.25 pm`,
 * `3.05 pm`, `4 a.m.`, `9h45`, `noon`, `midnight`.
 *
 * @param text - the time as matched by the `clock` pattern.
 * @param vocabulary - the date vocabulary, for named times (default: the default one).
 * @returns the time on a 24-hour clock, or `undefined` when the text is none.
 * @example
 *   readClock('11:30 p.m.') //=> { hour: 23, minute: 30, second: 0 }
 */
export function readClock(
  text: string,
  vocabulary: Pick<DateVocabulary, 'namedTimes'> = dateVocabulary,
): TimeOfDay | undefined {
  const named = vocabulary.namedTimes[text.toLowerCase()]
  if (named !== undefined) return { hour: named, minute: 0, second: 0 }
  const match = /^(\d{1,2})(?:\s*[:：.h]\s*(\d{2})(?:\s*[:：]\s*(\d{1,2}))?)?/i.exec(text)
  if (!match) return undefined
  let hour = Number(match[1])
  // "a.m.", "P M", "pm": the meridiem ends the text, with dots and spaces anywhere in it.
  const compact = text.replace(/[\s.]/g, '').toLowerCase()
  const pm = compact.endsWith('pm')
  if (pm || compact.endsWith('am')) {
    if (hour === 12) hour = pm ? 12 : 0
    else if (pm) hour += 12
  }
  return { hour, minute: Number(match[2] ?? 0), second: Number(match[3] ?? 0) }
}

/**
 * Read a number of Chinese numerals: digit by digit (`二〇一九` is 2019), or in words up
 * to 39 (`十四`, `二十四`, `廿四`, `卅一`); figures are read as they are.
 *
 * @param text - the numerals.
 * @returns the number, or `NaN` when the text holds something else.
 * @example
 *   readChineseNumber('廿四') //=> 24
 */
export function readChineseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text)
  const values = [...text].map((char) => chineseNumerals[char])
  if (values.some((value) => value === undefined)) return Number.NaN
  const digits = values as number[]
  if (digits.every((value) => value < 10) && digits.length > 1) return Number(digits.join(''))
  // In words: a ten (十, 廿, 卅, or a digit before 十) and the units after it.
  let total = 0
  let pending = 0
  for (const value of digits) {
    if (value === 10) {
      total += (pending === 0 ? 1 : pending) * 10
      pending = 0
    } else if (value >= 20) {
      total += value
      pending = 0
    } else pending = value
  }
  return total + pending
}

// The hour, the minute (or 半, half past) and the second of a Chinese time, in figures
// or in words.
const cjkPart = `\\d{1,2}|${defaultDatePatterns.cjkNumber}`
const chineseClockParts = new RegExp(
  `^\\s*(${cjkPart})\\s*[:：时時点點](?:\\s*(半|${cjkPart}))?(?:(?:\\s*[:：分]|(?<=半))\\s*(${cjkPart}))?`,
)

// The parts of the day, longest first: 晚上 before 晚.
const periodWords = Object.keys(chineseDayPeriods).sort((a, b) => b.length - a.length)

/**
 * Read a Chinese time of day as the `cjkClock` pattern matches one: `10:30`,
 * `下午3时20分`, `晚8:00`, `三点半`, `中午1点`.
 *
 * @param text - the time as matched.
 * @returns the time on a 24-hour clock, or `undefined`.
 * @example
 *   readChineseClock('下午三点半') //=> { hour: 15, minute: 30, second: 0 }
 */
export function readChineseClock(text: string): TimeOfDay | undefined {
  const period = periodWords.find((word) => text.startsWith(word))
  const match = chineseClockParts.exec(text.slice(period?.length ?? 0))
  if (!match) return undefined
  let hour = readChineseNumber(match[1] ?? '')
  const minute = match[2] === '半' ? 30 : match[2] ? readChineseNumber(match[2]) : 0
  const second = match[3] ? readChineseNumber(match[3]) : 0
  const part = period === undefined ? undefined : chineseDayPeriods[period]
  if (part === 'evening' && hour < 12) hour += 12
  // Noon hours: 中午12点 is 12:00, 中午1点 is 13:00.
  if (part === 'noon' && hour < 11) hour += 12
  return { hour, minute, second }
}

/**
 * Read a zone printed after a time: an offset (`Z`, `+0800`, `+08:00`, `GMT+3`,
 * `UTC+05:30`, `PST-0800`), a zone name with one offset (`EST`), or a region's name (`ET`).
 *
 * @param text - the zone as matched.
 * @param vocabulary - the date vocabulary, for zone names (default: the default one).
 * @returns the offset in minutes east of UTC, or the IANA zone a region name stands for;
 *   `undefined` for an offset of more than 14 hours, which no place has.
 * @example
 *   readZone('GMT+0800') //=> { offset: 480 }
 */
export function readZone(
  text: string | undefined,
  vocabulary: Pick<DateVocabulary, 'zoneNames' | 'zoneRegions'> = dateVocabulary,
): { offset: number } | { timeZone: string } | undefined {
  if (text === undefined) return undefined
  const { zoneNames, zoneRegions } = vocabulary
  const compact = text.replace(/\s+/g, '').toUpperCase()
  const named = zoneNames[compact]
  if (named !== undefined) return { offset: named }
  const region = zoneRegions[compact]
  if (region !== undefined) return { timeZone: region }
  // An offset, alone or after a zone's name (`GMT+3`, `PST-0800`): the figures win.
  const match = /^([A-Z]*)([+-])(\d{1,2}):?(\d{2})?$/.exec(compact)
  if (!match) return undefined
  const name = match[1] ?? ''
  if (name !== '' && zoneNames[name] === undefined && zoneRegions[name] === undefined) {
    return undefined
  }
  const minutes = Number(match[3]) * 60 + Number(match[4] ?? 0)
  if (minutes > 14 * 60) return undefined
  return { offset: match[2] === '-' ? -minutes : minutes }
}

/**
 * Add a time and its zone to a date.
 *
 * @param parts - the date.
 * @param time - the time read, if any.
 * @param zoneText - the zone as printed, if any.
 * @param vocabulary - the date vocabulary, for zone names (default: the default one).
 * @returns the date with its time, offset or zone.
 */
export function withTime(
  parts: DateParts,
  time: TimeOfDay | undefined,
  zoneText?: string,
  vocabulary: Pick<DateVocabulary, 'zoneNames' | 'zoneRegions'> = dateVocabulary,
): DateParts {
  if (!time) return parts
  // Built field by field: a spread of parts of several shapes costs a microsecond a date.
  const result: DateParts = { year: parts.year, month: parts.month, day: parts.day, time }
  if (parts.offset !== undefined) result.offset = parts.offset
  if (parts.timeZone !== undefined) result.timeZone = parts.timeZone
  const zone = readZone(zoneText, vocabulary)
  if (zone && 'offset' in zone) result.offset = zone.offset
  else if (zone) result.timeZone = zone.timeZone
  return result
}
