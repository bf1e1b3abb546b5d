import { describe, expect, it } from 'vitest'
import { isRealDate, toIsoDate } from '../../../src/parse/_lib/date-parts.js'
import {
  type DateContext,
  findDates,
  readBasicIsoDate,
} from '../../../src/parse/_lib/find-dates.js'
import { dateVocabulary } from '../../../src/parse/vocabulary/dates.js'

function read(text: string, options: DateContext = {}, zone = 'Asia/Shanghai') {
  return findDates(text, options).map((date) =>
    date.real ? toIsoDate(date.parts, zone) : `unreal ${date.text}`,
  )
}

describe('findDates', () => {
  it.each([
    ['2014-10-13 00:00:00', '2014-10-13T00:00:00+08:00'],
    ['2014-10-13 14:42', '2014-10-13T14:42:00+08:00'],
    ['2014/10/13', '2014-10-13'],
    ['2014.10.13', '2014-10-13'],
    ['2014年10月13日', '2014-10-13'],
    ['2014年10月13日 17:00', '2014-10-13T17:00:00+08:00'],
    ['2008年3月27日下午3时20分', '2008-03-27T15:20:00+08:00'],
    ['April 17,2017', '2017-04-17'],
    ['April 17, 2017', '2017-04-17'],
    ['17 April 2017', '2017-04-17'],
    ['Oct. 13, 2014', '2014-10-13'],
    ['Sept. 5, 2020 3:30 p.m.', '2020-09-05T15:30:00+08:00'],
    ['2017-12-11', '2017-12-11'],
    ['2023/2/9 18:30', '2023-02-09T18:30:00+08:00'],
    ['Wednesday, October 08, 2008', '2008-10-08'],
    ['12 Jun, 2024', '2024-06-12'],
    ['06-May-2020', '2020-05-06'],
    ['13/Oct/2014', '2014-10-13'],
    ['2014 October 13', '2014-10-13'],
    ['2014 Oct. 13 14:42', '2014-10-13T14:42:00+08:00'],
    ['二〇一四年十月十三日', '2014-10-13'],
    ['二零二〇年十二月三十一日', '2020-12-31'],
    ['Mon Oct 13 2014 00:00:00 GMT+0800 (China Standard Time)', '2014-10-13T00:00:00+08:00'],
    ['08:12, May 19, 2022', '2022-05-19T08:12:00+08:00'],
    ['11/17/2020', '2020-11-17'],
    ['24.11.2022', '2022-11-24'],
    ['2014-10-13T00:00:00Z', '2014-10-13T00:00:00+00:00'],
    ['Mon, 13 Oct 2014 09:30:00 +0800', '2014-10-13T09:30:00+08:00'],
    ['2014-10-13T08:00:00.123+05:30', '2014-10-13T08:00:00+05:30'],
    ['2014-10-25T13:46:20+07', '2014-10-25T13:46:20+07:00'],
    ['06/20/2014 11:51 PM', '2014-06-20T23:51:00+08:00'],
    ['06/20/2014 12:05 am', '2014-06-20T00:05:00+08:00'],
    ['Mon, 02 Jan 2017 06:00:00 EST', '2017-01-02T06:00:00-05:00'],
    ['Tue, 01 Nov 2016 01:23:45 UT', '2016-11-01T01:23:45+00:00'],
    ['Sunday, 2014/10/12 09:00', '2014-10-12T09:00:00+08:00'],
    ['Thu 08-10-2017', '2017-10-08'],
    ['2014-10-13 星期一', '2014-10-13'],
    ['2016年3月20日(日) 21時40分', '2016-03-20T21:40:00+08:00'],
    ['2014年10月13日（星期一） 09:00', '2014-10-13T09:00:00+08:00'],
    ['2016年9月14日晚8:00', '2016-09-14T20:00:00+08:00'],
    ['2016年9月14日 中午1:30', '2016-09-14T13:30:00+08:00'],
    ['2016年9月14日凌晨2:00', '2016-09-14T02:00:00+08:00'],
    ['17th October, 2034 @ 01:08 am PDT', '2034-10-17T01:08:00-07:00'],
  ])('reads %s as %s', (text, iso) => {
    expect(read(text)).toEqual([iso])
  })

  it('reads full-width digits and colons, keeping the printed text', () => {
    const [date] = findDates('发布时间：２０２０年５月６日 １０：２０')
    expect(date?.text).toBe('２０２０年５月６日 １０：２０')
    expect(date && toIsoDate(date.parts, 'Asia/Shanghai')).toBe('2020-05-06T10:20:00+08:00')
  })

  it('reads 110年3月5日 as 2021-03-05 on a traditional-character page only', () => {
    expect(read('110年3月5日', { rocEra: true })).toEqual(['2021-03-05'])
    expect(read('110年3月5日')).toEqual([])
  })

  it('reads 民國110年3月5日 as 2021-03-05 on any page: the era is named', () => {
    expect(read('民國110年3月5日')).toEqual(['2021-03-05'])
    expect(findDates('民国110年3月5日 10:30')[0]?.text).toBe('民国110年3月5日 10:30')
  })

  it('reads 05/11/2020 month first on English pages and day first otherwise', () => {
    expect(read('05/11/2020', { language: 'en' })).toEqual(['2020-05-11'])
    expect(read('05/11/2020', { language: 'zh' })).toEqual(['2020-11-05'])
    expect(read('25/11/2020', { language: 'en' })).toEqual(['2020-11-25'])
  })

  it('reads a time after a colon: "November 29, 2016: 3:42 PM ET"', () => {
    const [date] = findDates('by Jane Doe November 29, 2016: 3:42 PM ET')
    expect(date?.text).toBe('November 29, 2016: 3:42 PM ET')
    expect(date && toIsoDate(date.parts, 'Asia/Shanghai')).toBe('2016-11-29T15:42:00-05:00')
    expect(read('November 29, 2016: 3:42 PM')).toEqual(['2016-11-29T15:42:00+08:00'])
  })

  it('finds a date glued to the next word ("October 4, 2011By John Ward")', () => {
    expect(read('October 4, 2011By John Ward')).toEqual(['2011-10-04'])
  })

  it('reads no offset beyond 14 hours: 17:00-18:00 is a time range', () => {
    const [date] = findDates('2014-10-13 17:00-18:00')
    expect(date?.text).toBe('2014-10-13 17:00')
    expect(date?.parts.offset).toBeUndefined()
  })

  it('reads no offset of more than 14 hours after UTC or GMT', () => {
    expect(findDates('October 13, 2014 17:00 UTC+18')[0]?.parts.offset).toBeUndefined()
    expect(findDates('October 13, 2014 17:00 UTC+14')[0]?.parts.offset).toBe(14 * 60)
  })

  it('reads CST as no zone: pages in China use it for China Standard Time', () => {
    const [date] = findDates('Mon, 02 Jan 2017 06:00:00 CST')
    expect(date?.text).toBe('Mon, 02 Jan 2017 06:00:00')
  })

  // Two runs of white space side by side in a pattern would try every way to share a
  // long run out between them: these would take minutes.
  it.each([
    '2014-10-13',
    '10/13/2014',
    '2014年10月13日',
    'October 13, 2014',
    '17:00, October 13, 2014',
    '13-Oct-2014',
    'Mon Oct 13 17:00:00 2014',
    'the thirteenth of October 2014',
    '2014年10月13',
    '二〇一四年十月十三日',
  ])('reads %s followed by 200,000 spaces and tabs', (date) => {
    for (const fill of [' ', '\t']) {
      expect(findDates(`${date}${fill.repeat(200_000)}x`)).toHaveLength(1)
      // The same date without its year is none, found as quickly.
      const partial = date.replace(/,? 2014$|-2014$/, '')
      if (partial !== date) expect(findDates(`${partial}${fill.repeat(200_000)}x`)).toEqual([])
    }
  })

  it.each([
    ['runs of spaces between parts', (n: number) => `October${' '.repeat(n)}13,${' '.repeat(n)}x`],
    ['repeated times', (n: number) => '10:30 '.repeat(n)],
    ['repeated ordinal words', (n: number) => 'the first of '.repeat(n)],
    ['repeated Chinese numerals', (n: number) => '二十'.repeat(n)],
    ['repeated years before 年', (n: number) => '2014年'.repeat(n)],
  ])('takes linear time on %s', (_name, make) => {
    const small = make(5_000)
    const large = make(50_000)
    const time = (text: string) => {
      const start = performance.now()
      findDates(text)
      return performance.now() - start
    }
    time(small)
    expect(time(large)).toBeLessThan(Math.max(50, time(small) * 40))
  })

  it('finds several dates on a line, in order', () => {
    expect(read('Source:Taizhou 2023-11-17 15:34 Updated: Nov. 18, 2023')).toEqual([
      '2023-11-17T15:34:00+08:00',
      '2023-11-18',
    ])
  })

  it.each([
    '2014-02-30',
    '2014-13-01',
    '2014年2月30日',
    'February 29, 2023',
    '2014-10-13 25:00',
    'the thirty-first of June 2021',
    'Feb/30/2021',
  ])('marks %s as not a real date', (text) => {
    const [date] = findDates(text)
    expect(date?.real).toBe(false)
  })

  it.each(['May 2012', 'Jan. 30', '1120209', 'tel 2014 1013', 'page 12 of 2014'])(
    'finds no date in %s',
    (text) => {
      expect(findDates(text)).toEqual([])
    },
  )
})

