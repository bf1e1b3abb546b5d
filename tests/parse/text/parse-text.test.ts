import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ArticleParseError, parseText } from '../../../src/parse/index.js'
import { formatDiagnostic, validateArticle } from '../../../src/schema/index.js'
import { lostLines } from './accounting.js'

const folder = new URL('../../fixtures/text/', import.meta.url)
const names = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
const read = (name: string) => readFileSync(new URL(name, folder), 'utf8')
const parse = (name: string) => parseText(read(name))
const firstParagraph = (name: string) => {
  const node = parse(name).article.body.children[0]
  return node?.type === 'paragraph' && node.children[0]?.type === 'text'
    ? node.children[0].value
    : undefined
}

describe('parseText on the fixtures', () => {
  it.each(names)('makes a valid article of %s', (name) => {
    expect(validateArticle(parse(name).article).success).toBe(true)
  })

  it.each(names)('loses no line of %s', (name) => {
    const text = read(name)
    expect(lostLines(text, parseText(text))).toEqual([])
  })

  it.each(names)('gives the same output twice for %s', (name) => {
    expect(JSON.stringify(parse(name))).toBe(JSON.stringify(parse(name)))
  })
})

describe('the chamber CMS page (misspelt label, three labels on one line)', () => {
  const { article, diagnostics } = parse('en-chamber-cms.txt')

  it('reads every field of the meta line', () => {
    expect(article).toMatchObject({
      language: 'en',
      headline: 'Chamber Delegation Visits Hamburg Machinery Fair',
      source: { name: 'Example Chamber of Commerce for Machinery' },
      authors: [{ type: 'Organization', name: 'Example Chamber of Commerce for Machinery' }],
      datePublished: '2016-05-12T09:30:00+08:00',
      breadcrumb: ['Home', 'News Content'],
      translations: [{ language: 'zh', label: '中文版' }],
    })
  })

  it('keeps the paragraphs, white space normalised, and leaves the footer out', () => {
    expect(article.body.children).toHaveLength(3)
    expect(firstParagraph('en-chamber-cms.txt')).toBe(
      'On the morning of May 10th, a delegation of twenty member companies visited the Hamburg Machinery Fair, where they met buyers from eleven countries.',
    )
  })

  it('reports the furniture with its line and column', () => {
    expect(
      diagnostics.map((d) => formatDiagnostic(d, { file: 'page.txt' })),
    ).toMatchInlineSnapshot(`
      [
        "page.txt:1:1: info Took "Welcome to EXAMPLE CHAMBER" as site furniture, not article text [site-furniture]",
        "page.txt:15:1: info Took "【Print】 【Close】" as site furniture, not article text [site-furniture]",
        "page.txt:16:1: info Took "Copyright © 2016 Example Chamber of Commerce for Machinery. All rights reserved." as site furniture, not article text [site-furniture]",
      ]
    `)
  })
})

