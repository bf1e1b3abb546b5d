import { describe, expect, it } from 'vitest'
import { holdsDate, redate } from '../../bench/_lib/date-forms.js'

// Friday 1 March 2024, 09:05.
const date = { year: 2024, month: 3, day: 1, hour: 9, minute: 5 }

describe('redate', () => {
  it.each([
    ['2020年06月08日 星期一', '2024年03月01日 星期五'],
    ['发布时间：2021年3月5日 10:20　来源', '发布时间：2024年3月1日 09:05　来源'],
    ['發布日期：110年3月5日', '發布日期：113年3月1日'],
    ['Add Time:2016-05-12 09:30:00', 'Add Time:2024-03-01 09:05:00'],
    ['Updated: 2019-04-02 08:15', 'Updated: 2024-03-01 09:05'],
    ['date: 2021-03-04 09:30', 'date: 2024-03-01 09:05'],
    ['Xinhua) 17:00, March 14, 2023', 'Xinhua) 09:05, March 1, 2024'],
    [' date 2022-01-06 Wednesday, January 5, 2022', ' date 2024-03-01 Friday, March 1, 2024'],
    [
      'HAMBURG, Germany, March 3, 2021 /PRNewswire/',
      'HAMBURG, Germany, March 1, 2024 /PRNewswire/',
    ],
  ])('writes %j as %j', (text, expected) => {
    expect(redate(text, date)).toBe(expected)
  })

  it('leaves a year alone and other numbers too', () => {
    const text = 'By the end of 2020, the port expects 1100305 containers.'
    expect(redate(text, date)).toBe(text)
    expect(holdsDate(text)).toBe(false)
    expect(holdsDate('Add Time:2016-05-12')).toBe(true)
  })
})