describe('findDates: a time after the date', () => {
  it.each([
    ['June 3, 2021 at noon', '2021-06-03T12:00:00+08:00'],
    ['June 3, 2021 at midnight', '2021-06-03T00:00:00+08:00'],
    ['3 June 2021 16h20', '2021-06-03T16:20:00+08:00'],
    ['June 3, 2021, 7.45 pm', '2021-06-03T19:45:00+08:00'],
    ['June 3, 2021 • 6 a.m.', '2021-06-03T06:00:00+08:00'],
    ['June 3, 2021 | 8:05pm', '2021-06-03T20:05:00+08:00'],
    ['June 3, 2021. 10:15', '2021-06-03T10:15:00+08:00'],
    ['June 3, 2021 - 10:15 AM', '2021-06-03T10:15:00+08:00'],
    ['June 3, 2021 5:07:9 PM', '2021-06-03T17:07:09+08:00'],
    ['3 June 2021 @ 10:15', '2021-06-03T10:15:00+08:00'],
    ['2021-06-03 | 10:15', '2021-06-03T10:15:00+08:00'],
    ['03.06.2021, 10:15', '2021-06-03T10:15:00+08:00'],
    ['JUNE 3, 2021 / 6:18 AM / UPDATED', '2021-06-03T06:18:00+08:00'],
    ['Thu 3 Jun 2021 10.30 BST', '2021-06-03T10:30:00+01:00'],
    ['June 3, 2021 / 10:30 AM CDT', '2021-06-03T10:30:00-05:00'],
  ])('reads %s as %s', (text, iso) => {
    expect(read(text)).toEqual([iso])
  })

  it('writes a region zone with the offset of that day: ET is -04:00 in July, -05:00 in January', () => {
    expect(read('July 9, 2021 at 11:30 p.m. ET')).toEqual(['2021-07-09T23:30:00-04:00'])
    expect(read('January 9, 2021, 11:30 p.m. ET')).toEqual(['2021-01-09T23:30:00-05:00'])
    expect(read('9 Jan 2021 08:00 CET')).toEqual(['2021-01-09T08:00:00+01:00'])
  })

  it('reads a year glued to the time after it, as pages saved as text print them', () => {
    expect(read('Wed, Mar 3 202109:05 AM EST')).toEqual(['2021-03-03T09:05:00-05:00'])
    expect(read('March 3, 20219:05 PM')).toEqual(['2021-03-03T21:05:00+08:00'])
  })

  it('reads no time from a number after the date that is not one', () => {
    expect(findDates('June 3, 2021, 4 people came')[0]?.text).toBe('June 3, 2021')
    expect(findDates('3 June 2021 10.30 million')[0]?.text).toBe('3 June 2021')
    expect(findDates('June 3, 2021 5 amendments')[0]?.text).toBe('June 3, 2021')
  })

  it('reads a two-digit year only with a time after it', () => {
    expect(read('6/3/21 4:05pm')).toEqual(['2021-06-03T16:05:00+08:00'])
    expect(read('03.06.99 23:10')).toEqual(['1999-06-03T23:10:00+08:00'])
    expect(findDates('6/3/21')).toEqual([])
    expect(findDates('see section 6.3.21 of the rules')).toEqual([])
  })
})

