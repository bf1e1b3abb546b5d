import { tzOffset } from '@date-fns/tz'
import { invalidArgument } from '../../schema/_lib/options.js'
import { isTimeZone } from '../../schema/time-zone.js'
import type { RelativeUnit } from '../vocabulary/dates.js'
import type { DateParts } from './date-parts.js'
import type { RelativeTimeMatch } from './find-relative-time.js'

const unitMilliseconds: Readonly<Partial<Record<RelativeUnit, number>>> = {
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
}

/**
 * Turn a relative time into the date it names, counted back from a reference moment
 * (the moment the page was saved or fetched): `2 hours ago` is a date-time with the
 * zone's offset at that moment, `yesterday` and `3天前` are days, `昨天 10:30` a day and
 * a time, `2 weeks ago`, `3 months ago` and `1 year ago` days in the calendar.
 *
 * @param match - a relative time found by `findRelativeTime`.
 * @param reference - the moment it is counted from.
 * @param timeZone - the IANA zone whose calendar days and clock the page uses.
 * @returns the date, with a time for seconds, minutes, hours, and a named day with a time.
 * @throws {TypeError} when `reference` is not a valid `Date`.
 * @throws {RangeError} when `timeZone` is not a known IANA zone.
 * @example
 *   resolveRelativeTime(findRelativeTime('2 hours ago')!, new Date('2021-06-03T10:00:00Z'), 'UTC')
 *   //=> { year: 2021, month: 6, day: 3, time: { hour: 8, minute: 0, second: 0 }, offset: 0 }
 */
export function resolveRelativeTime(
  match: Pick<RelativeTimeMatch, 'amount' | 'unit' | 'time'>,
  reference: Date,
  timeZone: string,
): DateParts {
  if (!(reference instanceof Date) || Number.isNaN(reference.getTime())) {
    throw invalidArgument('reference', reference, 'a valid Date')
  }
  if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) {
    throw invalidArgument('timeZone', timeZone, 'an IANA zone such as "Asia/Shanghai"', 'range')
  }
  const { amount, unit, time } = match
  const step = unitMilliseconds[unit]
  if (step !== undefined) {
    const instant = reference.getTime() - amount * step
    const offset = tzOffset(timeZone, new Date(instant))
    const wall = new Date(instant + offset * 60_000)
    return {
      ...dayOf(wall),
      time: {
        hour: wall.getUTCHours(),
        minute: wall.getUTCMinutes(),
        second: wall.getUTCSeconds(),
      },
      offset,
    }
  }
  const today = new Date(reference.getTime() + tzOffset(timeZone, reference) * 60_000)
  const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()))
  if (unit === 'day' || unit === 'week') {
    day.setUTCDate(day.getUTCDate() - amount * (unit === 'week' ? 7 : 1))
  } else {
    // A month or a year back lands on the same day of the month, or the month's last day
    // when it has fewer (31 March minus a month is 28 or 29 February).
    const months = amount * (unit === 'year' ? 12 : 1)
    const target = day.getUTCMonth() - months
    const last = new Date(Date.UTC(day.getUTCFullYear(), target + 1, 0)).getUTCDate()
    day.setUTCDate(1)
    day.setUTCMonth(target)
    day.setUTCDate(Math.min(today.getUTCDate(), last))
  }
  const parts = dayOf(day)
  return time ? { ...parts, time } : parts
}

function dayOf(date: Date): DateParts {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}
