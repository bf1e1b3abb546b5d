import { tzOffset } from '@date-fns/tz'
import { getDaysInMonth } from 'date-fns/getDaysInMonth'

/** A calendar date as printed, with the time of day and offset when printed too. */
export interface DateParts {
  year: number
  month: number
  day: number
  /** Hour, minute and second, when a time is printed. */
  time?: { hour: number; minute: number; second: number }
  /** Minutes east of UTC, when the text itself gives an offset (`+08:00`, `UTC+3`, `Z`). */
  offset?: number
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
  if (day > getDaysInMonth(new Date(year, month - 1, 1))) return false
  if (time && (time.hour > 23 || time.minute > 59 || time.second > 59)) return false
  return true
}

/**
 * Write date parts in the contract's form: `YYYY-MM-DD` when no time is printed, else
 * `YYYY-MM-DDTHH:mm:ss±HH:MM` with the offset the text gives or, failing that, the offset
 * of `timeZone` at that moment (so summer time is right).
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
  const minutes = offset ?? zoneOffset(parts, timeZone, time)
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

function offsetAt(instant: number, timeZone: string): number {
  return tzOffset(timeZone, new Date(instant))
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const value = Math.abs(minutes)
  return `${sign}${pad(Math.floor(value / 60), 2)}:${pad(value % 60, 2)}`
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}