describe('the English pages', () => {
  it('reads a pipe-separated byline with two authors, a place and an outlet', () => {
    const { article } = parse('en-byline-pipe.txt')
    expect(article.authors.map((a) => a.name)).toEqual(['Li Wei', 'Anna Schmidt'])
    expect(article.datePublished).toBe('2019-04-02T08:15:00+08:00')
    expect(article.breadcrumb).toEqual(['Home', 'Business', 'Trade'])
  })

  it('keeps "By the end of 2020" in the body: a byline names someone', () => {
    const { article } = parse('en-byline-pipe.txt')
    expect(article.body.children).toHaveLength(3)
  })

  it('dates a page by its dateline when it prints no date', () => {
    expect(parse('en-press-dateline.txt').article.datePublished).toBe('2021-03-03')
  })

  it('takes a sentence-case line under a Title Case headline as its subtitle', () => {
    const { article } = parse('en-deck-trailer.txt')
    expect(article.headline).toBe('Applications Open for the Export Excellence Awards')
    expect(article.alternativeHeadline).toBe(
      'Awards honor member companies that have grown their sales in foreign markets',
    )
  })

  it.each([
    [
      'ends in a word no headline ends with',
      'Machinery Exporters Meet Buyers from\nGermany and France in Shanghai',
    ],
    [
      'goes on in lower case',
      'Machinery Exporters Meet Buyers\nfrom Germany and France in Shanghai',
    ],
  ])('joins a headline wrapped over two lines whose first %s', (_, lines) => {
    const { article, diagnostics } = parseText(
      `News Release\n${lines}\nJuly 31, 2020\nMore than forty machinery exporters met buyers from Germany and France on Friday.`,
    )
    expect(article.headline).toBe(
      'Machinery Exporters Meet Buyers from Germany and France in Shanghai',
    )
    expect(diagnostics.map((d) => d.actual)).toEqual(['News Release'])
  })

  it.each([
    ['a blank line between', 'Export Report Out\n\nGermany and France in Shanghai'],
    ['a label above', 'Topic:\nGermany and France in Shanghai'],
  ])('keeps a headline to one line with %s', (_, lines) => {
    const { article } = parseText(
      `${lines}\nJuly 31, 2020\nMore than forty machinery exporters met buyers from Germany and France on Friday.`,
    )
    expect(article.headline).toBe('Germany and France in Shanghai')
  })

  it('reads the source and editor printed after the body', () => {
    const { article } = parse('en-deck-trailer.txt')
    expect(article.source).toEqual({ name: 'Example Trade Office' })
    expect(article.editors).toEqual([{ type: 'Person', name: 'Chen Hao' }])
    expect(article.body.children).toHaveLength(2)
  })

  it("prefers the page's date to a crawler's stamp, and reports the stamp", () => {
    const { article, diagnostics } = parse('en-stamp-widget.txt')
    expect(article.datePublished).toBe('2022-01-05')
    expect(diagnostics.filter((d) => d.ruleId === 'unused-date').map((d) => d.actual)).toEqual([
      '2022-01-06',
      'Wednesday, January 5, 2022',
    ])
  })

  it('starts the body at the running text, not at a place name under the date', () => {
    expect(firstParagraph('en-stamp-widget.txt')).toMatch(/^LAHORE - The industry council/)
  })

  it('reads "Written by <name> on <date>" as an author and a date', () => {
    const { article } = parseText(
      'Chamber Opens New Office\nWritten by John Smith on May 6, 2020\nThe chamber opened a new office in the city centre on Monday, officials said.',
    )
    expect(article.authors).toEqual([{ type: 'Person', name: 'John Smith' }])
    expect(article.datePublished).toBe('2020-05-06')
  })

  it('reads a time printed before its date, and a web editor credit', () => {
    const { article } = parse('en-time-first.txt')
    expect(article.datePublished).toBe('2023-03-14T17:00:00+08:00')
    expect(article.editors?.map((e) => e.name)).toEqual(['Zhang Wei', 'Liang Jun'])
  })
})

