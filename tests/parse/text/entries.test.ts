import { describe, expect, it } from 'vitest'
import { parseText } from '../../../src/parse/index.js'
import { lostLines } from './accounting.js'

const body =
  'The harbour authority opened a third container terminal on Monday, adding room for two million boxes a year.'

// The text a field's provenance spans in the page.
function provenanceText(page: string, path: string, options: Parameters<typeof parseText>[1] = {}) {
  const { provenance } = parseText(page, { ...options, provenance: true })
  const found = provenance?.find((entry) => entry.path === path)
  return (
    found && { ...found.place, text: page.slice(found.place.start.offset, found.place.end.offset) }
  )
}

describe('a date printed over two or three header lines', () => {
  const page = [
    'Home > News',
    'Harbour Authority Opens Third Terminal',
    'By Jane Doe',
    'March 14,',
    '2019',
    body,
  ].join('\n')

  it('is one date that dates the article, and its lines are consumed', () => {
    const result = parseText(page)
    expect(result.article.datePublished).toBe('2019-03-14')
    expect(lostLines(page, result)).toEqual([])
    expect(result.diagnostics.map((diagnostic) => diagnostic.line)).not.toContain(5)
  })

  it('has a place that spans the lines it was printed on', () => {
    expect(provenanceText(page, 'datePublished')).toMatchObject({
      start: { line: 4, column: 1 },
      end: { line: 5, column: 5 },
      text: 'March 14,\n2019',
    })
  })

  it('reads a Chinese date over two lines and a weekday, day and year over three', () => {
    const chinese = [
      '港务局新码头正式启用',
      '2019年',
      '3月14日',
      '港务局周一启用第三个集装箱码头，每年可多装卸两百万箱货物，码头工人在仪式上发言。',
    ].join('\n')
    expect(parseText(chinese).article.datePublished).toBe('2019-03-14')
    const three = [
      'Harbour Authority Opens Third Terminal',
      'Thursday',
      '14 March',
      '2019',
      body,
    ].join('\n')
    expect(parseText(three).article.datePublished).toBe('2019-03-14')
  })

  it('is not joined across a blank line', () => {
    const apart = ['Harbour Authority Opens Third Terminal', 'March 14,', '', '2019', body].join(
      '\n',
    )
    expect(parseText(apart).article.datePublished).toBeUndefined()
  })
})

describe('a breadcrumb trail continued on the next line', () => {
  const page = [
    'Home > News >',
    'Trade',
    'Harbour Authority Opens Third Terminal',
    'By Jane Doe',
    body,
  ].join('\n')

  it('is one trail', () => {
    const result = parseText(page)
    expect(result.article.breadcrumb).toEqual(['Home', 'News', 'Trade'])
    expect(result.article.headline).toBe('Harbour Authority Opens Third Terminal')
    expect(lostLines(page, result)).toEqual([])
  })

  it('joins a second line that starts with a separator, and spans both lines', () => {
    const marked = [
      '首页 > 新闻中心',
      '> 行业动态',
      '港务局新码头正式启用',
      '港务局周一启用第三个集装箱码头，每年可多装卸两百万箱货物，码头工人在仪式上发言。',
    ].join('\n')
    expect(parseText(marked).article.breadcrumb).toEqual(['首页', '新闻中心', '行业动态'])
    expect(provenanceText(marked, 'breadcrumb')?.text).toBe('首页 > 新闻中心\n> 行业动态')
  })
})

describe('a relative time in the header, with the referenceDate option', () => {
  const page = ['Harbour Authority Opens Third Terminal', 'By Jane Doe', '2 hours ago', body].join(
    '\n',
  )
  const referenceDate = '2021-06-03T10:00:00Z'

  it('dates the article when a reference date is given', () => {
    const { article } = parseText(page, { referenceDate, timeZone: 'UTC' })
    expect(article.datePublished).toBe('2021-06-03T08:00:00+00:00')
    const shanghai = parseText(page, { referenceDate: new Date(referenceDate) })
    expect(shanghai.article.datePublished).toBe('2021-06-03T16:00:00+08:00')
  })

  it('never dates the article without one', () => {
    expect(parseText(page).article.datePublished).toBeUndefined()
  })

  it('reads a Chinese relative time in days', () => {
    const chinese = [
      '港务局新码头正式启用',
      '3天前',
      '港务局周一启用第三个集装箱码头，每年可多装卸两百万箱货物，码头工人在仪式上发言。',
    ].join('\n')
    expect(parseText(chinese, { referenceDate }).article.datePublished).toBe('2021-05-31')
    expect(parseText(chinese).article.datePublished).toBeUndefined()
  })

  it('is read in the header only, not in a list of stories below the body', () => {
    const listed = [
      'Harbour Authority Opens Third Terminal',
      'By Jane Doe',
      body,
      'More stories',
      'Ferry Timetable Changes',
      '2 hours ago',
    ].join('\n')
    expect(parseText(listed, { referenceDate }).article.datePublished).toBeUndefined()
  })

  it('is not read in a sentence of the article', () => {
    const sentence = [
      'Harbour Authority Opens Third Terminal',
      'The first ferry left the new terminal two hours ago, the harbour master said on Monday.',
      body,
    ].join('\n')
    expect(parseText(sentence, { referenceDate }).article.datePublished).toBeUndefined()
  })

  it('ranks below a labelled date', () => {
    const labelled = [
      'Harbour Authority Opens Third Terminal',
      'Published: 2020-01-05',
      '2 hours ago',
      body,
    ].join('\n')
    expect(parseText(labelled, { referenceDate }).article.datePublished).toBe('2020-01-05')
  })

  it('refuses a reference date that is not a valid date-time, naming the option', () => {
    expect(() => parseText(page, { referenceDate: 'yesterday' })).toThrow(RangeError)
    expect(() => parseText(page, { referenceDate: '2021-06-03' })).toThrow(/referenceDate/)
    expect(() => parseText(page, { referenceDate: new Date('nope') })).toThrow(RangeError)
    expect(() => parseText(page, { referenceDate: 42 as unknown as string })).toThrow(TypeError)
    expect(() => parseText(page, { referenceDate: 42 as unknown as string })).toThrow(
      /referenceDate/,
    )
  })
})
