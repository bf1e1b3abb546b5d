import * as z from 'zod'
import { expect } from './messages.js'

// A calendar date that exists: months with 31, 30 and 28 days, and 29 February in
// leap years only (divisible by 4, not by 100 unless by 400).
const leapDay = '(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29'
const commonDay =
  '[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))'
const calendarDate = `(?:${leapDay}|${commonDay})`
const time = '(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]'
const offset = '[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00)'

/**
 * The contract's two date forms: `YYYY-MM-DD` when only a date is known, and
 * `YYYY-MM-DDTHH:mm:ss±HH:MM` when a time is known, always with its offset. The date must
 * exist in the calendar; `Z` and date-times without an offset are rejected, so a reader
 * never has to guess a zone.
 */
export const isoDatePattern = new RegExp(`^${calendarDate}(?:T${time}${offset})?$`)

/**
 * An ISO 8601 date or date-time with offset, in the contract's two forms.
 *
 * @example
 *   IsoDate.parse('2014-10-13') //=> '2014-10-13'
 *   IsoDate.parse('2014-10-13T00:00:00+08:00') //=> '2014-10-13T00:00:00+08:00'
 *   IsoDate.safeParse('2014-02-30').success //=> false
 *   IsoDate.safeParse('2014-10-13T00:00:00').success //=> false
 */
export const IsoDate = /*#__PURE__*/ z
  .string(expect('isoDate'))
  .trim()
  .regex(isoDatePattern, expect('isoDate'))

/** An ISO 8601 date (`2014-10-13`) or date-time with offset (`2014-10-13T00:00:00+08:00`). */
export type IsoDate = z.infer<typeof IsoDate>
