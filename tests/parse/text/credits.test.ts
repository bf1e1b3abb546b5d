import { describe, expect, it } from 'vitest'
import { parseText } from '../../../src/parse/index.js'
import { compileLabels, defaultLabels } from '../../../src/parse/text/labels.js'
import { readMetaLine } from '../../../src/parse/text/meta-line.js'
import {
  findOpeningReporter,
  findPhotoCredit,
  findReporter,
  isPhotoCaption,
  readReporterLine,
} from '../../../src/parse/text/reporter.js'
import { roleVocabulary } from '../../../src/parse/vocabulary/roles.js'
import { lostLines } from './accounting.js'

describe('findReporter on credits without brackets', () => {
  it.each([
    ['本报讯 记者张三报道 昨日，示例商会召开年会。', '张三'],
    ['本报讯记者 李四 报道 5月6日，交易会开幕。', '李四'],
    ['〔記者王五／台北報導〕示例公會今天舉行年會。', '王五'],
    ['［記者趙六／台中報導］示例公會今天舉行年會。', '趙六'],
    ['（记者 王五 摄）本报讯（记者 李四）5月6日，交易会开幕。', '李四'],
    ['本报北京5月6日电 记者张三报道 交易会开幕。', '张三'],
  ])('finds the reporter in %s', (text, name) => {
    expect(findReporter(text)).toBe(name)
  })

  it('finds no reporter in a photo credit or in running text', () => {
    expect(findReporter('（记者 张三 摄）')).toBeUndefined()
    expect(
      findReporter('5月6日，示例商会的记者招待会在市中心举行，三十余家媒体参加。'),
    ).toBeUndefined()
  })
})

describe('readReporterLine', () => {
  it('reads the name and the text around it', () => {
    expect(readReporterLine('示例日报 记者张三／台北报导')).toEqual({
      name: '张三',
      rest: ['示例日报', '台北报导'],
    })
    expect(readReporterLine('记者 李四 报道')).toEqual({ name: '李四', rest: ['报道'] })
  })

  it('reads no sentence as a byline line', () => {
    expect(readReporterLine('示例商会的记者招待会在市中心举行')).toBeUndefined()
  })
})

describe('photo captions and credits', () => {
  it.each([
    ['图为交易会现场。记者 张三 摄', '张三'],
    ['图为交易会现场。（记者 李四 摄）', '李四'],
    ['交易会现场。新华社记者 王五 摄', '王五'],
    ['会场一角 赵六 摄影', '赵六'],
  ])('finds the photographer of %s', (text, name) => {
    expect(findPhotoCredit(text)).toBe(name)
  })

  it('tells a caption from a paragraph', () => {
    expect(isPhotoCaption('交易会现场。（資料照）')).toBe(true)
    expect(isPhotoCaption('交易会现场。（图片来源：示例日报）')).toBe(true)
    expect(isPhotoCaption('Visitors at the fair. (Photo: Example Daily)')).toBe(true)
    expect(isPhotoCaption('5月6日，交易会开幕，三十余家企业参加。')).toBe(false)
    expect(findPhotoCredit('图为示例商会会长李四在摄')).toBeUndefined()
  })

  it('finds the reporter in the second paragraph after a photo caption, not otherwise', () => {
    const credit = '〔記者王五／台北報導〕示例公會今天舉行年會。'
    expect(findOpeningReporter(['年會現場。（資料照）', credit])).toBe('王五')
    expect(
      findOpeningReporter(['示例公會今天舉行年會，三十餘家會員參加。', credit]),
    ).toBeUndefined()
    expect(findOpeningReporter(['本报讯（记者 张三）昨日，交易会开幕。'])).toBe('张三')
    expect(findOpeningReporter([])).toBeUndefined()
  })

  it('gives parseText the reporter credited after a caption', () => {
    const { article } = parseText(
      [
        '示例公會舉行年會',
        '2021-05-06 10:20',
        '',
        '年會現場，三十餘家會員企業出席。（資料照）',
        '',
        '〔記者王五／台北報導〕示例公會今天舉行年會，三十餘家會員企業出席，會上通過了新的章程。',
      ].join('\n'),
    )
    expect(article.authors).toEqual([{ type: 'Person', name: '王五' }])
  })
})

describe('Chinese credits with a slash', () => {
  const matcher = compileLabels(defaultLabels)
  const read = (text: string) =>
    readMetaLine(text, matcher, { language: 'zh' }).values.map((v) => [v.field, v.value])

  it('reads one-character labels before a slash', () => {
    expect(read('文/张三 图/李四')).toEqual([
      ['author', '张三'],
      ['ignored', '李四'],
    ])
  })
})

describe('Chinese credits with a two-character label and a slash', () => {
  const matcher = compileLabels(defaultLabels)
  const read = (text: string) =>
    readMetaLine(text, matcher, { language: 'zh' }).values.map((v) => [v.field, v.value])

  it('reads 编辑/, 记者/ and 摄影/ as labels', () => {
    expect(read('记者/张三 摄影/李四 编辑/王五')).toEqual([
      ['author', '张三'],
      ['ignored', '李四'],
      ['editor', '王五'],
    ])
  })

  it('reads no label glued to the text before the slash: a reporter line is read as one', () => {
    expect(read('示例日报记者楊川欽/台北報導')).toEqual([['author', '楊川欽']])
    expect(read('中国/日本')).toEqual([])
    expect(read('示例编辑/王五')).toEqual([])
  })
})

describe('parseText with two-character credit labels', () => {
  it('reads the author and editor after 记者/ and 编辑/, losing no text', () => {
    const page = [
      '示例商会举办会员大会',
      '记者/张三 编辑/王五 2021-05-06',
      '',
      '5月6日，示例商会举办会员大会，三十余家会员企业参加，会上通过了新的章程。',
    ].join('\n')
    const result = parseText(page)
    expect(result.article.authors).toEqual([{ type: 'Person', name: '张三' }])
    expect(result.article.editors).toEqual([{ type: 'Person', name: '王五' }])
    expect(lostLines(page, result)).toEqual([])
  })
})

describe('the credit words of the role vocabulary', () => {
  it.each(roleVocabulary.chineseReporters)('reads %s in a bracket and without one', (word) => {
    expect(findReporter(`本报讯（${word} 张三）昨日，交易会开幕。`)).toBe('张三')
    expect(findReporter(`本报讯 ${word}李四报道 昨日，交易会开幕。`)).toBe('李四')
  })

  it.each(roleVocabulary.chineseReported)('reads a credit ending in %s', (word) => {
    expect(readReporterLine(`记者 王五 ${word}`)?.name).toBe('王五')
  })

  it.each(roleVocabulary.chinesePhotoCredits)('reads a photographer credited with %s', (word) => {
    expect(findPhotoCredit(`交易会现场。记者 赵六 ${word}`)).toBe('赵六')
    expect(findReporter(`（记者 赵六 ${word}）`)).toBeUndefined()
  })
})

describe('credit words a caller adds', () => {
  it('reads a reporter named with a word the caller adds to chineseReporters', () => {
    const page = [
      '示例商会举办会员大会',
      '2021-05-06 10:20',
      '',
      '本报讯（特派员 张三）5月6日，示例商会举办会员大会，三十余家会员企业参加，会上通过了新的章程。',
    ].join('\n')
    expect(parseText(page).article.authors).toEqual([])
    expect(
      parseText(page, { vocabulary: { roles: { chineseReporters: ['特派员'] } } }).article.authors,
    ).toEqual([{ type: 'Person', name: '张三' }])
  })
})
