import { describe, expect, it } from 'vitest'
import { parseText } from '../../../src/parse/index.js'
import { isRoleLine } from '../../../src/parse/text/classify.js'
import { cutName } from '../../../src/parse/text/cut-name.js'
import { isJobTitle } from '../../../src/parse/text/job-title.js'
import { compileLabels, defaultLabels } from '../../../src/parse/text/labels.js'
import { mayBeMetaLine, readMetaLine } from '../../../src/parse/text/meta-line.js'
import { splitNames } from '../../../src/parse/text/names.js'
import { isReporterLine } from '../../../src/parse/text/reporter.js'
import { extendVocabulary } from '../../../src/parse/vocabulary/extend-vocabulary.js'
import { defaultVocabulary } from '../../../src/parse/vocabulary/vocabulary.js'

const matcher = compileLabels(defaultLabels)
const meta = (text: string) => readMetaLine(text, matcher, { language: 'en' })
const authorOf = (text: string) =>
  meta(text)
    .values.filter((value) => value.field === 'author')
    .map((value) => value.value)

describe('cutName', () => {
  it.each([
    ['Jane Doe jane.doe@example.com', 'Jane Doe', ['jane.doe@example.com']],
    ['Jane Doe @janedoe', 'Jane Doe', ['@janedoe']],
    ['Jane Doe@janedoe', 'Jane Doe', ['@janedoe']],
    ['Jane Doe Follow', 'Jane Doe', ['Follow']],
    ['Jane Doe Follow @janedoe', 'Jane Doe', ['@janedoe', 'Follow']],
    ['Jane Doe • 2 hours ago', 'Jane Doe', ['• 2 hours ago']],
    ['Jane Doe 2 hours ago', 'Jane Doe', ['2 hours ago']],
    ['Jane Doe an hour ago', 'Jane Doe', ['an hour ago']],
    ['Jane Doe yesterday', 'Jane Doe', ['yesterday']],
    ['Jane Doe • 12/16/16 12:21pm', 'Jane Doe', ['• 12/16/16 12:21pm']],
    ['Jane Doe - 3.05 pm', 'Jane Doe', ['3.05 pm']],
    ['Jane Doe | Staff', 'Jane Doe', ['| Staff']],
    ['Jane Doe and 3 others', 'Jane Doe and', ['3 others']],
  ])('cuts %s to its name', (value, name, cut) => {
    expect(cutName(value)).toEqual({ name, cut })
  })

  it('keeps a day word in capitals, a part of an outlet, in the value', () => {
    expect(cutName('Jane Doe, USA TODAY')).toEqual({ name: 'Jane Doe, USA TODAY', cut: [] })
  })

  it('keeps names with initials, suffixes, nicknames and dots between Chinese names whole', () => {
    for (const name of [
      'J. R. Smith',
      "Mary-Kate O'Neil Jr.",
      'Robert "Bob" Smith',
      '约翰·史密斯',
      'Jane McDonald',
    ]) {
      expect(cutName(name)).toEqual({ name, cut: [] })
    }
  })

  it('sets apart a job title glued to the name, but not the capitals inside a name', () => {
    expect(cutName('Jane RoeStaff Writer').name).toBe('Jane Roe, Staff Writer')
    expect(cutName('Tom DiMarco').name).toBe('Tom DiMarco')
    expect(cutName('Ann McDonald Staff Writer').name).toBe('Ann McDonald Staff Writer')
  })
})

describe('isJobTitle', () => {
  it.each([
    ['Staff Writer', true],
    ['Senior Trade Analyst', true],
    ['Example News Senior Court Analyst', true],
    ['The Example Times', false],
    ['Jane Doe', false],
    ['SENIOR TRADE ANALYSTS.', true],
    ['Analyst for the chamber', false],
    ['One Two Three Four Five Analyst', false],
    ['示例商会负责人出席仪式的分析师', false],
  ])('%s: %s', (text, title) => {
    expect(isJobTitle(text)).toBe(title)
  })

  it('reads the job words a caller adds', () => {
    const vocabulary = extendVocabulary(defaultVocabulary, { roles: { jobs: ['wrangler'] } })
    expect(isJobTitle('Senior Data Wrangler', vocabulary)).toBe(true)
    expect(isJobTitle('Senior Data Wrangler')).toBe(false)
  })
})

describe('isRoleLine', () => {
  it.each([
    ['Staff Writer', true],
    ['China.org.cn staff reporter', true],
    ['CONTRIBUTING PHOTOGRAPHERS', true],
    ['Reporter for the chamber', false],
    ['One Two Three Four staff reporter', false],
    ['本报讯 6月6日上午，示例商会负责人出席仪式。', false],
  ])('%s: %s', (text, role) => {
    expect(isRoleLine(text)).toBe(role)
  })
})

