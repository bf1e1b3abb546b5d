import { describe, expect, it } from 'vitest'
import { ArticleParseError, parseMarkdown } from '../../../src/parse/index.js'
import { formatDiagnostic } from '../../../src/schema/index.js'

const body = '\n\nThe chamber opened a new office in the city centre on Monday.\n'
const page = (front: string) => `---\n${front}\n---${body}`

function errorsOf(markdown: string, options = {}): string[] {
  try {
    parseMarkdown(markdown, { file: 'news.md', ...options })
  } catch (error) {
    if (error instanceof ArticleParseError) {
      return error.diagnostics.map((d) => formatDiagnostic(d, { file: 'news.md' }))
    }
    throw error
  }
  return []
}

describe('parseMarkdown: front matter', () => {
  it('reads the contract names', () => {
    const { article } = parseMarkdown(
      page(
        'type: NewsArticle\nid: office-2014\nurl: https://www.example.org/news/1\nlanguage: en\nheadline: Chamber Opens New Office\nalternativeHeadline: A new home\ndescription: Members met.\nauthors:\n  - type: Person\n    name: Li Ming\nsource:\n  name: CCCME\ndatePublished: 2014-10-13\nbreadcrumb: [Home, News]\nkeywords: [office]\ntranslations:\n  - language: zh\n    label: 中文版',
      ),
    )
    expect(article).toMatchObject({
      id: 'office-2014',
      url: 'https://www.example.org/news/1',
      headline: 'Chamber Opens New Office',
      alternativeHeadline: 'A new home',
      description: 'Members met.',
      authors: [{ type: 'Person', name: 'Li Ming' }],
      source: { name: 'CCCME' },
      datePublished: '2014-10-13',
      breadcrumb: ['Home', 'News'],
      keywords: ['office'],
      translations: [{ language: 'zh', label: '中文版' }],
    })
  })

  it.each([
    ['title', 'headline', 'Chamber Opens New Office', 'Chamber Opens New Office'],
    ['subtitle', 'alternativeHeadline', 'A new home', 'A new home'],
    ['summary', 'description', 'Members met.', 'Members met.'],
    ['excerpt', 'description', 'Members met.', 'Members met.'],
    ['date', 'datePublished', '2014-10-13', '2014-10-13'],
    ['published', 'datePublished', 'October 13, 2014', '2014-10-13'],
    ['updated', 'dateModified', '2014年10月13日 17:00', '2014-10-13T17:00:00+08:00'],
    ['modified', 'dateModified', '2014/10/13 09:30', '2014-10-13T09:30:00+08:00'],
    ['tags', 'keywords', 'trade, office', ['trade', 'office']],
    ['lang', 'language', 'zh-Hans', 'zh-Hans'],
    ['pubDate', 'datePublished', "'Jul 08 2022'", '2022-07-08'],
    ['publishDate', 'datePublished', '2019-03-26T08:47:11+01:00', '2019-03-26T08:47:11+01:00'],
    ['published_at', 'datePublished', '2020-01-01T10:00:00.000Z', '2020-01-01T10:00:00+00:00'],
    ['lastmod', 'dateModified', '2019-04-01', '2019-04-01'],
    ['updatedDate', 'dateModified', "'Jul 10 2022'", '2022-07-10'],
    ['last_modified_at', 'dateModified', '2015-11-10 15:56:21 -0800', '2015-11-10T15:56:21-08:00'],
  ])('reads the alias %s as %s', (key, field, value, expected) => {
    const front =
      key === 'title' ? `title: ${value}` : `title: Chamber Opens New Office\n${key}: ${value}`
    expect(parseMarkdown(page(front)).article).toMatchObject({ [field]: expected })
  })

  it('reads authors as a name, names, or objects', () => {
    const read = (value: string) =>
      parseMarkdown(page(`title: Hi there\nauthor: ${value}`)).article.authors
    expect(read('Li Ming')).toEqual([{ type: 'Person', name: 'Li Ming' }])
    expect(read('[Li Ming, Chamber News Office]')).toEqual([
      { type: 'Person', name: 'Li Ming' },
      { type: 'Organization', name: 'Chamber News Office' },
    ])
    expect(
      read('\n  - name: Wang Hua\n    jobTitle: President\n    affiliation: Example Chamber'),
    ).toEqual([
      {
        type: 'Person',
        name: 'Wang Hua',
        jobTitle: 'President',
        affiliation: { type: 'Organization', name: 'Example Chamber' },
      },
    ])
    expect(read('\n  - name: Example Wire\n    type: Organization')).toEqual([
      { type: 'Organization', name: 'Example Wire' },
    ])
  })

  it("reads other tools' author objects, and reports keys the model has no place for", () => {
    const { article, diagnostics } = parseMarkdown(
      page(
        'title: Hi there\nauthor:\n  - name: Li Ming\n    title: Reporter\n    company: Example Wire\n    email: li@example.org',
      ),
      { file: 'news.md' },
    )
    expect(article.authors).toEqual([
      {
        type: 'Person',
        name: 'Li Ming',
        jobTitle: 'Reporter',
        affiliation: { type: 'Organization', name: 'Example Wire' },
      },
    ])
    expect(diagnostics.map((d) => formatDiagnostic(d, { file: 'news.md' }))).toEqual([
      'news.md:7:5: warning author[0].email: unknown key [unknown-key]',
    ])
  })

  it('reads a date given as its parts, created and updated', () => {
    const { article, diagnostics } = parseMarkdown(
      page('title: Hello\ndate:\n  created: 2023-12-31\n  updated: 2024-01-02'),
    )
    expect(article).toMatchObject({ datePublished: '2023-12-31', dateModified: '2024-01-02' })
    expect(diagnostics).toEqual([])
  })

  it('reads the parts of a date under their other names, published and modified', () => {
    const { article } = parseMarkdown(
      page('title: Hello\ndate:\n  published: 2023-12-31\n  modified: 2024-01-02'),
    )
    expect(article).toMatchObject({ datePublished: '2023-12-31', dateModified: '2024-01-02' })
  })

  it('reports a part of a date it does not know, and a date given twice, where they stand', () => {
    const { article, diagnostics } = parseMarkdown(
      page('title: Hello\ndate:\n  created: 2023-12-31\n  draft: true\npubDate: 2024-01-01'),
      { file: 'news.md' },
    )
    expect(article.datePublished).toBe('2023-12-31')
    expect(diagnostics.map((d) => formatDiagnostic(d, { file: 'news.md' }))).toEqual([
      'news.md:5:3: warning date.draft: unknown key [unknown-key]',
      'news.md:6:1: warning Left out "pubDate": the article already has datePublished from "date.created" [extra-value]',
    ])
  })

  it('points at a part of a date that cannot be read', () => {
    expect(errorsOf(page('title: Hi there\ndate:\n  created: 2023-02-30'))).toEqual([
      'news.md:4:12: error Expected a date that exists, such as 2014-10-13, found "2023-02-30" [impossible-date]',
    ])
  })

  it('reads front matter closed by "..." as Pandoc allows', () => {
    const { article, diagnostics } = parseMarkdown(
      `---\ntitle: Chamber Opens New Office\ndate: 2014-10-13\n...${body}`,
    )
    expect(article).toMatchObject({
      headline: 'Chamber Opens New Office',
      datePublished: '2014-10-13',
    })
    expect(article.body.children).toHaveLength(1)
    expect(diagnostics).toEqual([])
  })

  it('reads a language written as its name', () => {
    expect(parseMarkdown(page('title: Hi there\nlanguage: English')).article.language).toBe('en')
    expect(parseMarkdown(page('title: Hi there\nlang: 简体中文')).article.language).toBe('zh-Hans')
  })

  it('reports a site-relative url and leaves it out', () => {
    const { article, diagnostics } = parseMarkdown(page('title: Hi there\nurl: /news/1/'), {
      file: 'news.md',
    })
    expect(article.url).toBeUndefined()
    expect(diagnostics.map((d) => formatDiagnostic(d, { file: 'news.md' }))).toEqual([
      'news.md:3:6: warning url: expected an http or https URL such as https://www.example.org/news/1, found "/news/1/" [invalid-value]',
    ])
  })

  it('reads dates in the timeZone option, and keeps an offset written in the value', () => {
    const front = 'title: Hi there\ndate: 2014-07-01 09:00\nupdated: 2014-07-01T09:00:00-04:00'
    expect(parseMarkdown(page(front), { timeZone: 'Europe/Berlin' }).article).toMatchObject({
      datePublished: '2014-07-01T09:00:00+02:00',
      dateModified: '2014-07-01T09:00:00-04:00',
    })
  })

  it('reads a value tagged !!timestamp as it was written', () => {
    expect(
      parseMarkdown(page('title: Hi there\ndate: !!timestamp 2014-10-13')).article.datePublished,
    ).toBe('2014-10-13')
  })

  it('takes a first-level heading as the headline when there is no title', () => {
    const { article } = parseMarkdown(
      '# Chamber Opens New Office\n\nThe chamber opened an office.\n',
    )
    expect(article.headline).toBe('Chamber Opens New Office')
    expect(article.body.children.map((node) => node.type)).toEqual(['paragraph'])
  })

  it('tells the language from the body when lang is not given', () => {
    expect(
      parseMarkdown(
        page('title: 商会举行年会').replace(body, '\n\n商会举行年会，会员企业代表出席。\n'),
      ).article.language,
    ).toBe('zh')
  })

  it('warns about an unknown key and keeps the article', () => {
    const { diagnostics } = parseMarkdown(page('title: Hi there\nnickname: CCCME'), {
      file: 'news.md',
    })
    expect(diagnostics.map((d) => formatDiagnostic(d, { file: 'news.md' }))).toEqual([
      'news.md:3:1: warning nickname: unknown key [unknown-key]',
    ])
  })
})

