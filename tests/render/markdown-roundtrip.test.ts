import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../src/parse/index.js'
import { renderMarkdown } from '../../src/render/index.js'
import type { NewsArticle } from '../../src/schema/index.js'
import { runs } from '../_lib/runs.js'

// Text as articles hold it: no white space at either end, none but single spaces inside,
// and every kind of character Markdown gives a meaning to, Chinese text and URLs.
const pieces = fc.constantFrom(
  '*',
  '_',
  '#',
  '[',
  ']',
  '(',
  ')',
  '`',
  '~',
  '|',
  '>',
  '<',
  '!',
  '\\',
  '&',
  '+',
  '-',
  '.',
  '1.',
  'a',
  'Zhang',
  '商会',
  '年会',
  '：',
  '“',
  '”',
  'https://example.org/a_b*c',
  '<b>',
  '&amp;',
  '---',
  '***',
  '##',
  '1)',
  '- ',
  '[x]',
  '![',
  '&#42;',
  '12',
  '[^1]',
  'http://a.b',
  'www.example.com',
  'x@example.com',
)
const text = fc
  .array(pieces, { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join('').replace(/\s+/g, ' ').trim())
  .filter((value) => value !== '')
const name = fc.constantFrom('Li Ming', 'Wang Hua', 'Example Chamber Office', '王明', 'Maria López')
const textNode = text.map((value) => ({ type: 'text' as const, value }))
const paragraph = fc
  .array(
    fc.oneof(
      textNode,
      textNode.map((node) => ({ type: 'emphasis' as const, children: [node] })),
      textNode.map((node) => ({ type: 'strong' as const, children: [node] })),
      textNode.map((node) => ({ type: 'inlineCode' as const, value: node.value })),
      textNode.map((node) => ({
        type: 'link' as const,
        url: 'https://www.example.org/news/1',
        title: null,
        children: [node],
      })),
    ),
    { minLength: 1, maxLength: 4 },
  )
  // Inline nodes side by side with nothing between (`code``code`) are one node in
  // Markdown; a space keeps them apart, as in any text a person writes.
  .map((nodes) => ({
    type: 'paragraph' as const,
    children: nodes.flatMap((node, index) =>
      index === 0 ? [node] : [{ type: 'text' as const, value: ' ' }, node],
    ),
  }))
const block = fc.oneof(
  paragraph,
  fc.record({
    type: fc.constant('heading' as const),
    depth: fc.constantFrom(1, 2, 3, 4, 5, 6) as fc.Arbitrary<1 | 2 | 3 | 4 | 5 | 6>,
    children: fc.array(textNode, { minLength: 1, maxLength: 1 }),
  }),
  paragraph.map((child) => ({ type: 'blockquote' as const, children: [child] })),
  text.map((value) => ({ type: 'code' as const, lang: null, meta: null, value })),
)
const article = fc.record(
  {
    type: fc.constant('NewsArticle' as const),
    language: fc.constantFrom('en', 'zh', 'zh-Hans'),
    headline: text,
    alternativeHeadline: text,
    description: text,
    authors: fc.array(
      name.map((value) => ({ type: 'Person' as const, name: value })),
      { maxLength: 3 },
    ),
    source: name.map((value) => ({ name: value })),
    datePublished: fc.constantFrom(
      '2014-10-13',
      '2014-10-13T00:00:00+08:00',
      '2024-02-29T23:59:59-05:00',
    ),
    keywords: fc.array(text, { minLength: 1, maxLength: 3 }),
    breadcrumb: fc.array(text, { minLength: 1, maxLength: 3 }),
    body: fc
      .array(block, { maxLength: 5 })
      .map((children) => ({ type: 'root' as const, children })),
  },
  { requiredKeys: ['type', 'language', 'headline', 'authors', 'body'] },
)

// Two paragraphs in a row, or a paragraph after a block quote, are one paragraph in
// Markdown unless something separates them; the serializer does, so every generated
// body is one Markdown can hold. Adjacent text nodes are one text in mdast's own form.
function canonical(value: NewsArticle): NewsArticle {
  return JSON.parse(JSON.stringify(value)) as NewsArticle
}

describe('renderMarkdown and parseMarkdown', () => {
  it('give back an equal article, and the same bytes when rendered again', {
    tags: ['properties'],
  }, () => {
    fc.assert(
      fc.property(article, (generated) => {
        const markdown = renderMarkdown(generated)
        const back = parseMarkdown(markdown).article
        expect(canonical(back)).toEqual(canonical(merge(generated as NewsArticle)))
        expect(renderMarkdown(back)).toBe(markdown)
      }),
      { numRuns: runs(300) },
    )
  })
})

// mdast's own form has no two text nodes side by side: merge them as a parser would.
function merge(value: NewsArticle): NewsArticle {
  const visit = (node: { children?: unknown[] }): void => {
    if (!Array.isArray(node.children)) return
    const merged: unknown[] = []
    for (const child of node.children as Array<{
      type: string
      value?: string
      children?: unknown[]
    }>) {
      const last = merged[merged.length - 1] as { type: string; value?: string } | undefined
      if (child.type === 'text' && last?.type === 'text') last.value = `${last.value}${child.value}`
      else merged.push({ ...child })
    }
    node.children = merged
    for (const child of merged) visit(child as { children?: unknown[] })
  }
  const copy = canonical(value)
  visit(copy.body as { children?: unknown[] })
  return copy
}
