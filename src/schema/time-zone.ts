import * as z from 'zod'
import { expect } from './messages.js'

// Checking a zone builds an Intl formatter, which is slow; each zone is checked once.
const known = new Map<string, boolean>()

/**
 * Whether a string names an IANA time zone this runtime knows (`Asia/Shanghai`, `UTC`).
 *
 * @param zone - the name.
 * @returns `true` for a known zone.
 * @example
 *   isTimeZone('Asia/Shanghai') //=> true
 *   isTimeZone('Mars/Olympus') //=> false
 */
export function isTimeZone(zone: string): boolean {
  let result = known.get(zone)
  if (result === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone })
      result = zone.trim() !== ''
    } catch {
      result = false
    }
    if (known.size < 1000) known.set(zone, result)
  }
  return result
}

/** An IANA time zone name, such as `Asia/Shanghai`. */
export const TimeZone = /*#__PURE__*/ z
  .string(expect('timeZone'))
  .refine(isTimeZone, expect('timeZone'))
