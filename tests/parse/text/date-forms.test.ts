import { describe, expect, it } from 'vitest'
import { parseText } from '../../../src/parse/text/index.js'

// An invented page whose date line is given: what parseText makes of each printed form.
function published(dateLine: string, timeZone = 'UTC'): string | undefined {
  const page = [
    'Chamber Members Visit the New Port',
    dateLine,
    '',
    'Members of the chamber visited the new port on Thursday and met its managers, who showed them the cranes.',
  ].join('\n')
  return parseText(page, { timeZone }).article.datePublished
}

describe('parseText reads the date forms on a labelled date line', () => {
  it.each([
    ['Date: June 3, 2021 at noon', '2021-06-03T12:00:00+00:00'],
    ['Date: June 3, 2021 | 8:05pm', '2021-06-03T20:05:00+00:00'],
    ['Date: June 3, 2021 • 6 a.m.', '2021-06-03T06:00:00+00:00'],
    ['Date: 3 June 2021 16h20', '2021-06-03T16:20:00+00:00'],
    ['Date: June 3, 2021, 7.45 pm', '2021-06-03T19:45:00+00:00'],
    ['Date: June 3, 2021 11:30 p.m. ET', '2021-06-03T23:30:00-04:00'],
    ['Date: 11:40 AM, June 3, 2021', '2021-06-03T11:40:00+00:00'],
    ['Date: 3-Jun-2021', '2021-06-03'],
    ['Date: Jun/3/2021', '2021-06-03'],
    ['Date: 2021-Jun-03', '2021-06-03'],
    ['Date: Thu Jun 3 18:20:05 2021', '2021-06-03T18:20:05+00:00'],
    ['Date: Thu, 03 Jun 2021 18:20:05 +0800', '2021-06-03T18:20:05+08:00'],
    ['Date: 2021 June 3', '2021-06-03'],
    ['Date: 3.6.2021', '2021-06-03'],
    ['Date: the third of June 2021', '2021-06-03'],
    ['Date: June third, 2021', '2021-06-03'],
    ['Date: 2021-06-03T18:20:05.250+05:30', '2021-06-03T18:20:05+05:30'],
    ['日期：2021年6月3', '2021-06-03'],
    ['日期：2021年6月3日，星期四', '2021-06-03'],
    ['日期：二〇二一年六月廿三日', '2021-06-23'],
    ['日期：2021年6月三号', '2021-06-03'],
  ])('%s', (line, iso) => {
    expect(published(line)).toBe(iso)
  })

  it('reads a date with its time after a bar on a line without a label', () => {
    expect(published('June 3, 2021 | 8:05pm')).toBe('2021-06-03T20:05:00+00:00')
  })

  it('keeps 30 February from being the date of the page', () => {
    expect(published('Date: Feb/30/2021')).toBeUndefined()
  })

  it('takes no relative time as the date of the page', () => {
    expect(published('Updated 2 hours ago')).toBeUndefined()
    expect(published('昨天 10:30')).toBeUndefined()
  })
})
