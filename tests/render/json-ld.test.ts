import { describe, expect, it } from 'vitest'
import { serializeJsonLd, toJsonLd } from '../../src/render/index.js'
import { assertArticle } from '../../src/schema/index.js'
import { readArticle } from '../fixtures/entities.js'

// The properties schema.org defines for each type this package emits, from the type's
// page on schema.org (its own properties and those it inherits from CreativeWork, Thing,
// ItemList and Intangible), limited to the ones that could apply.
const vocabulary: Record<string, ReadonlyArray<string>> = {
  NewsArticle: [
    'headline',
    'alternativeHeadline',
    'description',
    'inLanguage',
    'url',
    'identifier',
    'datePublished',
    'dateModified',
    'author',
    'editor',
    'publisher',
    'sourceOrganization',
    'isBasedOn',
    'citation',
    'keywords',
    'about',
    'mentions',
    'contentLocation',
    'workTranslation',
    'translationOfWork',
    'articleBody',
    'name',
    'image',
    'dateline',
  ],
  Person: ['name', 'jobTitle', 'affiliation', 'url', 'alternateName', 'worksFor'],
  Organization: ['name', 'alternateName', 'url', 'parentOrganization', 'subOrganization'],
  Event: ['name', 'startDate', 'endDate', 'location', 'description', 'url'],
  Place: ['name', 'address', 'url'],
  BreadcrumbList: ['itemListElement', 'numberOfItems'],
  ListItem: ['position', 'name', 'item'],
}

function checkNode(node: unknown, found: string[]): void {
  if (Array.isArray(node)) {
    for (const item of node) checkNode(item, found)
    return
  }
  if (typeof node !== 'object' || node === null) return
  const record = node as Record<string, unknown>
  const type = record['@type']
  if (typeof type === 'string') {
    const known = vocabulary[type]
    if (!known) found.push(`unknown type ${type}`)
    for (const key of Object.keys(record)) {
      if (key.startsWith('@')) continue
      if (!known?.includes(key)) found.push(`${type}.${key}`)
    }
  }
  for (const value of Object.values(record)) checkNode(value, found)
}

describe('toJsonLd', () => {
  it.each(['seed-cooperation-conference', 'zh-trade-fair', 'rich-body'])(
    'emits only real schema.org properties for %s',
    (name) => {
      const found: string[] = []
      checkNode(toJsonLd(assertArticle(readArticle(name))), found)
      expect(found).toEqual([])
    },
  )

  it('describes the article, its people and its breadcrumb', () => {
    const json = toJsonLd(assertArticle(readArticle('zh-trade-fair')))
    expect(json['@context']).toBe('https://schema.org')
    const [news, trail] = json['@graph'] as Array<Record<string, unknown>>
    expect(news).toMatchObject({
      '@type': 'NewsArticle',
      '@id': 'https://www.example.org/news/2021/03/trade-fair.html',
      headline: '商会组织企业参加春季机电产品交易会',
      inLanguage: 'zh-Hans',
      datePublished: '2021-03-05',
      author: [
        { '@type': 'Person', name: '王晓明', jobTitle: '记者' },
        { '@type': 'Person', name: '陈静' },
      ],
      editor: [{ '@type': 'Person', name: '李华' }],
      publisher: { '@type': 'Organization', name: '示例机电商会' },
      isBasedOn: 'https://www.example.org/news/',
      workTranslation: [
        {
          '@type': 'NewsArticle',
          inLanguage: 'en',
          url: 'https://www.example.org/en/news/2021/03/trade-fair.html',
        },
      ],
      about: { '@type': 'Event', location: { '@type': 'Place', name: '广州' } },
    })
    expect(trail).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: '首页' },
        { '@type': 'ListItem', position: 2, name: '新闻中心' },
        { '@type': 'ListItem', position: 3, name: '正文' },
      ],
    })
  })
})

describe('serializeJsonLd', () => {
  it('escapes what could end a script or open a comment, and reads back the same', () => {
    const value = { headline: '</script><!-- & \u2028\u2029' }
    const text = serializeJsonLd(value)
    expect(text).toBe('{"headline":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029"}')
    expect(JSON.parse(text)).toEqual(value)
  })
})
