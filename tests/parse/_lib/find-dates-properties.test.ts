import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isRealDate, toIsoDate } from '../../../src/parse/_lib/date-parts.js'
import { findDates } from '../../../src/parse/_lib/find-dates.js'
import { findRelativeTime } from '../../../src/parse/_lib/find-relative-time.js'
import { readSplitDate } from '../../../src/parse/_lib/read-split-date.js'
import { runs } from '../../_lib/runs.js'

// Pieces of dates and of what stands around them, to build texts in any order.
const pieces = [
  '2021',
  '06',
  '6',
  '3',
  '31',
  '30',
  '29',
  '02',
  '12',
  '99',
  'June',
  'Feb',
  'Sept.',
  'Thu',
  'Wednesday',
  'the',
  'third',
  'twenty-first',
  'of',
  'at',
  'noon',
  '10:30',
  '9h45',
  '3.05',
  'pm',
  'a.m.',
  'ET',
  'GMT+8',
  '+0800',
  '-18:00',
  'T',
  '年',
  '月',
  '日',
  '号',
  '二〇二一',
  '廿',
  '卅',
  '十二',
  '下午',
  '点',
  '半',
  '星期四',
  '，',
  ', ',
  ' ',
  '-',
  '/',
  '.',
  '|',
  ' - ',
  '前',
  'ago',
  'hours',
  '昨天',
]
const text = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 16 })
  .map((parts) => parts.join(''))

describe('findDates properties', () => {
  it('never throws, and finds ordered dates that do not overlap, each as printed', () => {
    fc.assert(
      fc.property(text, (input) => {
        let end = 0
        for (const date of findDates(input)) {
          expect(date.start).toBeGreaterThanOrEqual(end)
          expect(date.end).toBeGreaterThan(date.start)
          expect(input.slice(date.start, date.end)).toBe(date.text)
          end = date.end
        }
      }),
      { numRuns: runs(2000) },
    )
  })

  it('calls a date real only when it exists, and writes every real date as a valid ISO 8601 date', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('en' as const, 'zh' as const), (input, language) => {
        for (const date of findDates(input, { language, rocEra: true })) {
          expect(date.real).toBe(isRealDate(date.parts) && (!date.until || isRealDate(date.until)))
          if (!date.real) continue
          const iso = toIsoDate(date.parts, 'Asia/Shanghai')
          expect(Number.isNaN(new Date(iso).getTime())).toBe(false)
          const [year, month, day] = iso.slice(0, 10).split('-').map(Number)
          expect({ year, month, day }).toEqual({
            year: date.parts.year,
            month: date.parts.month,
            day: date.parts.day,
          })
        }
      }),
      { numRuns: runs(2000) },
    )
  })

  it('finds relative times and split dates within the text, without throwing', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (lines) => {
        for (const line of lines) {
          const found = findRelativeTime(line)
          if (found) expect(line.slice(found.start, found.end)).toBe(found.text)
        }
        const split = readSplitDate(lines)
        if (split) {
          expect(split.lineCount).toBeLessThanOrEqual(lines.length)
          expect(split.end.line).toBe(split.lineCount - 1)
        }
      }),
      { numRuns: runs(1000) },
    )
  })
})
