import { describe, expect, it } from 'vitest'
import { readBreadcrumb } from '../../../src/parse/text/breadcrumb.js'
import { classifyLine } from '../../../src/parse/text/classify.js'
import { findFurniture, isMenu } from '../../../src/parse/text/furniture.js'
import { compileLabels, defaultLabels } from '../../../src/parse/text/labels.js'
import { detectLanguage, isTraditional } from '../../../src/parse/text/language.js'
import { splitNames } from '../../../src/parse/text/names.js'
import { findReporter } from '../../../src/parse/text/reporter.js'
import { isCaption, isProse, isTitleLike, isTitleShaped } from '../../../src/parse/text/shape.js'
import { readLanguageSwitch } from '../../../src/parse/text/translations.js'

describe('readBreadcrumb', () => {
  it.each([
    ['Home>News Content', ['Home', 'News Content']],
    ['Home > News > CCCME News > Content', ['Home', 'News', 'CCCME News', 'Content']],
    ['HOME > About Us >Gallery', ['HOME', 'About Us', 'Gallery']],
    ['首页 > 新闻中心 > 正文', ['首页', '新闻中心', '正文']],
    ['当前位置：首页 » 资讯 » 正文', ['首页', '资讯', '正文']],
    ['您所在的位置: 首页 - 媒体报道', ['首页', '媒体报道']],
    ['Home / China / News from across China', ['Home', 'China', 'News from across China']],
    ['> Government > News', ['Government', 'News']],
    ['財經 > 滾動新聞 > 正文', ['財經', '滾動新聞', '正文']],
    ['当前位置:首页', ['首页']],
    ['首页-->新闻中心-->正文', ['首页', '新闻中心', '正文']],
  ])('reads %s', (text, items) => {
    expect(readBreadcrumb(text)?.items).toEqual(items)
  })

  it('keeps tool links printed after the trail apart', () => {
    expect(readBreadcrumb('Home / Business / News Tools: Save | Print')).toEqual({
      items: ['Home', 'Business', 'News'],
      tools: 'Tools: Save | Print',
    })
  })

  it.each([
    'Guangdong - Canada Economic Cooperation Roundtable Held',
    'Exports grew > 10% in May.',
    'China (Guangdong) - Canada (Alberta) Roundtable',
    'Homeland security > trade',
  ])('does not read %s as a trail', (text) => {
    expect(readBreadcrumb(text)).toBeUndefined()
  })
})

describe('furniture', () => {
  it.each([
    ['【Print】 【Close】', 'print-close'],
    ['Print Close', 'print-close'],
    ['Copyright © 2018-2019 Example Daily. All rights reserved.', 'copyright'],
    ['版权所有：示例商会 京ICP备00000000号', 'copyright'],
    ['Share this with Close', 'share'],
    ['字号：大 中 小', 'font-size'],
    ['• 大字', 'font-size'],
    ['Leave a Reply', 'comments'],
    ['Related stories', 'related'],
    ['相关新闻', 'related'],
    ['![]() |', 'image'],
    ['image.png', 'image'],
    ['<label id="x"><meter id="x"></meter></label>', 'markup'],
    ['(完)', 'end-mark'],
    ['Breaking News', 'banner'],
    ['跳到主要內容區塊', 'banner'],
  ])('takes %s as %s', (text, kind) => {
    expect(findFurniture(text)?.kind).toBe(kind)
  })

  it.each([
    'Members signed three letters of intent during the visit.',
    'The Chamber President, Zhang Yujing began with an introduction.',
    '© AP Photo / Oliver Zhang',
  ])('does not take the text %s as a footer', (text) => {
    expect(findFurniture(text)?.ends).not.toBe(true)
  })

  it('takes a bar of short items as a menu', () => {
    expect(isMenu('首页| 滚动| 国内| 国际| 军事')).toBe(true)
    expect(isMenu('Source: Xinhua | 2019-06-18 | Editor: Xiaoxia')).toBe(false)
  })
})

