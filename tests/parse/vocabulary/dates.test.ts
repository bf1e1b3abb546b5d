import { describe, expect, it } from 'vitest'
import {
  chineseNumerals,
  chineseWeekdayDays,
  dateFormNames,
  monthNames,
  ordinalWords,
  weekdayNames,
  zoneNames,
  zoneRegions,
} from '../../../src/parse/vocabulary/dates.js'

describe('the date vocabulary', () => {
  it('names every month, and each name is lower-case', () => {
    expect(new Set(Object.values(monthNames))).toEqual(
      new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
    )
    for (const name of Object.keys(monthNames)) expect(name).toBe(name.toLowerCase())
  })

  it('names every weekday in English and in Chinese', () => {
    const days = new Set([0, 1, 2, 3, 4, 5, 6])
    expect(new Set(Object.values(weekdayNames))).toEqual(days)
    expect(new Set(Object.values(chineseWeekdayDays))).toEqual(days)
  })

  it('has an ordinal word for each day of a month, once', () => {
    const days = Object.values(ordinalWords).sort((a, b) => a - b)
    expect(days).toEqual(Array.from({ length: 31 }, (_, index) => index + 1))
  })

  it('holds the Chinese digits and 十, 廿, 卅', () => {
    expect(chineseNumerals['〇']).toBe(0)
    expect(chineseNumerals['零']).toBe(0)
    expect(chineseNumerals['廿']).toBe(20)
    expect(chineseNumerals['卅']).toBe(30)
  })

  it('gives zone offsets of at most 14 hours and real IANA zones for regions', () => {
    for (const offset of Object.values(zoneNames)) expect(Math.abs(offset)).toBeLessThanOrEqual(840)
    for (const zone of Object.values(zoneRegions)) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow()
    }
    // China Standard Time and US Central time both print CST: it names no one zone.
    expect(zoneNames.CST).toBeUndefined()
  })

  it('lists each date form once', () => {
    expect(new Set(dateFormNames).size).toBe(dateFormNames.length)
  })
})
