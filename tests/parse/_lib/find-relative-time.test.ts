import { describe, expect, it } from 'vitest'
import { findRelativeTime } from '../../../src/parse/_lib/find-relative-time.js'

describe('findRelativeTime', () => {
  it.each([
    ['2 hours ago', 2, 'hour'],
    ['5 mins ago', 5, 'minute'],
    ['5 mins. ago', 5, 'minute'],
    ['an hour ago', 1, 'hour'],
    ['A day ago', 1, 'day'],
    ['3h ago', 3, 'hour'],
    ['10 seconds ago', 10, 'second'],
    ['2 weeks ago', 2, 'week'],
    ['4 months ago', 4, 'month'],
    ['1 year ago', 1, 'year'],
    ['yesterday', 1, 'day'],
    ['Today', 0, 'day'],
    ['just now', 0, 'second'],
    ['3天前', 3, 'day'],
    ['2小时前', 2, 'hour'],
    ['2 个小时前', 2, 'hour'],
    ['两个月前', 2, 'month'],
    ['十分钟前', 10, 'minute'],
    ['半小时前', 30, 'minute'],
    ['昨天', 1, 'day'],
    ['前天', 2, 'day'],
    ['刚刚', 0, 'second'],
  ])('reads %s as %i %s', (text, amount, unit) => {
    expect(findRelativeTime(text)).toMatchObject({ start: 0, end: text.length, amount, unit })
  })

  it('reads the time printed with a named day', () => {
    expect(findRelativeTime('昨天 10:30')).toMatchObject({
      text: '昨天 10:30',
      amount: 1,
      unit: 'day',
      time: { hour: 10, minute: 30, second: 0 },
    })
    expect(findRelativeTime('前天下午3点')?.time).toEqual({ hour: 15, minute: 0, second: 0 })
    expect(findRelativeTime('Yesterday at 9:15 pm')?.time).toEqual({
      hour: 21,
      minute: 15,
      second: 0,
    })
  })

  it('gives where the relative time stands in a line', () => {
    const line = 'By Jane Doe · 2 hours ago'
    const found = findRelativeTime(line)
    expect(found && line.slice(found.start, found.end)).toBe('2 hours ago')
    expect(findRelativeTime('来源：新华网 3天前')).toMatchObject({ start: 7, text: '3天前' })
  })

  it('finds the first of two', () => {
    expect(findRelativeTime('yesterday, updated 2 hours ago')?.text).toBe('yesterday')
  })

  it.each([
    'The meeting was held in 2019',
    'hours ago',
    '12 hours',
    'the agency, 2 hours away',
    'Agoda hotels',
    'yesterdays',
    '他3天前往北京',
    '2019-06-03',
  ])('finds none in %j', (text) => {
    expect(findRelativeTime(text)).toBeUndefined()
  })

  it('takes linear time on a long run of digits and spaces', () => {
    const start = performance.now()
    findRelativeTime(`${'1 '.repeat(100_000)}x`)
    findRelativeTime(`${'昨天'.repeat(50_000)}`)
    expect(performance.now() - start).toBeLessThan(2000)
  })
})