describe('language', () => {
  it.each([
    ['The chamber opened an office. 中文版', 'en'],
    ['商会举行年会，会员企业代表出席。English', 'zh'],
    ['商务部新任部长首亮相 2017-03-03 20:19:00', 'zh'],
    ['', 'en'],
  ])('reads %j as %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language)
  })

  it('tells traditional characters from simplified ones', () => {
    expect(isTraditional('經貿代表團訪問東南亞三國，與當地商會簽署備忘錄')).toBe(true)
    expect(isTraditional('经贸代表团访问东南亚三国，与当地商会签署备忘录')).toBe(false)
  })

  it('counts only the characters whose forms differ, and a tie is not traditional', () => {
    // 會 against 会: one each.
    expect(isTraditional('Annual meeting 會 会 2021')).toBe(false)
    expect(isTraditional('會會 会 商')).toBe(true)
    expect(isTraditional('Annual meeting 2021')).toBe(false)
    expect(isTraditional('')).toBe(false)
  })
})

describe('splitNames', () => {
  it.each([
    [
      'Xin Zhiming and Liu Jie (chinadaily.com.cn)',
      ['Xin Zhiming', 'Liu Jie'],
      ['chinadaily.com.cn'],
    ],
    ['王磊 赵洪栋', ['王磊', '赵洪栋'], []],
    ['Zhang Kaiwei, Liang Jun', ['Zhang Kaiwei', 'Liang Jun'], []],
    ['ZHENG CAIXIONG in Guangzhou', ['ZHENG CAIXIONG'], ['in Guangzhou']],
    ['ZHENG CAIXIONG in Guangzhou, Guangdong', ['ZHENG CAIXIONG'], ['in Guangzhou, Guangdong']],
    ['Admin in News, Events', ['Admin'], ['in News, Events']],
    [
      'John Smith in Beijing, Li Ming in Shanghai',
      ['John Smith', 'Li Ming'],
      ['in Beijing', 'in Shanghai'],
    ],
    ['John Smith in Beijing and Li Ming', ['John Smith', 'Li Ming'], ['in Beijing']],
    ['王明、李华', ['王明', '李华'], []],
  ])('splits %s', (value, names, notes) => {
    const result = splitNames(value)
    expect(result.authors.map((a) => a.name)).toEqual(names)
    expect(result.notes).toEqual(notes)
  })

  it('makes a role before a Chinese name, or after an English one, the job title', () => {
    expect(splitNames('本报记者 张三').authors).toEqual([
      { type: 'Person', name: '张三', jobTitle: '本报记者' },
    ])
    expect(splitNames('John Smith, Staff Writer').authors).toEqual([
      { type: 'Person', name: 'John Smith', jobTitle: 'Staff Writer' },
    ])
    expect(splitNames('Sarah Lee, Communications Officer').authors).toEqual([
      { type: 'Person', name: 'Sarah Lee', jobTitle: 'Communications Officer' },
    ])
    expect(splitNames('Wang Hua, Senior Trade Analyst, and Li Ming').authors).toEqual([
      { type: 'Person', name: 'Wang Hua', jobTitle: 'Senior Trade Analyst' },
      { type: 'Person', name: 'Li Ming' },
    ])
  })

  it('makes a role in brackets the job title', () => {
    expect(splitNames('WU Yuehua (Trainee reporter) LIU Yimei (Reporter)').authors).toEqual([
      { type: 'Person', name: 'WU Yuehua', jobTitle: 'Trainee reporter' },
      { type: 'Person', name: 'LIU Yimei', jobTitle: 'Reporter' },
    ])
  })

  it('makes a working group an Organization and keeps its "and"', () => {
    expect(splitNames('The China Provinces and US States Cooperation').authors).toEqual([
      { type: 'Organization', name: 'The China Provinces and US States Cooperation' },
    ])
    expect(splitNames('新华社').authors[0]?.type).toBe('Organization')
  })
})

