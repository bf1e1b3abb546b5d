import { createRequire } from 'node:module'
import fc from 'fast-check'
import type { Nodes } from 'mdast'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../../src/parse/index.js'
import { renderMarkdown } from '../../../src/render/index.js'
import type { NewsArticle } from '../../../src/schema/index.js'
import { runs } from '../../_lib/runs.js'

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

  // mdast keeps a label with its escapes resolved but its identifier as written; a label
  // written from the first would read back with another identifier.
  it.each([
    ['a shortcut whose label escapes emphasis', '[\\*foo\\*]\n\n[\\*foo\\*]: /url\n'],
    ['an escaped label in another case', '[\\*FOO\\*][]\n\n[\\*foo\\*]: /url "Title"\n'],
    ['a label with a character reference', '[&amp; co]\n\n[&amp; co]: /url\n'],
    ['an image label with an escaped bracket', '![\\[a\\]]\n\n[\\[a\\]]: /a.png\n'],
    [
      'a label with an escaped pipe, in a table and out of it',
      '| a      |\n| ------ |\n| [a\\|b] |\n\n[a\\|b]: /url\n',
    ],
  ])('writes %s with its identifier', (_, markdown) => {
    expect(body(markdown)).toBe(markdown)
    const before = parseMarkdown(`${front}${markdown}`).article
    expect(parseMarkdown(renderMarkdown(before)).article).toEqual(before)
  })

  it('keeps a reference to its definition when its label cannot be written as it was', () => {
    // The character reference and the capitals cannot both be kept: the label is written
    // as its identifier, in small letters, and still names the definition.
    const markdown = '[x][\\*FOO\\* &amp;]\n\n[\\*foo\\* &amp;]: /url\n'
    expect(body(markdown)).toBe('[x][\\*foo\\* &amp;]\n\n[\\*foo\\* &amp;]: /url\n')
    const after = parseMarkdown(`${front}${body(markdown)}`).article
    expect(references(after)).toEqual(['linkReference full *foo* &'])
  })

  it('escapes a colon after a shortcut at the start of a line, so no definition is made', () => {
    for (const label of ['foo', 'foo*']) {
      const markdown = `[${label}]\\: x\n\n[${label}]: /url\n`
      const before = parseMarkdown(`${front}${markdown}`).article
      expect(body(markdown)).toMatch(/\]\\: x\n/)
      const after = parseMarkdown(`${front}${body(markdown)}`).article
      expect(after).toEqual(before)
      expect(references(after)).toEqual([`linkReference shortcut ${label}`])
    }
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

  it('keeps the identifier and kind of references with any label', { tags: ['properties'] }, () => {
    const piece = fc.constantFrom(
      'a',
      'B',
      'ß',
      '*',
      '_',
      '\\*',
      '\\[',
      '\\]',
      '\\|',
      '|',
      '&amp;',
      '&#42;',
      '`',
      ' ',
      '  ',
      '~',
      '~~',
      '中文',
      '!',
      '<b>',
    )
    const label = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''))
    const kind = fc.constantFrom('[L]', '[L][]', '[text][L]', '![L]', '![L][]', '![alt][L]')
    fc.assert(
      fc.property(label, label, kind, (used, defined, form) => {
        const markdown = `${form.replace('L', used)}\n\n[${defined}]: /url\n`
        const before = parseMarkdown(`${front}${markdown}`).article
        const after = parseMarkdown(renderMarkdown(before)).article
        const ids = (article: NewsArticle) => {
          const found: string[] = []
          const visit = (node: Nodes) => {
            if ('identifier' in node) found.push(`${node.type} ${node.identifier}`)
            if ('referenceType' in node) found.push(node.referenceType)
            if ('children' in node) for (const child of node.children) visit(child)
          }
          visit(article.body as Nodes)
          return found
        }
        expect(ids(after)).toEqual(ids(before))
      }),
      { numRuns: runs(300) },
    )
  })

  // One pass over the 652 examples for both claims: each is read, written and read again.
  let trips: Array<{ number: number; before: NewsArticle; after: NewsArticle }> = []
  beforeAll(() => {
    trips = spec.map((example) => {
      const before = parseMarkdown(`${front}${example.markdown.replaceAll('→', '\t')}`).article
      const after = parseMarkdown(renderMarkdown(before)).article
      return { number: example.number, before, after }
    })
    // Some 2,000 parses and renderings, on a machine that may be busy.
  }, 120_000)

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
