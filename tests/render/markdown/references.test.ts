import { createRequire } from 'node:module'
import type { Nodes } from 'mdast'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../../src/parse/index.js'
import { renderMarkdown } from '../../../src/render/index.js'
import type { NewsArticle } from '../../../src/schema/index.js'

interface SpecExample {
  markdown: string
  section: string
  number: number
}

// The CommonMark spec's examples (0.31.2), from the commonmark-spec package; `→` marks
// a tab in them.
const { tests: spec } = createRequire(import.meta.url)('commonmark-spec') as {
  tests: SpecExample[]
}

const front = '---\nheadline: Reference kinds\nlanguage: en\n---\n\n'

function body(markdown: string): string {
  const written = renderMarkdown(parseMarkdown(`${front}${markdown}`).article)
  return written.slice(written.indexOf('\n---\n') + 5).replace(/^\n/, '')
}

// Every reference of a body, in order, as `type kind label`.
function references(article: NewsArticle): string[] {
  const found: string[] = []
  const visit = (node: Nodes) => {
    if (node.type === 'linkReference' || node.type === 'imageReference') {
      found.push(`${node.type} ${node.referenceType} ${node.label}`)
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(article.body as Nodes)
  return found
}

describe('renderMarkdown and references', () => {
  it.each([
    ['a shortcut reference whose text a serializer escapes', '[foo*]\n\n[foo*]: /url\n'],
    ['a shortcut reference with an escaped bracket', '[Foo*bar\\]]\n\n[Foo*bar\\]]: /url\n'],
    ['an image shortcut whose label has emphasis', '![foo *bar*]\n\n[foo *bar*]: /train.jpg\n'],
    ['a collapsed image reference with emphasis', '![*foo* bar][]\n\n[*foo* bar]: /url\n'],
    ['a collapsed link reference', '[*foo* bar][]\n\n[*foo* bar]: /url\n'],
    ['a shortcut link reference', '[Foo]\n\n[foo]: /url\n'],
    ['a full reference', '[text][foo]\n\n[foo]: /url\n'],
    ['a full image reference', '![alt text][foo]\n\n[foo]: /url\n'],
  ])('writes %s as it was written', (_, markdown) => {
    expect(body(markdown)).toBe(markdown)
  })

  it('writes a shortcut in full when its label cannot give its text', () => {
    // An edited article: the link's text is no longer what its label reads as.
    const article = parseMarkdown(`${front}[foo]\n\n[foo]: /url\n`).article
    const paragraph = article.body.children[0]
    if (paragraph?.type !== 'paragraph' || paragraph.children[0]?.type !== 'linkReference') {
      throw new Error('expected a paragraph with a reference')
    }
    paragraph.children[0].children = [
      { type: 'emphasis', children: [{ type: 'text', value: 'x' }] },
    ]
    expect(renderMarkdown(article)).toContain('\n[*x*][foo]\n')
  })

  // One pass over the 652 examples for both claims: each is read, written and read again.
  let trips: Array<{ number: number; before: NewsArticle; after: NewsArticle }> = []
  beforeAll(() => {
    trips = spec.map((example) => {
      const before = parseMarkdown(`${front}${example.markdown.replaceAll('→', '\t')}`).article
      const after = parseMarkdown(renderMarkdown(before)).article
      return { number: example.number, before, after }
    })
  })

  it('keeps the kind of every reference in the CommonMark spec examples', () => {
    expect(trips).toHaveLength(652)
    const holding = trips.filter(({ before }) => references(before).length > 0)
    // 66 of the examples hold a link or image reference.
    expect(holding).toHaveLength(66)
    const changed = holding.filter(
      ({ before, after }) => references(after).join('\n') !== references(before).join('\n'),
    )
    expect(changed.map(({ number }) => number)).toEqual([])
  })

  it('reads back every CommonMark spec example as the same article', () => {
    const changed = trips.filter(
      ({ before, after }) => JSON.stringify(after) !== JSON.stringify(before),
    )
    expect(changed.map(({ number }) => number)).toEqual([])
  })
})
