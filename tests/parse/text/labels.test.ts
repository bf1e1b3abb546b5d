import { describe, expect, it } from 'vitest'
import { compileLabels, defaultLabels, type LabelField } from '../../../src/parse/text/labels.js'
import { readMetaLine } from '../../../src/parse/text/meta-line.js'
import { splitNames } from '../../../src/parse/text/names.js'
import { extendLabels } from '../../../src/parse/vocabulary/extend-vocabulary.js'

const matcher = compileLabels(defaultLabels)
const read = (text: string) =>
  readMetaLine(text, matcher, { language: 'en' }).values.map((v) => [v.field, v.value])

describe('the label dictionary', () => {
  const every = (Object.keys(defaultLabels) as LabelField[]).flatMap((field) =>
    defaultLabels[field].map((label) => [label, field] as const),
  )

  it.each(every)('reads "%s: value" as %s, with a half-width colon', (label, field) => {
    expect(readMetaLine(`${label}: X1`, matcher, {}).values[0]?.field).toBe(field)
  })

  it.each(every)(
    'reads "%s：value" as %s, with a full-width colon and no space',
    (label, field) => {
      expect(readMetaLine(`${label}：X1`, matcher, {}).values[0]?.field).toBe(field)
    },
  )

  it.each([
    ['Source', 'Soruce', 'From', '来源', '稿源', '来源于', '稿件来源', '信息来源', '來源'],
    [
      'Author',
      'By',
      'Writer',
      'Reporter',
      'Written by',
      '作者',
      '文',
      '记者',
      '撰稿',
      '通讯员',
      '記者',
    ],
    ['Editor', 'Edited by', '编辑', '责任编辑', '审核', '編輯', '責任編輯'],
    [
      'Add Time',
      'Publish Time',
      'Published',
      'Release Date',
      'Release time',
      'Date',
      'Time',
      '发布时间',
      '发布日期',
      '发表时间',
      '时间',
      '日期',
      '發布時間',
      '發佈日期',
    ],
    ['Updated', '更新时间'],
    ['Views', 'Hits', '点击数', '浏览次数'],
  ])('covers the labels the archive prints: %s and the rest of its row', (...labels) => {
    const all = Object.values(defaultLabels).flat()
    for (const label of labels) expect(all).toContain(label)
  })
})

