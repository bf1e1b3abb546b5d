import { describe, expect, it } from 'vitest'
import { renderHtml, toHast } from '../../src/render/index.js'
import { ArticleValidationError, type NewsArticle } from '../../src/schema/index.js'
import { readArticle } from '../fixtures/entities.js'

const article: NewsArticle = {
  type: 'NewsArticle',
  url: 'https://www.example.org/news/1',
  language: 'en',
  headline: 'Chamber Opens New Office',
  alternativeHeadline: 'A new home for members',
  authors: [
    { type: 'Person', name: 'Li Ming', jobTitle: 'Reporter' },
    { type: 'Organization', name: 'Chamber News Office' },
  ],
  editors: [{ type: 'Person', name: 'Zhou Ming' }],
  source: { name: 'Example Chamber', url: 'https://www.example.org/' },
  datePublished: '2014-10-13T17:00:00+08:00',
  breadcrumb: ['Home', 'News'],
  translations: [{ language: 'zh', url: 'https://www.example.org/zh/news/1', label: '中文版' }],
  body: {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [{ type: 'text', value: 'Opening' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'See ' },
          {
            type: 'link',
            url: 'https://elsewhere.example/x',
            children: [{ type: 'text', value: 'the plan' }],
          },
          { type: 'text', value: ' and ' },
          { type: 'link', url: '/news/2', children: [{ type: 'text', value: 'the office' }] },
          { type: 'text', value: '.' },
        ],
      },
    ],
  },
}