describe('the Chinese pages', () => {
  it('reads full-width colons and ideographic spaces between labels', () => {
    const { article, diagnostics } = parse('zh-simplified-fullwidth.txt')
    expect(article).toMatchObject({
      language: 'zh',
      headline: '示例商会组织企业参加春季交易会',
      datePublished: '2021-03-05T10:20:00+08:00',
      source: { name: '示例商会' },
      authors: [
        { type: 'Person', name: '王明' },
        { type: 'Person', name: '李华' },
      ],
      editors: [{ type: 'Person', name: '赵强' }],
      breadcrumb: ['首页', '新闻中心', '正文'],
    })
    expect(diagnostics.find((d) => d.ruleId === 'ignored-label')?.actual).toBe('点击数: 35')
  })

  it('leaves out a page-view counter beside an English date', () => {
    const { article, diagnostics } = parseText(
      'Chamber Opens New Office\nPublished: October 13, 2014 Page views: 215\nThe chamber opened a new office in the city centre on Monday.',
    )
    expect(article.datePublished).toBe('2014-10-13')
    expect(diagnostics.map((d) => [d.ruleId, d.actual])).toEqual([
      ['ignored-label', 'Page views: 215'],
    ])
  })

  it('leaves out a hit counter in traditional characters beside the date', () => {
    const { article, diagnostics } = parseText(
      '首頁 > 最新消息\n本會舉辦機械出口座談會\n發佈日期：103年10月13日　　點閱數：215\n本會於十月十三日舉辦機械出口座談會，邀請業者分享拓展東南亞市場的經驗。',
    )
    expect(article.datePublished).toBe('2014-10-13')
    expect(diagnostics.map((d) => [d.ruleId, d.actual])).toEqual([['ignored-label', '點閱數: 215']])
  })

  it('reads an ROC-era date on a traditional-character page as a Gregorian date', () => {
    const { article } = parse('zh-traditional-roc.txt')
    expect(article.datePublished).toBe('2021-03-05')
    expect(article.source).toEqual({ name: '示例貿易協會' })
    expect(article.editors).toEqual([{ type: 'Person', name: '陳怡' }])
  })

  it('takes the headline printed twice above the body, and the reporter in the opening bracket', () => {
    const { article } = parse('zh-epaper-reporter.txt')
    expect(article.headline).toBe('商会联合会揭牌成立')
    expect(article.datePublished).toBe('2020-06-08')
    expect(article.authors).toEqual([{ type: 'Person', name: '刘洋' }])
  })
})

describe('options', () => {
  const page =
    'Chamber Opens New Office\n\nAdd Time:2014-07-01 09:00:00\n\nThe chamber opened a new office in the city centre on Monday.'

  it('writes times with the offset of the timeZone option, summer time included', () => {
    expect(parseText(page, { timeZone: 'Europe/Berlin' }).article.datePublished).toBe(
      '2014-07-01T09:00:00+02:00',
    )
    expect(parseText(page).article.datePublished).toBe('2014-07-01T09:00:00+08:00')
  })

  it('forces the language', () => {
    expect(parseText(page, { language: 'zh' }).article.language).toBe('zh')
  })

  it('sets url and a stable id from the url option', () => {
    const { article } = parseText(page, { url: 'https://www.example.org/news/2014/07/office.html' })
    expect(article.url).toBe('https://www.example.org/news/2014/07/office.html')
    expect(article.id).toBe('www-example-org-news-2014-07-office')
  })

  it('reads labels added through the labels option', () => {
    const text =
      'Chamber Opens New Office\n\nQuelle: Handelskammer Hamburg\n\nThe chamber opened a new office in the city centre on Monday.'
    expect(parseText(text).article.source).toBeUndefined()
    expect(parseText(text, { labels: { source: ['Quelle'] } }).article.source).toEqual({
      name: 'Handelskammer Hamburg',
    })
  })

  it.each([
    [{ timeZone: 'Mars/Olympus' }, RangeError, /Invalid `timeZone` "Mars\/Olympus"/],
    [{ language: 'fr' }, RangeError, /Invalid `language` "fr"/],
    [{ url: 'javascript:alert(1)' }, RangeError, /Invalid `url`/],
    [{ labels: { source: 'Quelle' } }, TypeError, /Invalid `labels.source`/],
    [{ labels: { subject: ['Betreff'] } }, RangeError, /Invalid `labels.subject`/],
  ])('throws for the bad option %j', (options, type, message) => {
    expect(() => parseText(page, options as never)).toThrow(type)
    expect(() => parseText(page, options as never)).toThrow(message)
  })
})

