import { remark } from 'remark'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { describe, expect, it } from 'vitest'
import { remarkNewsArticle as fromParse } from '../../src/parse/index.js'
import newsModel, { remarkNewsArticle } from '../../src/remark/index.js'

// An invented article with a table, a footnote and strikethrough, and a key the model
// does not name.
const markdown = `---
title: Chamber Opens New Office
date: 2014-10-13
nickname: CCCME
---

The office opens ~~in May~~ on Monday.[^1]

| City    | Staff |
| ------- | ----- |
| Beijing | 12    |

[^1]: As the board decided.
`

describe('@cccme/news-model/remark', () => {
  it('exports the plugin as its default, by name, and as /parse does', () => {
    expect(newsModel).toBe(remarkNewsArticle)
    expect(newsModel).toBe(fromParse)
  })

  it('reads the article into file.data.article in a remark pipeline', async () => {
    const file = await remark().use(newsModel).process(markdown)
    expect(file.data.article?.headline).toBe('Chamber Opens New Office')
    expect(file.data.article?.datePublished).toBe('2014-10-13')
  })

  it('writes the Markdown back, GFM table, footnote and strikethrough included', async () => {
    const file = await remark().use(newsModel).process(markdown)
    expect(String(file)).toBe(markdown)
  })

  it('puts each diagnostic on the file, named by its path, for vfile-reporter', async () => {
    const file = await remark()
      .use(newsModel)
      .process(new VFile({ path: 'news/office.md', value: markdown }))
    expect(reporter(file, { color: false })).toMatchInlineSnapshot(`
      "news/office.md
      4:1-4:9 warning nickname: unknown key unknown-key news-model

      ⚠ 1 warning"
    `)
  })

  it('takes the options of parseMarkdown that apply to a pipeline: strict, timeZone', async () => {
    const strict = await remark().use(newsModel, { strict: true }).process(markdown)
    expect(strict.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['unknown-key', true]])
    expect(strict.data.article).toBeUndefined()
    const timed = markdown.replace('date: 2014-10-13', 'date: 2014-10-13 09:30')
    const file = await remark().use(newsModel, { timeZone: 'Europe/Berlin' }).process(timed)
    expect(file.data.article?.datePublished).toBe('2014-10-13T09:30:00+02:00')
  })

  it('throws a TypeError or RangeError naming a bad option when the plugin is used', () => {
    expect(() => remark().use(newsModel, { timeZone: 'Mars/Olympus' }).freeze()).toThrow(RangeError)
    expect(() =>
      remark()
        .use(newsModel, { strict: 'yes' as never })
        .freeze(),
    ).toThrow(/Invalid `strict` "yes"/)
  })
})
