import { describe, expect, it } from 'vitest'
import { parseText } from '../../../src/parse/index.js'
import { compileLabels, defaultLabels } from '../../../src/parse/text/labels.js'
import { readMetaLine } from '../../../src/parse/text/meta-line.js'
import { cutWidgetTail } from '../../../src/parse/text/widget-tail.js'
import { extendVocabulary } from '../../../src/parse/vocabulary/extend-vocabulary.js'
import { defaultVocabulary } from '../../../src/parse/vocabulary/vocabulary.js'

const matcher = compileLabels(defaultLabels)
const meta = (text: string) => readMetaLine(text, matcher, { language: 'zh' })

describe('cutWidgetTail', () => {
  it.each([
    ['某某日报 举报', '某某日报', '举报'],
    ['张三 有1234位读者读过', '张三', '有1234位读者读过'],
    ['李四 阅读 5678', '李四', '阅读 5678'],
    ['李四 阅读(5678)', '李四', '阅读(5678)'],
    ['Example Daily Share this article', 'Example Daily', 'Share this article'],
    ['Jane Doe 12 Comments', 'Jane Doe', '12 Comments'],
    ['Jane Doe 3 min read', 'Jane Doe', '3 min read'],
    ['示例晚报 【打印】 【关闭】', '示例晚报', '【打印】 【关闭】'],
    ['Example Daily Large Medium Small Print', 'Example Daily', 'Large Medium Small Print'],
    ['示例新闻网 ↑大 ↓小', '示例新闻网', '↑大 ↓小'],
    ['示例网参与互动', '示例网', '参与互动'],
    ['示例日报举报', '示例日报', '举报'],
  ])('takes the widget off %s', (text, value, widget) => {
    expect(cutWidgetTail(text)).toEqual({ value, widget })
  })

  it('keeps words that only end like a widget: a place, a name, a word', () => {
    for (const text of ['华中', '张小', 'Example Timeshare', 'Jane Doe', 'Sunrise Mall']) {
      expect(cutWidgetTail(text)).toEqual({ value: text, widget: '' })
    }
  })

  it('keeps a Chinese value that is nothing but widget words, and empties a Latin one', () => {
    expect(cutWidgetTail('举报')).toEqual({ value: '举报', widget: '' })
    expect(cutWidgetTail('中')).toEqual({ value: '中', widget: '' })
    expect(cutWidgetTail('Large Medium Small')).toEqual({ value: '', widget: 'Large Medium Small' })
  })

  it('finds a widget only where it ends a long value, its closing bracket and spaces after it', () => {
    const long = '示例'.repeat(30)
    expect(cutWidgetTail(`${long}阅读5678】`)).toEqual({ value: long, widget: '阅读5678】' })
    expect(cutWidgetTail(`${'Example '.repeat(8)}12,345 views )`)).toEqual({
      value: 'Example Example Example Example Example Example Example Example',
      widget: '12,345 views )',
    })
    expect(cutWidgetTail(`${'x'.repeat(59)}99 comments  `)).toEqual({
      value: 'x'.repeat(59),
      widget: '99 comments',
    })
    // Widget characters (大, 中, figures) inside a sentence are not a widget.
    const sentence = '6月6日，会展中心举行大会，五百余家商会出席。'
    expect(cutWidgetTail(sentence)).toEqual({ value: sentence, widget: '' })
    expect(cutWidgetTail(`${long} 阅读 5678 示例`)).toEqual({
      value: `${long} 阅读 5678 示例`,
      widget: '',
    })
  })

  it('takes off widget words a caller adds', () => {
    const vocabulary = extendVocabulary(defaultVocabulary, { widgets: { reports: ['Flag'] } })
    expect(cutWidgetTail('Example Daily Flag', vocabulary)).toEqual({
      value: 'Example Daily',
      widget: 'Flag',
    })
    expect(cutWidgetTail('Example Daily Flag')).toEqual({ value: 'Example Daily Flag', widget: '' })
  })
})

describe('readMetaLine with widgets glued to values', () => {
  it.each([
    ['来源：某某日报 举报', 'source', '某某日报', '举报'],
    ['编辑：张三 有1234位读者读过', 'editor', '张三', '有1234位读者读过'],
    ['作者：李四 阅读 5678', 'author', '李四', '阅读 5678'],
    ['Source: Example Daily Share this article', 'source', 'Example Daily', 'Share this article'],
    ['By Jane Doe 12 Comments', 'author', 'Jane Doe', '12 Comments'],
  ])('reads %s and reports the widget', (text, field, value, widget) => {
    const line = meta(text)
    expect(line.values.map((v) => [v.field, v.value])).toEqual([[field, value]])
    expect(line.widgets).toEqual([widget])
  })
})

describe('parseText with widgets glued to values', () => {
  it('reports the widget words as site furniture, apart from the source', () => {
    const { article, diagnostics } = parseText(
      [
        '示例市举办外贸企业座谈会',
        '2021-05-06 10:20 来源：某某日报 举报',
        '',
        '5月6日，示例市商务局召开外贸企业座谈会，三十余家企业参加，会上介绍了今年的扶持政策。',
      ].join('\n'),
    )
    expect(article.source).toEqual({ name: '某某日报' })
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: 'site-furniture', actual: '举报', line: 2 }),
    )
  })
})

describe('a counter cut short by its line', () => {
  it('takes off a counter whose closing bracket ended the value', () => {
    expect(cutWidgetTail('示例日报 参与互动(0')).toEqual({
      value: '示例日报',
      widget: '参与互动(0',
    })
  })
})