describe('findDates: a time before the date', () => {
  it.each([
    ['11:40 AM, June 3, 2021', '2021-06-03T11:40:00+08:00'],
    ['7:05 p.m. Jun. 3, 2021', '2021-06-03T19:05:00+08:00'],
    ['18:20 3 June 2021', '2021-06-03T18:20:00+08:00'],
    ['6:00am EDT June 3, 2021', '2021-06-03T06:00:00-04:00'],
    ['0:15 on June 3, 2021', '2021-06-03T00:15:00+08:00'],
    ['18:20 | 2021-06-03', '2021-06-03T18:20:00+08:00'],
  ])('reads %s as %s', (text, iso) => {
    expect(read(text)).toEqual([iso])
  })

  it('takes no time glued to a word before the date, such as a video length', () => {
    expect(read('VIDEO3:49 June 3, 2021')).toEqual(['2021-06-03'])
  })

  it('leaves a time between two dates with the first', () => {
    expect(read('Posted 2021-06-02 18:20 Updated June 3, 2021')).toEqual([
      '2021-06-02T18:20:00+08:00',
      '2021-06-03',
    ])
  })
})

describe('findDates: month names, figures and words', () => {
  it.each([
    ['3-Jun-2021', '2021-06-03'],
    ['Jun/3/2021', '2021-06-03'],
    ['Jun-03-2021', '2021-06-03'],
    ['2021-Jun-03', '2021-06-03'],
    ['2021/June/3', '2021-06-03'],
    ['2021 June 3', '2021-06-03'],
    ['2021, Jun 3', '2021-06-03'],
    ['Wed Jun 3 18:20:05 2021', '2021-06-03T18:20:05+08:00'],
    ['Jun  3 18:20:05 2021', '2021-06-03T18:20:05+08:00'],
    ['Wed, 03 Jun 2021 18:20:05 +0000', '2021-06-03T18:20:05+00:00'],
    ['Wed, 03 Jun 2021 18:20:05 -0700', '2021-06-03T18:20:05-07:00'],
    ['3.06.2021', '2021-06-03'],
    ['03.06.2021', '2021-06-03'],
    ['the third of June 2021', '2021-06-03'],
    ['The twenty-second of June, 2021', '2021-06-22'],
    ['June third, 2021', '2021-06-03'],
    ['June twenty first, 2021', '2021-06-21'],
    ['June thirtieth 2021', '2021-06-30'],
    ['SATURDAY, JUNE 5, 2021', '2021-06-05'],
    ['saturday, june 5, 2021', '2021-06-05'],
    ["Sat., June 5, '21", '2021-06-05'],
    ['5 Jun ’99', '1999-06-05'],
  ])('reads %s as %s', (text, iso) => {
    expect(read(text)).toEqual([iso])
  })

  it.each(['the second May 2021 meeting', 'a first of many in 2021', 'June 3rd', "June 3, '210"])(
    'reads no date in %j',
    (text) => {
      expect(findDates(text)).toEqual([])
    },
  )
})

