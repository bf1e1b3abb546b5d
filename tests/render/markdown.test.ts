import { readdirSync, readFileSync } from 'node:fs'
import { load as loadWithJsYaml } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { parseMarkdown, parseText } from '../../src/parse/index.js'
import { renderMarkdown } from '../../src/render/index.js'
import { ArticleValidationError, type NewsArticle } from '../../src/schema/index.js'
import { minimal, readArticle } from '../fixtures/entities.js'

describe('renderMarkdown', () => {
  it('writes the front matter in the contract order, whatever the input order', () => {
    const article = readArticle('zh-trade-fair')
    const reversed = Object.fromEntries(Object.entries(article).reverse()) as NewsArticle
    const keys = [...renderMarkdown(reversed).matchAll(/^(\w+):/gm)].map((m) => m[1])
    expect(keys).toEqual([
      'id',
      'url',
      'language',
      'headline',
      'description',
      'authors',
      'editors',
      'source',
      'publisher',
      'datePublished',
      'dateModified',
      'breadcrumb',
      'keywords',
      'translations',
      'about',
      'contentLocation',
    ])
  })

  it('writes an article without body as front matter alone', () => {
    expect(renderMarkdown(minimal)).toBe(
      '---\nlanguage: en\nheadline: Chamber Opens New Office\nauthors: []\n---\n',
    )
  })

  it('escapes text that looks like Markdown, and quotes YAML that would change type', () => {
    const markdown = renderMarkdown({
      ...minimal,
      headline: 'true',
      body: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [{ type: 'text', value: '# Not a heading, *not* emphasis' }],
          },
        ],
      },
    })
    expect(markdown).toBe(
      '---\nlanguage: en\nheadline: "true"\nauthors: []\n---\n\n\\# Not a heading, \\*not\\* emphasis\n',
    )
  })

  it('quotes every string a YAML 1.1 reader would take as another type', () => {
    const article = {
      ...minimal,
      headline: 'yes',
      alternativeHeadline: 'on',
      description: '1:20',
      keywords: ['no', 'off', '2014-10-13', '0755', '1_000', '~', 'null', '.5e3', 'Y'],
      datePublished: '2014-10-13T00:00:00+08:00',
      dateModified: '2014-10-14',
    }
    const markdown = renderMarkdown(article)
    expect(markdown).toContain('datePublished: "2014-10-13T00:00:00+08:00"\n')
    const front = (markdown.split('---\n')[1] ?? '') as string
    const fields = Object.fromEntries(
      Object.entries(article).filter(([key]) => key !== 'type' && key !== 'body'),
    )
    // js-yaml, as Astro and many site generators read front matter: a plain timestamp
    // would come back as a Date in UTC, `yes`/`on` and `1:20` as other types in 1.1.
    expect(loadWithJsYaml(front)).toEqual(fields)
    expect(parseYaml(front, { version: '1.1' })).toEqual(fields)
    expect(parseYaml(front, { version: '1.2' })).toEqual(fields)
    expect(parseMarkdown(markdown).article).toEqual(article)
  })

  it('throws an ArticleValidationError for an invalid article', () => {
    expect(() => renderMarkdown({ ...minimal, headline: '' })).toThrow(ArticleValidationError)
  })
})

describe('round trips', () => {
  it.each(['seed-cooperation-conference', 'zh-trade-fair'])('gives back the %s fixture', (name) => {
    const article = readArticle(name)
    const markdown = renderMarkdown(article)
    expect(parseMarkdown(markdown).article).toEqual(article)
    expect(renderMarkdown(parseMarkdown(markdown).article)).toBe(markdown)
  })

  it('settles a hand-written body in one round: the second rendering is the first', () => {
    const markdown = renderMarkdown(readArticle('rich-body'))
    const once = renderMarkdown(parseMarkdown(markdown).article)
    expect(renderMarkdown(parseMarkdown(once).article)).toBe(once)
  })

  const folder = new URL('../fixtures/text/', import.meta.url)
  const pages = readdirSync(folder).filter((name) => name.endsWith('.txt'))

  it.each(pages)('gives back the article parseText makes of %s', (name) => {
    const { article } = parseText(readFileSync(new URL(name, folder), 'utf8'))
    const markdown = renderMarkdown(article)
    expect(parseMarkdown(markdown).article).toEqual(article)
    expect(renderMarkdown(parseMarkdown(markdown).article)).toBe(markdown)
  })
})

describe('the example article', () => {
  const folder = new URL('../../examples/articles/', import.meta.url)

  it('reads to the same article from the legacy page and from its Markdown migration', () => {
    const fromText = parseText(readFileSync(new URL('annual-meeting.txt', folder), 'utf8')).article
    const fromMarkdown = parseMarkdown(
      readFileSync(new URL('annual-meeting.md', folder), 'utf8'),
    ).article
    expect(fromMarkdown).toEqual(fromText)
  })
})
