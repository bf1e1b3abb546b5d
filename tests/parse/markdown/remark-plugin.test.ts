import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { remarkNewsArticle } from '../../../src/parse/index.js'

const markdown = `---
title: Chamber Opens New Office
date: 2014-10-13
nickname: CCCME
---

The chamber opened a **new office** | with ~~no~~ ceremony.
`

describe('remarkNewsArticle', () => {
  it('puts the article in file.data.article and lets the pipeline go on to HTML', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkNewsArticle)
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(markdown)
    expect(file.data.article).toMatchObject({
      headline: 'Chamber Opens New Office',
      datePublished: '2014-10-13',
      language: 'en',
    })
    expect(String(file)).toBe(
      '<p>The chamber opened a <strong>new office</strong> | with <del>no</del> ceremony.</p>',
    )
  })

  it('reads front matter closed by "..." as parseMarkdown does', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkNewsArticle)
      .use(remarkRehype)
      .use(rehypeStringify)
      .process('---\ntitle: Chamber Opens New Office\n...\n\nThe chamber opened an office.\n')
    expect(file.data.article?.headline).toBe('Chamber Opens New Office')
    expect(String(file)).toBe('<p>The chamber opened an office.</p>')
  })

  it('reports diagnostics as vfile messages with place, rule and source', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkNewsArticle)
      .use(rehypeStringifyless)
      .process(markdown)
    expect(
      file.messages.map((m) => [m.reason, m.line, m.column, m.ruleId, m.source, m.fatal]),
    ).toEqual([['nickname: unknown key', 4, 1, 'unknown-key', 'news-model', false]])
  })

  it('gives each vfile message the span of the key or value it is about', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkNewsArticle)
      .use(rehypeStringifyless)
      .process(markdown)
    const [message] = file.messages
    const place = message?.place as { start: { offset: number }; end: { offset: number } }
    const { start, end } = place
    expect(markdown.slice(start.offset, end.offset)).toBe('nickname')
  })

  it('leaves the tree as it was, positions and front matter included', async () => {
    const processor = unified().use(remarkParse).use(remarkNewsArticle)
    const tree = processor.parse(markdown)
    const before = JSON.stringify(tree)
    await processor.run(tree)
    expect(JSON.stringify(tree)).toBe(before)
  })

  it('sets no article and reports a fatal message for an invalid file', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkNewsArticle, { strict: true })
      .use(rehypeStringifyless)
      .process(markdown.replace('2014-10-13', '2014-02-30'))
    expect(file.data.article).toBeUndefined()
    expect(file.messages.map((m) => [m.ruleId, m.fatal, m.line])).toEqual([
      ['impossible-date', true, 3],
      ['unknown-key', true, 4],
    ])
  })
})

// A compiler that writes nothing, for pipelines that only read.
function rehypeStringifyless(this: { compiler?: unknown }) {
  this.compiler = () => ''
}
