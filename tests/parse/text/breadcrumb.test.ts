import { describe, expect, it } from 'vitest'
import { parseText } from '../../../src/parse/index.js'
import { joinBreadcrumb, readBreadcrumb } from '../../../src/parse/text/breadcrumb.js'
import { lostLines } from './accounting.js'

describe('readBreadcrumb on whole pages', () => {
  it.each([
    ['网站当前位置：首页 > 新闻中心 > 正文', ['首页', '新闻中心', '正文']],
    ['您目前所在位置：首页 > 商会动态', ['首页', '商会动态']],
    ['本站位置: 新闻', ['新闻']],
    ['You are here: Home > News', ['Home', 'News']],
  ])('reads a trail after any phrase ending in 位置: %s', (text, items) => {
    expect(readBreadcrumb(text)?.items).toEqual(items)
  })

  it.each([
    ['新闻中心 >> 行业动态', ['新闻中心', '行业动态']],
    ['Trade » Exports', ['Trade', 'Exports']],
    ['商会动态 → 通知公告', ['商会动态', '通知公告']],
  ])('reads a two-item trail with a pairing mark: %s', (text, items) => {
    expect(readBreadcrumb(text)?.items).toEqual(items)
  })

  it.each(['Read more »', 'More >>', 'Exports grew > 10% in May.', 'Apples > oranges'])(
    'reads no trail in %s',
    (text) => {
      expect(readBreadcrumb(text)).toBeUndefined()
    },
  )

  it('allows a last item as long as a headline, the headline itself', () => {
    const headline =
      'Chamber of Commerce for Import and Export of Machinery Holds Its Annual Meeting on Trade With Southeast Asia'
    expect(readBreadcrumb(`Home > News > ${headline}`)?.items).toEqual(['Home', 'News', headline])
    expect(
      readBreadcrumb(`新闻中心 > 行业动态 > ${'示例'.repeat(25)}会议召开？`)?.items,
    ).toHaveLength(3)
  })

  it('still refuses a long item before the last', () => {
    expect(readBreadcrumb(`新闻 > ${'长'.repeat(40)} > 正文`)).toBeUndefined()
  })
})

describe('joinBreadcrumb', () => {
  it('joins a trail ending with a separator to the next line', () => {
    expect(joinBreadcrumb('首页 > 新闻中心 >', '正文')).toEqual({
      items: ['首页', '新闻中心', '正文'],
    })
    expect(joinBreadcrumb('当前位置：首页 > 新闻中心 >', '行业动态')?.items).toEqual([
      '首页',
      '新闻中心',
      '行业动态',
    ])
  })

  it('joins a next line that starts with a separator', () => {
    expect(joinBreadcrumb('Home > News', '> Trade')?.items).toEqual(['Home', 'News', 'Trade'])
  })

  it('joins nothing when neither line carries the separator, or the second is a trail', () => {
    expect(joinBreadcrumb('Home > News', 'Trade Fair Opens')).toBeUndefined()
    expect(joinBreadcrumb('Home > News >', 'Home > Trade')).toBeUndefined()
    expect(joinBreadcrumb('The chamber met >', 'Trade')).toBeUndefined()
  })
})

describe('parseText with a trail named by any location phrase', () => {
  it('reads the trail and keeps no text lost', () => {
    const page = [
      '网站当前位置：首页 >> 商会动态',
      '示例商会举办会员大会',
      '发布时间：2021-05-06',
      '',
      '5月6日，示例商会举办会员大会，三十余家会员企业参加，会上通过了新的章程。',
    ].join('\n')
    const result = parseText(page)
    expect(result.article.breadcrumb).toEqual(['首页', '商会动态'])
    expect(result.article.headline).toBe('示例商会举办会员大会')
    expect(lostLines(page, result)).toEqual([])
  })
})
