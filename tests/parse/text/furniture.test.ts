// Site furniture is matched on whole short lines at the page's edges, never on a
// sentence of the body; text left out that looks like prose is a warning.
import { describe, expect, it } from 'vitest'
import { parseText } from '../../../src/parse/index.js'
import type { Diagnostic } from '../../../src/schema/index.js'

const paragraphs = (text: string) =>
  parseText(text).article.body.children.map((node) =>
    node.type === 'paragraph' && node.children[0]?.type === 'text' ? node.children[0].value : '',
  )
const onLine = (diagnostics: Diagnostic[], text: string, line: string) => {
  const number = text.split('\n').indexOf(line) + 1
  return diagnostics.filter((d) => d.line === number)
}

const englishSentences = [
  'The plant is powered by wind and sun, and it feeds the harbour.',
  'Copyright holders of the design were thanked by the mayor.',
  'All rights reserved, the engineers joked, is what they had written on the plans.',
  'Print and share the report, the chairman told the members.',
  'Contact us, the sign at the gate says, and visitors do.',
  'Home owners nearby will get cheaper power from June.',
]
const englishFooter = [
  'Copyright © 2020 Example Chamber',
  'All rights reserved',
  'Powered by Example CMS',
  '【Print】 【Close】',
  'Share',
  'Contact us',
  'Home',
]
const englishPage = [
  'Home > News > Content',
  '',
  'Chamber Opens Solar Plant in Hamburg',
  '',
  'Source: Example Chamber Add Time: 2020-05-06 10:00:00',
  '',
  'The chamber opened a solar plant in Hamburg on Tuesday, the first of its kind in the region.',
  '',
  ...englishSentences.flatMap((sentence) => [sentence, '']),
  'The plant will open to visitors next year, the chamber said.',
  '',
  ...englishFooter,
].join('\n')

const chineseSentences = [
  '电站设计图纸的版权所有人示例公司出席了活动并致辞。',
  '本次活动由示例科技公司提供技术支持：包括直播和现场翻译。',
  '工作人员在现场打印了参观指南，供来宾取阅。',
  '活动结束后，会场大门于下午五时关闭，来宾陆续离场。',
]
const chineseFooter = [
  '版权所有：示例商会　京ICP备12345678号',
  '技术支持：示例科技',
  '【打印】【关闭】',
]
const chinesePage = [
  '首页 > 新闻中心 > 正文',
  '',
  '示例商会举办光伏电站开放日',
  '',
  '发布时间：2020年5月6日 10:00　来源：示例商会',
  '',
  '5月6日，示例商会在汉堡举办光伏电站开放日活动，三十余家会员企业参加。',
  '',
  ...chineseSentences.flatMap((sentence) => [sentence, '']),
  '商会将于明年继续举办此类活动。',
  '',
  ...chineseFooter,
].join('\n')

describe('furniture words inside body sentences', () => {
  it.each(englishSentences)('keeps "%s" in the body, and the paragraphs after it', (sentence) => {
    const body = paragraphs(englishPage)
    expect(body).toContain(sentence)
    expect(body.at(-1)).toBe('The plant will open to visitors next year, the chamber said.')
  })

  it.each(chineseSentences)('keeps "%s" in the body, and the paragraphs after it', (sentence) => {
    const body = paragraphs(chinesePage)
    expect(body).toContain(sentence)
    expect(body.at(-1)).toBe('商会将于明年继续举办此类活动。')
  })

  it('reports nothing on a body sentence', () => {
    const { diagnostics } = parseText(englishPage)
    for (const sentence of englishSentences) {
      expect(onLine(diagnostics, englishPage, sentence)).toEqual([])
    }
  })
})

describe('the same words as short lines in the footer', () => {
  it.each(englishFooter)('leaves out "%s" as site furniture, an info', (line) => {
    const { diagnostics } = parseText(englishPage)
    expect(onLine(diagnostics, englishPage, line)).toMatchObject([
      { ruleId: 'site-furniture', severity: 'info', actual: line },
    ])
    expect(paragraphs(englishPage)).not.toContain(line)
  })

  it.each(chineseFooter)('leaves out "%s" as site furniture, an info', (line) => {
    const { diagnostics } = parseText(chinesePage)
    expect(onLine(diagnostics, chinesePage, line)).toMatchObject([
      { ruleId: 'site-furniture', severity: 'info' },
    ])
    expect(paragraphs(chinesePage)).not.toContain(line)
  })
})

describe('where the footer starts', () => {
  const head = [
    'Chamber Opens Solar Plant in Hamburg',
    '',
    'The chamber opened a plant on Tuesday in the harbour of Hamburg.',
    '',
  ]

  it('keeps a furniture-looking line with a paragraph right under it in the body', () => {
    const text = [
      ...head,
      'Copyright law',
      'The plant’s design is protected, the lawyers of the chamber said.',
    ].join('\n')
    expect(paragraphs(text)).toEqual([
      'The chamber opened a plant on Tuesday in the harbour of Hamburg.',
      'Copyright law',
      'The plant’s design is protected, the lawyers of the chamber said.',
    ])
  })

  it('leaves out a block of links inside the article and goes on with the text under it', () => {
    const text = [
      ...head,
      'Most popular',
      'Ten Tools You Should Have',
      'JOHN SMITH',
      'The plant will open to visitors next year, the chamber said on Friday.',
    ].join('\n')
    const { article, diagnostics } = parseText(text)
    expect(paragraphs(text)).toEqual([
      'The chamber opened a plant on Tuesday in the harbour of Hamburg.',
      'The plant will open to visitors next year, the chamber said on Friday.',
    ])
    expect(article.body.children).toHaveLength(2)
    expect(diagnostics.map((d) => [d.line, d.ruleId, d.severity])).toEqual([
      [5, 'site-furniture', 'info'],
      [6, 'site-furniture', 'info'],
      [7, 'site-furniture', 'info'],
    ])
  })

  it('starts the footer at a footer line with no running text under it', () => {
    const text = [
      ...head,
      'Related stories',
      'Chamber Visits Hamburg Fair',
      'Example Chamber Annual Report',
    ].join('\n')
    expect(paragraphs(text)).toEqual([
      'The chamber opened a plant on Tuesday in the harbour of Hamburg.',
    ])
  })

  it('keeps a sentence under a footer line: the footer starts below the running text', () => {
    const text = [
      ...head,
      'Related stories',
      'Chamber Visits Hamburg Fair',
      'Copyright © 2020 Example Chamber',
      'Sign up for our letter to get the news of the chamber every week!',
    ].join('\n')
    expect(paragraphs(text)).toContain(
      'Sign up for our letter to get the news of the chamber every week!',
    )
  })

  it('reports a sentence left out above the headline as a warning, a menu word as an info', () => {
    const text = [
      'Please update your browser to read this page as it was meant to be read.',
      'Business',
      ...head,
    ].join('\n')
    expect(parseText(text).diagnostics).toMatchObject([
      { line: 1, ruleId: 'site-furniture', severity: 'warning' },
      { line: 2, ruleId: 'site-furniture', severity: 'info' },
    ])
  })
})