describe('findReporter', () => {
  it.each([
    ['本报讯（记者 张乔甫）昨日下午', '张乔甫'],
    ['(中央社記者吳柏緯台北10日電)財團法人', '吳柏緯'],
    ['【本報記者牛寅虎長春十二日電】由澳門', '牛寅虎'],
    ['台灣新聞網記者楊川欽/台中報導', '楊川欽'],
    ['（记者张翼）', '张翼'],
  ])('finds the reporter in %s', (text, name) => {
    expect(findReporter(text)).toBe(name)
  })

  it('finds no one in a paragraph without a reporter', () => {
    expect(findReporter('3月5日，示例商会组织三十余家会员企业参加交易会。')).toBeUndefined()
  })
})

describe('shapes of lines', () => {
  it.each([
    [
      'The China Provinces and US States Cooperation Conference Was Successfully Held in Beijing',
      true,
    ],
    ['Economic Development', true],
    ['商会组织企业参加春季交易会', true],
    ['Dear CICC Members and Friends,', false],
    ['Some wonderful moments happened in Zhongshan in 2020.', false],
    ['THIS IS AN ARCHIVED SITE', false],
    ['bay chamber dinner', false],
    ['Lahore', false],
    ['(預擬致詞稿)', false],
    ['Event Introduction:', false],
  ])('%s is title-like: %s', (text, expected) => {
    const language = /\p{Script=Han}/u.test(text) ? 'zh' : 'en'
    expect(isTitleLike(text, language)).toBe(expected)
    // A caller that knows the line is not prose asks isTitleShaped, with the same answer.
    if (!isProse(text, language)) expect(isTitleShaped(text, language)).toBe(expected)
  })

  it('takes long or punctuated running text as prose', () => {
    expect(
      isProse(
        'The chamber opened a new office in the city centre on Monday, officials said.',
        'en',
      ),
    ).toBe(true)
    expect(isProse('3月5日，示例商会组织三十余家会员企业参加春季机电产品交易会。', 'zh')).toBe(true)
    expect(isProse('Chamber Opens New Office', 'en')).toBe(false)
    // Forty Han characters make a paragraph, with or without a full stop.
    expect(isProse('商'.repeat(39), 'zh')).toBe(false)
    expect(isProse('商'.repeat(40), 'zh')).toBe(true)
    expect(isProse(`${'商'.repeat(400)} Annual`, 'zh')).toBe(true)
  })

  it.each([
    'View of a park in the city, May 26, 2013. [Photo/IC]',
    'Workers operate at a construction site in the city, March 13, 2023. (Xinhua/Tang Yi)',
    'This aerial photo taken on March 13, 2023 shows a view of the site.',
    '合作协议签署后双方有关领导合影。中国网记者 刘凯摄影',
  ])('takes %s as a photo caption', (text) => {
    expect(isCaption(text)).toBe(true)
  })
})

describe('readLanguageSwitch', () => {
  it('reads a link to the other language and the site name beside it', () => {
    expect(readLanguageSwitch('Welcome to CNUS CCCME| 中文版', 'en')).toEqual({
      links: [{ language: 'zh', label: '中文版' }],
      own: [],
      other: 'Welcome to CNUS CCCME',
    })
  })

  it('reads "Language: English | Chinese" on an English page', () => {
    expect(readLanguageSwitch('Language: English | Chinese', 'en')).toEqual({
      links: [{ language: 'zh', label: 'Chinese' }],
      own: ['English'],
      other: '',
    })
  })

  it('is not fooled by a headline mentioning English', () => {
    expect(
      readLanguageSwitch('Chamber opens English classes for members in the city', 'en'),
    ).toBeUndefined()
  })
})

describe('classifyLine', () => {
  const context = { labels: compileLabels(defaultLabels), language: 'en' as const }
  const line = (text: string) => ({ number: 1, offset: 0, column: 1, raw: text, text })

  it.each(['January 09, 9:00 UTC+3', 'Nov 30', 'Wednesday, Jan. 9'])(
    'takes the date without a year %s as a meta line, never a headline',
    (text) => {
      expect(classifyLine(line(text), context).kind).toBe('meta')
    },
  )

  it('takes a title as text', () => {
    expect(classifyLine(line('Chamber Opens New Office'), context)).toMatchObject({
      kind: 'text',
      title: true,
    })
  })
})
