import { describe, expect, it } from 'vitest'
import { toIsoDate } from '../../../src/parse/_lib/date-parts.js'
import { findRelativeTime } from '../../../src/parse/_lib/find-relative-time.js'
import { resolveRelativeTime } from '../../../src/parse/_lib/resolve-relative-time.js'

function resolve(text: string, reference: string, zone = 'Asia/Shanghai'): string {
  const found = findRelativeTime(text)
  if (!found) throw new Error(`no relative time in ${text}`)
  return toIsoDate(resolveRelativeTime(found, new Date(reference), zone), zone)
}

describe('resolveRelativeTime', () => {
  it.each([
    ['2 hours ago', '2021-06-03T10:00:00Z', '2021-06-03T16:00:00+08:00'],
    ['5 mins ago', '2021-06-03T10:00:00Z', '2021-06-03T17:55:00+08:00'],
    ['30 seconds ago', '2021-06-03T10:00:00Z', '2021-06-03T17:59:30+08:00'],
    ['just now', '2021-06-03T10:00:00Z', '2021-06-03T18:00:00+08:00'],
    ['yesterday', '2021-06-03T10:00:00Z', '2021-06-02'],
    ['3天前', '2021-06-03T10:00:00Z', '2021-05-31'],
    ['昨天 10:30', '2021-06-03T10:00:00Z', '2021-06-02T10:30:00+08:00'],
    ['2 weeks ago', '2021-06-03T10:00:00Z', '2021-05-20'],
    ['3 months ago', '2021-06-03T10:00:00Z', '2021-03-03'],
    ['1 month ago', '2021-03-31T10:00:00Z', '2021-02-28'],
    ['1 year ago', '2024-02-29T10:00:00Z', '2023-02-28'],
  ])('reads %s before %s as %s', (text, reference, iso) => {
    expect(resolve(text, reference)).toBe(iso)
  })

  it('counts calendar days in the page zone: 20:00 UTC is already the next day in Shanghai', () => {
    expect(resolve('yesterday', '2021-06-03T20:00:00Z')).toBe('2021-06-03')
    expect(resolve('yesterday', '2021-06-03T20:00:00Z', 'UTC')).toBe('2021-06-02')
  })

  it('writes the offset of the zone at that moment, across a change of summer time', () => {
    // New York moved from -05:00 to -04:00 at 07:00 UTC on 14 March 2021.
    expect(resolve('2 hours ago', '2021-03-14T08:00:00Z', 'America/New_York')).toBe(
      '2021-03-14T01:00:00-05:00',
    )
  })

  it('throws a TypeError for a reference that is not a valid Date', () => {
    const found = { amount: 1, unit: 'day' as const }
    expect(() => resolveRelativeTime(found, new Date('nope'), 'UTC')).toThrow(TypeError)
    expect(() => resolveRelativeTime(found, '2021-06-03' as unknown as Date, 'UTC')).toThrow(
      /Invalid `reference`/,
    )
  })

  it('throws a RangeError for an unknown time zone', () => {
    expect(() =>
      resolveRelativeTime({ amount: 1, unit: 'day' }, new Date(0), 'Mars/Olympus'),
    ).toThrow(RangeError)
  })
})