describe('splitNames on bylines', () => {
  it('makes a job title after a comma the job title', () => {
    expect(splitNames('Jane Doe, Staff Writer')).toEqual({
      authors: [{ type: 'Person', name: 'Jane Doe', jobTitle: 'Staff Writer' }],
      notes: [],
      credits: [],
    })
  })

  it('reports an outlet after a comma instead of making it an Organization author', () => {
    expect(splitNames('Jane Doe, The Example Times')).toEqual({
      authors: [{ type: 'Person', name: 'Jane Doe' }],
      notes: ['The Example Times'],
      credits: [],
    })
    expect(splitNames('Jane Doe, EXAMPLE').notes).toEqual(['EXAMPLE'])
    expect(splitNames('Jane Doe, The Week').notes).toEqual(['The Week'])
    expect(splitNames('Jane Doe, USA TODAY').notes).toEqual(['USA TODAY'])
    expect(splitNames('JANE DOE, JOHN ROE').authors.map((a) => a.name)).toEqual([
      'JANE DOE',
      'JOHN ROE',
    ])
    expect(splitNames('Jane Doe and John Roe, Example News')).toEqual({
      authors: [
        { type: 'Person', name: 'Jane Doe' },
        { type: 'Person', name: 'John Roe' },
      ],
      notes: ['Example News'],
      credits: [],
    })
  })

  it('keeps a body that is the only author an Organization', () => {
    expect(splitNames('The Example Times').authors).toEqual([
      { type: 'Organization', name: 'The Example Times' },
    ])
  })

  it('reads several names joined by and, & and commas', () => {
    expect(splitNames('JANE DOE, JOHN ROE and MARY MAJOR').authors.map((a) => a.name)).toEqual([
      'JANE DOE',
      'JOHN ROE',
      'MARY MAJOR',
    ])
    expect(splitNames('Jane Doe & John Roe').authors.map((a) => a.name)).toEqual([
      'Jane Doe',
      'John Roe',
    ])
  })

  it('keeps initials, a suffix after a comma and a nickname in one name', () => {
    expect(splitNames("J. R. Smith and Mary-Kate O'Neil Jr.").authors.map((a) => a.name)).toEqual([
      'J. R. Smith',
      "Mary-Kate O'Neil Jr.",
    ])
    expect(splitNames("Mary-Kate O'Neil, Jr.").authors).toEqual([
      { type: 'Person', name: "Mary-Kate O'Neil, Jr." },
    ])
    expect(splitNames('Robert "Bob" Smith').authors).toEqual([
      { type: 'Person', name: 'Robert "Bob" Smith' },
    ])
    expect(splitNames('Robert (Bob) Smith').authors).toEqual([
      { type: 'Person', name: 'Robert (Bob) Smith' },
    ])
  })

  it('still reads a role in brackets between two names', () => {
    expect(splitNames('WU Hua (Reporter) LI Ming (Intern)').authors).toEqual([
      { type: 'Person', name: 'WU Hua', jobTitle: 'Reporter' },
      { type: 'Person', name: 'LI Ming', jobTitle: 'Intern' },
    ])
  })

  it('makes photographers, illustrators and translators credits, not authors', () => {
    expect(splitNames('Jane Doe; Photos by John Roe')).toEqual({
      authors: [{ type: 'Person', name: 'Jane Doe' }],
      notes: [],
      credits: ['Photos by John Roe'],
    })
    expect(splitNames('Jane Doe, Illustration by Mary Major').credits).toEqual([
      'Illustration by Mary Major',
    ])
    expect(splitNames('Jane Doe (photos)').credits).toEqual(['Jane Doe (photos)'])
    expect(splitNames('张三 王五 摄').credits).toEqual(['张三 王五 摄'])
    expect(splitNames('李四、王五 摄影')).toMatchObject({
      authors: [{ name: '李四' }],
      credits: ['王五 摄影'],
    })
    expect(splitNames('翻译：赵六').credits).toEqual(['翻译：赵六'])
  })

  it.each([
    ['本报记者 张三', '本报记者', '张三'],
    ['特约评论员 李四', '特约评论员', '李四'],
    ['专栏作者 王五', '专栏作者', '王五'],
    ['实习记者 赵六', '实习记者', '赵六'],
    ['本報記者陳七', '本報記者', '陳七'],
  ])('makes the Chinese role of %s the job title', (value, jobTitle, name) => {
    expect(splitNames(value).authors).toEqual([{ type: 'Person', name, jobTitle }])
  })

  it('gives a role standing apart to each name after it', () => {
    expect(splitNames('特约评论员 张三 李四').authors).toEqual([
      { type: 'Person', name: '张三', jobTitle: '特约评论员' },
      { type: 'Person', name: '李四', jobTitle: '特约评论员' },
    ])
  })
})