describe('errors', () => {
  it.each(['', '   \n\t\n\u3000'])(
    'throws ArticleParseError with an empty-input diagnostic for %j',
    (text) => {
      try {
        parseText(text)
        expect.unreachable()
      } catch (error) {
        expect(error).toBeInstanceOf(ArticleParseError)
        expect((error as ArticleParseError).diagnostics.map((d) => d.ruleId)).toEqual([
          'empty-input',
        ])
      }
    },
  )

  it('throws ArticleParseError when no line can be the headline', () => {
    const text = '【Print】 【Close】\nCopyright © 2020 Example Chamber. All rights reserved.\n'
    expect(() => parseText(text)).toThrow(ArticleParseError)
    try {
      parseText(text, { file: 'footer.txt' })
    } catch (error) {
      expect((error as ArticleParseError).diagnostics.at(-1)).toMatchObject({
        ruleId: 'missing-headline',
        severity: 'error',
        line: 1,
        column: 1,
      })
      expect((error as Error).message).toContain('footer.txt:1:1: error')
    }
  })

  it.each([undefined, 42, ['x'], null])('throws a TypeError naming `text` for %j', (value) => {
    expect(() => parseText(value as never)).toThrow(/Invalid `text`/)
  })

  it('reports an impossible date and leaves the article undated', () => {
    const { article, diagnostics } = parseText(
      'Chamber Opens New Office\n\nAdd Time:2014-02-30 10:00:00\n\nThe chamber opened a new office in the city centre on Monday.',
    )
    expect(article.datePublished).toBeUndefined()
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        ruleId: 'impossible-date',
        severity: 'warning',
        line: 3,
        column: 10,
        place: {
          start: { line: 3, column: 10, offset: 35 },
          end: { line: 3, column: 29, offset: 54 },
        },
      }),
    )
  })

  it('reports a date label whose value is not a date', () => {
    const { diagnostics } = parseText(
      'Chamber Opens New Office\n\nPublish Time: soon\n\nThe chamber opened a new office in the city centre on Monday.',
    )
    expect(diagnostics.find((d) => d.ruleId === 'unparsed-date')?.actual).toBe('soon')
  })

  it.each([
    ['2014-10-13 17:00-18:00', '2014-10-13T17:00:00+08:00', '18:00'],
    ['2014-10-13 (Beijing time)', '2014-10-13', 'Beijing time'],
    ['Mon, 13 Oct 2014 06:00:00 CST', '2014-10-13T06:00:00+08:00', 'CST'],
  ])('reads the date of "Add Time: %s" and reports the rest of the value', (value, iso, rest) => {
    const { article, diagnostics } = parseText(
      `Chamber Opens New Office\nAdd Time: ${value}\nThe chamber opened a new office in the city centre on Monday.`,
    )
    expect(article.datePublished).toBe(iso)
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        ruleId: 'unparsed-date',
        severity: 'warning',
        line: 2,
        actual: rest,
      }),
    )
  })

  it.each(['2014-10-13 Monday', 'Mon 10/13/2014', '2014-10-13 星期一', '10/13/2014 5:00 PM'])(
    'reports nothing beside the date "%s", weekday and all',
    (value) => {
      const { diagnostics } = parseText(
        `Chamber Opens New Office\nAdd Time: ${value}\nThe chamber opened a new office in the city centre on Monday.`,
      )
      expect(diagnostics).toEqual([])
    },
  )
})

describe('large and hostile input', () => {
  it('reads a page of a hundred thousand lines', () => {
    const paragraph =
      'The chamber opened a new office in the city centre on Monday, officials said.'
    const text = `Chamber Opens New Office\n${`${paragraph}\n`.repeat(100_000)}`
    expect(parseText(text).article.body.children).toHaveLength(100_000)
  }, 60_000)

  it('reads a single line of a megabyte full of brackets, slashes and colons', () => {
    const line = `Chamber Opens New Office\n(${'a/b: (c) '.repeat(110_000)}`
    expect(parseText(line).article.headline).toBe('Chamber Opens New Office')
  })
})