describe('renderHtml', () => {
  it('writes one documented structure', () => {
    expect(renderHtml(article, { jsonLd: false })).toMatchInlineSnapshot(`
      "<article lang="en" class="news-article"><nav class="news-article__breadcrumb" aria-label="Breadcrumb"><ol><li>Home</li><li>News</li></ol></nav><header class="news-article__header"><h1 class="news-article__headline">Chamber Opens New Office</h1><p class="news-article__subtitle">A new home for members</p><p class="news-article__meta"><span class="news-article__source"><span class="news-article__label">Source: </span><a href="https://www.example.org/">Example Chamber</a></span><span aria-hidden="true"> · </span><span class="news-article__authors"><span class="news-article__label">By </span><span class="news-article__author">Li Ming (<span class="news-article__job-title">Reporter</span>)</span>, <span class="news-article__author">Chamber News Office</span></span><span aria-hidden="true"> · </span><span class="news-article__editors"><span class="news-article__label">Editor: </span><span class="news-article__author">Zhou Ming</span></span><span aria-hidden="true"> · </span><span class="news-article__date"><span class="news-article__label">Published: </span><time datetime="2014-10-13T17:00:00+08:00">October 13, 2014 17:00</time></span></p></header><div class="news-article__body"><h2>Opening</h2>
      <p>See <a href="https://elsewhere.example/x">the plan</a> and <a href="/news/2">the office</a>.</p></div><aside class="news-article__translations"><h2>Also available in</h2><ul><li><a href="https://www.example.org/zh/news/1" hreflang="zh" lang="zh">中文版</a></li></ul></aside></article>"
    `)
  })

  it('prints labels and dates in Chinese for a Chinese article', () => {
    const html = renderHtml(readArticle('zh-trade-fair'), { jsonLd: false })
    expect(html).toContain('<span class="news-article__label">来源：</span>')
    expect(html).toContain('<time datetime="2021-03-05">2021年3月5日</time>')
    expect(html).toContain('<nav class="news-article__breadcrumb" aria-label="当前位置">')
    expect(html).toContain('<article lang="zh-Hans" class="news-article">')
  })

  it('prints a date-time in the article’s own zone, or in the timeZone option', () => {
    expect(renderHtml(article, { jsonLd: false })).toContain(
      '<time datetime="2014-10-13T17:00:00+08:00">October 13, 2014 17:00</time>',
    )
    expect(renderHtml(article, { jsonLd: false, timeZone: 'Europe/Berlin' })).toContain(
      '<time datetime="2014-10-13T17:00:00+08:00">October 13, 2014 11:00</time>',
    )
  })

  it.each(['UTC', 'America/New_York', 'Pacific/Kiritimati'])(
    'prints dates the same whatever the zone of the machine (%s)',
    (zone) => {
      const machine = process.env.TZ
      process.env.TZ = zone
      try {
        // 02:30 on the day New York's clocks skip from 02:00 to 03:00.
        const skipped = { ...article, datePublished: '2014-03-09T02:30:00-05:00' }
        expect(renderHtml(skipped, { jsonLd: false })).toContain('>March 9, 2014 02:30</time>')
        const early = { ...article, datePublished: '0050-06-01' }
        expect(renderHtml(early, { jsonLd: false })).toContain('>June 1, 0050</time>')
      } finally {
        if (machine === undefined) delete process.env.TZ
        else process.env.TZ = machine
      }
    },
  )

  it('moves every heading down with headingOffset', () => {
    const html = renderHtml(article, { jsonLd: false, headingOffset: 1 })
    expect(html).toContain('<h2 class="news-article__headline">')
    expect(html).toContain('<h3>Opening</h3>')
    expect(html).toContain('<aside class="news-article__translations"><h3>')
  })

  it('gives external links a target and rel, and leaves the site’s own alone', () => {
    const html = renderHtml(article, { jsonLd: false, linkTarget: '_blank' })
    expect(html).toContain(
      '<a href="https://elsewhere.example/x" target="_blank" rel="noopener noreferrer">',
    )
    expect(html).toContain('<a href="/news/2">')
  })

  it('resolves relative links against baseUrl', () => {
    expect(renderHtml(article, { jsonLd: false, baseUrl: 'https://cdn.example.org/' })).toContain(
      '<a href="https://cdn.example.org/news/2">',
    )
  })

  it('uses the class prefix and the labels given', () => {
    const html = renderHtml(article, {
      jsonLd: false,
      classPrefix: 'story',
      labels: { source: 'From: ' },
    })
    expect(html).toContain('<article lang="en" class="story">')
    expect(html).toContain('<span class="story__label">From: </span>')
  })

  it('adds a JSON-LD script after the article by default', () => {
    const html = renderHtml(article)
    expect(html).toMatch(
      /<\/article>\n<script type="application\/ld\+json">\{"@context":"https:\/\/schema.org"/,
    )
  })

  it('makes a whole page with document', () => {
    const html = renderHtml(article, {
      document: { stylesheet: 'link', stylesheetUrl: '/css/news.css' },
    })
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">/)
    expect(html).toContain('<title>Chamber Opens New Office</title>')
    expect(html).toContain('<link rel="stylesheet" href="/css/news.css">')
    expect(html).toContain('<link rel="canonical" href="https://www.example.org/news/1">')
    expect(html).toContain('<body><main><article')
    expect(renderHtml(article, { document: true })).toContain(
      '<style>/* @cccme/news-model default styles */',
    )
  })

  it('gives the same output for the same input', () => {
    const fixtures = ['seed-cooperation-conference', 'zh-trade-fair', 'rich-body'].map(readArticle)
    for (const fixture of fixtures) {
      expect(renderHtml(fixture, { document: true })).toBe(
        renderHtml(structuredClone(fixture), { document: true }),
      )
    }
  })

  it('returns a hast tree from toHast', () => {
    const tree = toHast(article, { jsonLd: false })
    expect(tree.type).toBe('root')
    expect(tree.children[0]).toMatchObject({ type: 'element', tagName: 'article' })
  })

  it('throws an ArticleValidationError for an invalid article', () => {
    expect(() => renderHtml({ ...article, headline: '' })).toThrow(ArticleValidationError)
  })

  it.each([
    [{ headingOffset: 6 }, RangeError, /headingOffset/],
    [{ timeZone: 'Mars/Olympus' }, RangeError, /timeZone/],
    [{ classPrefix: 'a b' }, RangeError, /classPrefix/],
    [{ baseUrl: 'javascript:alert(1)' }, RangeError, /baseUrl/],
    [{ rel: 'noopener' }, TypeError, /rel/],
  ])('throws for the bad option %j', (options, type, message) => {
    expect(() => renderHtml(article, options as never)).toThrow(type)
    expect(() => renderHtml(article, options as never)).toThrow(message)
  })
})