describe('readMetaLine on bylines', () => {
  it('cuts a byline at a bullet and a relative time, and reports what followed', () => {
    const line = meta('By Jane Doe • 2 hours ago')
    expect(line.values.map((v) => [v.field, v.value])).toEqual([['author', 'Jane Doe']])
    expect(line.rest).toEqual(['• 2 hours ago'])
  })

  it('cuts a byline at an e-mail address and a date after a dash', () => {
    const line = meta('By Jane Doe jane@example.com - March 3, 2021')
    expect(line.values.map((v) => v.value)).toEqual(['Jane Doe'])
    expect(line.dates.map((d) => d.text)).toEqual(['March 3, 2021'])
    expect(line.rest).toEqual(['jane@example.com'])
  })

  it('reads a byline printed with its label twice, and after the kind of piece', () => {
    expect(authorOf('Byby JANE DOE and JOHN ROE')).toEqual(['JANE DOE and JOHN ROE'])
    expect(authorOf('Analysis by Jane Doe, Example News Senior Analyst')).toEqual([
      'Jane Doe, Example News Senior Analyst',
    ])
    expect(authorOf('Opinion by Jane Doe')).toEqual(['Jane Doe'])
  })

  it('does not read a sentence with "by" in it as a byline', () => {
    expect(authorOf('Shot by police, a man was taken to hospital')).toEqual([])
    expect(authorOf('Analysis by the end of the year')).toEqual([])
  })

  it('reads a photo credit without a colon as an ignored value, not an author', () => {
    expect(meta('Photos by John Roe').values.map((v) => [v.field, v.value])).toEqual([
      ['ignored', 'John Roe'],
    ])
  })

  it('reads a Chinese byline between a date and nothing', () => {
    const line = meta('2021-05-06 10:20 示例日报 记者张三／台北报导')
    expect(line.values.map((v) => [v.field, v.value])).toEqual([['author', '张三']])
    expect(line.rest).toEqual(['示例日报', '台北报导'])
  })

  it('tells a line that may hold a byline from running text', () => {
    expect(mayBeMetaLine('Byby JANE DOE')).toBe(true)
    expect(mayBeMetaLine('Analysis by Jane Doe')).toBe(true)
    expect(mayBeMetaLine('Photos by John Roe')).toBe(true)
    expect(mayBeMetaLine('The chamber opened an office')).toBe(false)
  })

  it('takes a slash after a Han character as a Chinese credit, and no other slash', () => {
    expect(mayBeMetaLine('文/张三 图/李四')).toBe(true)
    expect(mayBeMetaLine('编辑／王五')).toBe(true)
    // A Han character beyond the Basic Multilingual Plane, then the slash.
    expect(mayBeMetaLine('𠀀/张三')).toBe(true)
    expect(mayBeMetaLine('Home / World / Asia')).toBe(false)
    expect(mayBeMetaLine('商会 / 新闻')).toBe(false)
  })

  it('tells a Chinese byline line from a line without a reporter', () => {
    expect(isReporterLine('台灣新聞網記者楊川欽/台中報導')).toBe(true)
    expect(isReporterLine('记者 王磊 报道')).toBe(true)
    expect(isReporterLine('商会副会长表示，将继续为会员企业搭建交流平台。')).toBe(false)
    expect(
      isReporterLine('本报讯（记者 赵强）6月6日上午，市外地商会联合会揭牌仪式在会展中心举行。'),
    ).toBe(false)
  })
})

describe('parseText on pages with bylines', () => {
  const page = (byline: string) =>
    parseText(
      [
        'Harbour Authority Opens New Cargo Terminal',
        byline,
        'Published: March 3, 2021',
        '',
        'The harbour authority opened a cargo terminal on Wednesday, doubling what the port can handle in a year.',
      ].join('\n'),
    )

  it('gives a Person author with a job title, and reports the outlet', () => {
    const { article, diagnostics } = page('By Jane Doe, The Example Times')
    expect(article.authors).toEqual([{ type: 'Person', name: 'Jane Doe' }])
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: 'unlabelled-text', actual: 'The Example Times', line: 2 }),
    )
    expect(page('By Jane Doe, Staff Writer').article.authors).toEqual([
      { type: 'Person', name: 'Jane Doe', jobTitle: 'Staff Writer' },
    ])
  })

  it('reports a photographer credited in the byline, not as an author', () => {
    const { article, diagnostics } = page('By Jane Doe; Photos by John Roe')
    expect(article.authors).toEqual([{ type: 'Person', name: 'Jane Doe' }])
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: 'ignored-label', actual: 'Photos by John Roe' }),
    )
  })

  it('reads a byline with a handle, a relative time and a counter as one name', () => {
    const { article, diagnostics } = page('By Jane Doe @janedoe • 2 hours ago 12 Comments')
    expect(article.authors).toEqual([{ type: 'Person', name: 'Jane Doe' }])
    const actual = diagnostics.filter((d) => d.line === 2).map((d) => d.actual)
    expect(actual).toEqual(expect.arrayContaining(['@janedoe', '• 2 hours ago', '12 Comments']))
  })
})