describe('readMetaLine', () => {
  it('reads three labels sharing a line, values with spaces, the misspelt Soruce', () => {
    expect(
      read(
        'Soruce:The China Provinces and US States Cooperation Author:The China Provinces and US States Cooperation Add Time:2014-10-13 00:00:00',
      ),
    ).toEqual([
      ['source', 'The China Provinces and US States Cooperation'],
      ['author', 'The China Provinces and US States Cooperation'],
      ['published', '2014-10-13 00:00:00'],
    ])
  })

  it('reads labels in any order, separated by bars', () => {
    expect(
      read('发布时间: 2019-12-08 11:30:00 | 来源: 中国网 | 作者: 刘凯 | 责任编辑: 杨楠'),
    ).toEqual([
      ['published', '2019-12-08 11:30:00'],
      ['source', '中国网'],
      ['author', '刘凯'],
      ['editor', '杨楠'],
    ])
  })

  it('prefers the longest label: 责任编辑 over 编辑, Updated over Update', () => {
    expect(read('责任编辑：赵强')).toEqual([['editor', '赵强']])
    expect(read('Updated: 2020-12-18')).toEqual([['updated', '2020-12-18']])
  })

  it('reads a label glued to what precedes it: 缩小字体发布日期：, 2013-03-11Hits:', () => {
    expect(read('放大字体 缩小字体发布日期:2008-03-27')).toEqual([['published', '2008-03-27']])
    expect(read('Updated:2013-03-11Hits:12').map(([field]) => field)).toEqual([
      'updated',
      'ignored',
    ])
  })

  it('does not read a label inside a word: Date in Updated, 文 in 原文', () => {
    expect(read('Mandate: none')).toEqual([])
    expect(read('原文:http://www.example.org')).toEqual([])
  })

  it('cuts widget words after a value and reports them', () => {
    const meta = readMetaLine('Source: Zhongshan Daily Large Medium Small Print', matcher, {})
    expect(meta.values[0]?.value).toBe('Zhongshan Daily')
    expect(meta.widgets).toEqual(['Large Medium Small Print'])
  })

  it('takes a date printed inside another value out of it', () => {
    const meta = readMetaLine('Source:Taizhou 2023-11-17 15:34', matcher, {})
    expect(meta.values[0]?.value).toBe('Taizhou')
    expect(meta.dates.map((d) => d.text)).toEqual(['2023-11-17 15:34'])
  })

  it('reads a byline without a colon, and not a sentence starting with By', () => {
    expect(read('By Xin Zhiming and Liu Jie')).toEqual([['author', 'Xin Zhiming and Liu Jie']])
    expect(read('By the end of 2016, exports grew')).toEqual([])
  })

  it('reads a blog byline, its categories left out: "Posted by Admin on <date> in News, Events"', () => {
    const meta = readMetaLine('Posted by Admin on April 25, 2019 in News, Events', matcher, {})
    expect(meta.values.map((value) => value.field)).toEqual(['author'])
    expect(meta.dates.map((date) => date.text)).toEqual(['April 25, 2019'])
    expect(splitNames(meta.values[0]?.value ?? '')).toEqual({
      authors: [{ type: 'Person', name: 'Admin' }],
      notes: ['in News, Events'],
      credits: [],
    })
  })

  it("ends a byline's name at a date, and reports a handle and the text after the date", () => {
    const meta = readMetaLine(
      'by Jane Doe @janedoe November 29, 2016: 3:42 PM ET Business',
      matcher,
      {},
    )
    expect(meta.values.map((v) => [v.field, v.value])).toEqual([['author', 'Jane Doe']])
    expect(meta.dates.map((d) => d.text)).toEqual(['November 29, 2016: 3:42 PM ET'])
    expect(meta.rest).toEqual(['Business', '@janedoe'])
    expect(splitNames('Jane Doe @janedoe')).toEqual({
      authors: [{ type: 'Person', name: 'Jane Doe' }],
      notes: ['@janedoe'],
      credits: [],
    })
  })

  it('reads "Posted on <date> by <name>" as a date and an author', () => {
    const meta = readMetaLine('Posted on May 5, 2020 by John Smith', matcher, {})
    expect(meta.values.map((v) => [v.field, v.value])).toEqual([['author', 'John Smith']])
    expect(meta.dates.map((d) => d.text)).toEqual(['May 5, 2020'])
  })

  it('reads a Chinese credit with a slash after a one-character label: 文/张三 图/李四', () => {
    expect(read('文/张三 图/李四')).toEqual([
      ['author', '张三'],
      ['ignored', '李四'],
    ])
    expect(read('首页/新闻')).toEqual([])
  })

  it('ends a value at a closing bracket without its opening one', () => {
    const meta = readMetaLine('(編輯:呂佳蓉)1131210', matcher, {})
    expect(meta.values.map((v) => v.value)).toEqual(['呂佳蓉'])
    expect(meta.rest).toEqual(['1131210'])
  })

  it('keeps what a line with a value or a date leaves over, tidied', () => {
    expect(readMetaLine('Hangzhou News  |  Monday 2023-11-17', matcher, {}).rest).toEqual([
      'Hangzhou News',
    ])
    expect(readMetaLine('GDCOM Source: Example Daily', matcher, {}).rest).toEqual(['GDCOM'])
  })

  it('reads nothing from a line with figures but no value and no date: it is no meta line', () => {
    const meta = readMetaLine('3月5日，示例商会组织三十余家会员企业参加交易会。', matcher, {
      language: 'zh',
    })
    expect(meta).toEqual({ values: [], dates: [], rest: [], widgets: [] })
  })
})

describe('extendLabels', () => {
  it('adds words to a field and takes them from the others', () => {
    const labels = extendLabels(defaultLabels, { source: ['Quelle'], ignored: ['Date'] })
    expect(labels.source).toContain('Quelle')
    expect(labels.published).not.toContain('Date')
    expect(labels.ignored).toContain('Date')
  })
})
