import { tzOffset } from '@date-fns/tz'

/** A calendar date as printed, with the time of day and offset when printed too. */
export interface DateParts {
  year: number
  month: number
  day: number
  /** Hour, minute and second, when a time is printed. */
  time?: { hour: number; minute: number; second: number }
  /** Minutes east of UTC, when the text itself gives an offset (`+08:00`, `UTC+3`, `Z`). */
  offset?: number
  /**
   * The IANA zone a region's name printed after the time stands for (`ET` is
   * `America/New_York`), when the text gives no offset.
   */
  timeZone?: string
}

/**
 * Whether the parts name a day that exists and a time that does.
 *
 * @param parts - the date as read.
 * @returns `true` for `2024-02-29`, `false` for `2014-02-30` or `25:00`.
 */
export function isRealDate(parts: DateParts): boolean {
  const { year, month, day, time } = parts
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false
  if (day > daysInMonth(year, month)) return false
  if (time && (time.hour > 23 || time.minute > 59 || time.second > 59)) return false
  return true
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

// The Gregorian calendar's month lengths; February has 29 days in years divisible by 4,
// except centuries not divisible by 400.
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return month === 2 && leap ? 29 : (monthLengths[month - 1] ?? 0)
}

/**
 * Write date parts in the contract's form: `YYYY-MM-DD` when no time is printed, else
 * `YYYY-MM-DDTHH:mm:ss±HH:MM` with the offset the text gives or, failing that, the offset
 * at that moment (so summer time is right) of the zone the text names or else of
 * `timeZone`.
 *
 * @param parts - a real date (see {@link isRealDate}).
 * @param timeZone - an IANA time zone such as `Asia/Shanghai`.
 * @returns the ISO 8601 string.
 * @example
 *   toIsoDate({ year: 2014, month: 10, day: 13, time: { hour: 0, minute: 0, second: 0 } }, 'Asia/Shanghai')
 *   //=> '2014-10-13T00:00:00+08:00'
 */
export function toIsoDate(parts: DateParts, timeZone: string): string {
  const { year, month, day, time, offset } = parts
  const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
  if (!time) return date
  const clock = `${pad(time.hour, 2)}:${pad(time.minute, 2)}:${pad(time.second, 2)}`
  const minutes = offset ?? zoneOffset(parts, parts.timeZone ?? timeZone, time)
  return `${date}T${clock}${formatOffset(minutes)}`
}

// The offset of a zone at a wall-clock time: guess the instant with the offset at the
// wall-clock time read as UTC, then read the offset at that instant; two rounds settle
// a time near a change of summer time.
function zoneOffset(
  parts: DateParts,
  timeZone: string,
  time: NonNullable<DateParts['time']>,
): number {
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, time.hour, time.minute, time.second)
  let offset = offsetAt(wall, timeZone)
  offset = offsetAt(wall - offset * 60_000, timeZone)
  return offset
}

// Reading a zone's offset builds Intl parts, which is slow; offsets change at most every
// quarter hour, so each zone's offset is kept per quarter hour (a bounded cache).
const quarter = 15 * 60_000
const offsets = new Map<string, number>()

function offsetAt(instant: number, timeZone: string): number {
  const key = `${timeZone} ${Math.floor(instant / quarter)}`
  let offset = offsets.get(key)
  if (offset === undefined) {
    offset = tzOffset(timeZone, new Date(Math.floor(instant / quarter) * quarter))
    if (offsets.size >= 10_000) offsets.clear()
    offsets.set(key, offset)
  }
  return offset
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const value = Math.abs(minutes)
  return `${sign}${pad(Math.floor(value / 60), 2)}:${pad(value % 60, 2)}`
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}