describe('findDates: ranges of days', () => {
  it.each([
    ['3 - 5 June 2021', '2021-06-03', '2021-06-05'],
    ['3 June - 5 July 2021', '2021-06-03', '2021-07-05'],
    ['June 3 - 5, 2021', '2021-06-03', '2021-06-05'],
    ['June 3 to 5, 2021', '2021-06-03', '2021-06-05'],
    ['June third - fifth, 2021', '2021-06-03', '2021-06-05'],
    ['Jun 3 – Jul 5, 2021', '2021-06-03', '2021-07-05'],
    ['Dec 30 - Jan 2, 2022', '2021-12-30', '2022-01-02'],
  ])('reads %s as the range from %s to %s', (text, first, last) => {
    const [date] = findDates(text)
    expect(date?.text).toBe(text)
    expect(date && toIsoDate(date.parts, 'UTC')).toBe(first)
    expect(date?.until && toIsoDate(date.until, 'UTC')).toBe(last)
  })

  it.each([
    ['Issue 3 - 5 June 2021', '5 June 2021'],
    ['No. 3 - 5 June 2021', '5 June 2021'],
    ['9 - 5 June 2021', '5 June 2021'],
  ])('reads %s as one day, not a range: %s', (text, date) => {
    expect(findDates(text).map((found) => found.text)).toEqual([date])
  })

  it('marks a range that ends on a day that does not exist as not real', () => {
    expect(findDates('June 3 - 31, 2021')[0]?.real).toBe(false)
  })
})

describe('findDates: Chinese dates', () => {
  it.each([
    ['2021年6月3', '2021-06-03'],
    ['2021年6月3日，星期四', '2021-06-03'],
    ['2021年6月3日，周四 09:15', '2021-06-03T09:15:00+08:00'],
    ['二〇二一年六月廿三日', '2021-06-23'],
    ['二零二一年十二月卅一日', '2021-12-31'],
    ['二零二一年，六月三号', '2021-06-03'],
    ['2021年6月三號', '2021-06-03'],
    ['2021年6月23号', '2021-06-23'],
    ['2021年6月23日 晚上8点', '2021-06-23T20:00:00+08:00'],
    ['2021年6月23日下午三点半', '2021-06-23T15:30:00+08:00'],
    ['2021年6月2318:05', '2021-06-23T18:05:00+08:00'],
  ])('reads %s as %s', (text, iso) => {
    expect(read(text)).toEqual([iso])
  })

  it('marks 二〇二一年二月卅日 (30 February) as not a real date', () => {
    expect(findDates('二〇二一年二月卅日')[0]?.real).toBe(false)
  })
})