describe('parseMarkdown: the body', () => {
  it('keeps GFM tables, strikethrough, task lists, footnotes and autolinks, without positions', () => {
    const { article } = parseMarkdown(
      page('title: Hi there').replace(
        body,
        '\n\n| a | b |\n|---|--:|\n| ~~1~~ | 2 |\n\n- [x] done\n\nSee <https://www.example.org> and www.example.com.[^1]\n\n[^1]: A note.\n',
      ),
    )
    expect(article.body.children.map((node) => node.type)).toEqual([
      'table',
      'list',
      'paragraph',
      'footnoteDefinition',
    ])
    expect(JSON.stringify(article.body)).not.toContain('position')
    const paragraph = article.body.children[2]
    expect(paragraph?.type === 'paragraph' && paragraph.children.map((node) => node.type)).toEqual([
      'text',
      'link',
      'text',
      'footnoteReference',
    ])
  })

  it('keeps raw HTML as html nodes for the renderer to sanitize', () => {
    const { article } = parseMarkdown(
      page('title: Hi there').replace(body, '\n\n<script>alert(1)</script>\n'),
    )
    expect(article.body.children).toEqual([{ type: 'html', value: '<script>alert(1)</script>' }])
  })
})

describe('parseMarkdown: errors point at the front-matter line', () => {
  it.each([
    [
      'a blank author name',
      'title: Hi there\nauthors:\n  - Li Ming\n  - name: ""',
      'news.md:5:11: error authors[1].name: expected a non-empty string, found "" [invalid-value]',
    ],
    [
      'a javascript: URL',
      'title: Hi there\nurl: javascript:alert(1)',
      'news.md:3:6: error url: expected an http or https URL such as https://www.example.org/news/1, found "javascript:alert(1)" [invalid-value]',
    ],
    [
      'a date that cannot be read',
      'title: Hi there\ndate: next Tuesday',
      'news.md:3:7: error Expected a date such as 2014-10-13, 2014-10-13 14:42 or October 13, 2014, found "next Tuesday" [unparsed-date]',
    ],
    [
      'an impossible date',
      'title: Hi there\ndate: 2014-02-30',
      'news.md:3:7: error Expected a date that exists, such as 2014-10-13, found "2014-02-30" [impossible-date]',
    ],
    [
      'YAML that does not parse',
      'title: "Hi there\nauthors: [Li',
      'news.md:3:13: error Expected well-formed YAML front matter, found an error: Missing closing "quote [invalid-yaml]',
    ],
    [
      'front matter that is a list',
      '- a\n- b',
      'news.md:2:1: error Expected well-formed YAML front matter, found an error: front matter that is a mapping of keys to values, such as "title: …" [invalid-yaml]',
    ],
    [
      'a language that is neither a tag, a locale nor a known name',
      'title: Hi there\nlang: Old Chamber Dialect',
      'news.md:3:7: error language: expected a BCP 47 language tag such as en or zh-CN, a locale such as zh_CN, or a language\'s name such as English or 中文, found "Old Chamber Dialect" [invalid-value]',
    ],
  ])('reports %s', (_, front, message) => {
    expect(errorsOf(page(front))).toEqual([message])
  })

  it('names TOML front matter rather than reading it as text', () => {
    expect(errorsOf('+++\ntitle = "Hi there"\n+++\n\nText.\n')).toEqual([
      'news.md:1:1: error Expected well-formed YAML front matter, found an error: YAML front matter between --- lines; TOML front matter (+++) is not read [invalid-yaml]',
    ])
  })

  it('makes an unknown key an error with strict: true', () => {
    expect(errorsOf(page('title: Hi there\nnickname: CCCME'), { strict: true })).toEqual([
      'news.md:3:1: error nickname: unknown key [unknown-key]',
    ])
  })

  it('reports a missing headline at the start of the file', () => {
    expect(errorsOf('Just a paragraph.\n')).toEqual([
      'news.md:1:1: error headline: expected a non-empty string, found nothing [missing-value]',
    ])
  })

  it('throws a TypeError naming the argument for a non-string', () => {
    expect(() => parseMarkdown(42 as never)).toThrow(/Invalid `markdown`/)
  })
})