describe('findDates: date order', () => {
  it('reads all-figure dates in the order the context gives, whatever the language', () => {
    expect(read('12/11/2020', { dateOrder: 'day-month' })).toEqual(['2020-11-12'])
    expect(read('12.11.2020', { dateOrder: 'month-day' })).toEqual(['2020-12-11'])
    expect(read('12/11/2020', { language: 'zh', dateOrder: 'month-day' })).toEqual(['2020-12-11'])
  })

  it('reads a first number past 12 as the day in either order', () => {
    expect(read('25/11/2020', { dateOrder: 'month-day' })).toEqual(['2020-11-25'])
  })
})

describe('findDates: a vocabulary of its own', () => {
  const indian = {
    ...dateVocabulary,
    monthNames: { ...dateVocabulary.monthNames, janv: 1, févr: 2 },
    weekdayNames: { ...dateVocabulary.weekdayNames, lun: 1 },
    zoneNames: { ...dateVocabulary.zoneNames, IST: 330 },
  }

  it('reads the month and zone names a vocabulary adds', () => {
    expect(read('14 janv. 2019 10:30 IST', { dates: indian })).toEqual([
      '2019-01-14T10:30:00+05:30',
    ])
    expect(read('Published 3 févr 2021', { dates: indian })).toEqual(['2021-02-03'])
    expect(findDates('lun. 14 janv. 2019', { dates: indian })[0]?.text).toBe('lun. 14 janv. 2019')
  })

  it('leaves the default vocabulary as it was', () => {
    expect(findDates('14 janv. 2019 10:30 IST')).toEqual([])
    expect(read('14 Jan 2019 10:30 IST')).toEqual(['2019-01-14T10:30:00+08:00'])
  })
})

describe('readBasicIsoDate', () => {
  it.each([
    ['20141013', '2014-10-13'],
    ['20141013T1700', '2014-10-13T17:00:00+08:00'],
    ['20141013T170000Z', '2014-10-13T17:00:00+00:00'],
  ])('reads the value %s as %s', (text, iso) => {
    const parts = readBasicIsoDate(text)
    expect(parts && toIsoDate(parts, 'Asia/Shanghai')).toBe(iso)
  })

  it.each(['2014101', 'page 20141013', '20141013 and more'])('reads no date in %j', (text) => {
    expect(readBasicIsoDate(text)).toBeUndefined()
  })

  it('is not looked for in running text', () => {
    expect(findDates('Order number 20141013 was shipped')).toEqual([])
  })
})

describe('toIsoDate', () => {
  const nine = { hour: 9, minute: 0, second: 0 }

  it('writes a date alone when no time is printed', () => {
    expect(toIsoDate({ year: 2014, month: 10, day: 3 }, 'Asia/Shanghai')).toBe('2014-10-03')
  })

  it.each([
    ['Asia/Shanghai', { year: 2014, month: 10, day: 13 }, '2014-10-13T09:00:00+08:00'],
    ['America/New_York', { year: 2021, month: 7, day: 1 }, '2021-07-01T09:00:00-04:00'],
    ['America/New_York', { year: 2021, month: 1, day: 1 }, '2021-01-01T09:00:00-05:00'],
    ['Asia/Kolkata', { year: 2021, month: 1, day: 1 }, '2021-01-01T09:00:00+05:30'],
    ['UTC', { year: 2021, month: 1, day: 1 }, '2021-01-01T09:00:00+00:00'],
  ])('writes the offset of %s on that day', (zone, day, iso) => {
    expect(toIsoDate({ ...day, time: nine }, zone)).toBe(iso)
  })

  it('keeps an offset printed in the text', () => {
    expect(
      toIsoDate({ year: 2021, month: 1, day: 1, time: nine, offset: -330 }, 'Asia/Shanghai'),
    ).toBe('2021-01-01T09:00:00-05:30')
  })

  it('knows leap years', () => {
    expect(isRealDate({ year: 2024, month: 2, day: 29 })).toBe(true)
    expect(isRealDate({ year: 1900, month: 2, day: 29 })).toBe(false)
    expect(isRealDate({ year: 2000, month: 2, day: 29 })).toBe(true)
  })
})
