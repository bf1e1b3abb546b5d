import fc from 'fast-check'
import type { Element, ElementContent, Nodes, Properties } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { describe, expect, it } from 'vitest'
import { htmlSettings, serializeHtml } from '../../src/render/html/serialize.js'
import { renderHtml, toHast } from '../../src/render/index.js'
import { runs } from '../_lib/runs.js'
import { acceptedPayload, everywhere } from '../fixtures/everywhere.js'
import { allXssPayloads } from '../fixtures/xss-payloads.js'
import { documentArticles } from './documents.js'

// serializeHtml must write exactly what hast-util-to-html writes: it is checked here
// against it on the rendered fixtures, on every XSS payload and on random trees.
const reference = (tree: Nodes) => toHtml(tree, htmlSettings)

const optionSets = [
  {},
  { document: true },
  { jsonLd: false, headingOffset: 2, linkTarget: '_blank', baseUrl: 'https://example.org/a/' },
]

describe('serializeHtml', () => {
  it.each(documentArticles())('writes the rendered %s as hast-util-to-html does', (_, article) => {
    for (const options of optionSets) {
      const tree = toHast(article, options)
      expect(serializeHtml(tree)).toBe(reference(tree))
      expect(renderHtml(article, options)).toBe(reference(tree))
    }
  })

  // Some seven hundred pages, each parsed from Markdown, rendered and written twice:
  // seconds, not the default budget, on a loaded machine.
  it('writes every XSS payload in every field as hast-util-to-html does', () => {
    for (const payload of allXssPayloads) {
      const tree = toHast(everywhere(acceptedPayload(payload)), { document: true })
      expect(serializeHtml(tree), payload).toBe(reference(tree))
    }
  }, 60_000)

  it('escapes text, attribute names and values', () => {
    const tree: Nodes = {
      type: 'element',
      tagName: 'p',
      properties: { title: `a"b'c&d\`e\0`, className: ['x', 'y'], 'x<y': 'z' },
      children: [{ type: 'text', value: '<script>&amp;' }],
    }
    expect(serializeHtml(tree)).toBe(
      '<p title="a&#x22;b&#x27;c&#x26;d&#x60;e&#x0;" class="x y" x&#x3C;y="z">&#x3C;script>&#x26;amp;</p>',
    )
  })

  it('keeps the text of scripts and styles as it stands', () => {
    const tree: Nodes = {
      type: 'element',
      tagName: 'script',
      properties: { type: 'application/ld+json' },
      children: [{ type: 'text', value: '{"a":"<b>&"}' }],
    }
    expect(serializeHtml(tree)).toBe('<script type="application/ld+json">{"a":"<b>&"}</script>')
  })

  it('hands comments, raw nodes, SVG and templates to hast-util-to-html', () => {
    const trees: Nodes[] = [
      { type: 'root', children: [{ type: 'comment', value: '--><script>' }] },
      { type: 'root', children: [{ type: 'raw', value: '<b>' }] },
      {
        type: 'element',
        tagName: 'svg',
        properties: { viewBox: '0 0 1 1' },
        children: [{ type: 'element', tagName: 'path', properties: {}, children: [] }],
      },
    ]
    for (const tree of trees) expect(serializeHtml(tree)).toBe(reference(tree))
  })

  it('writes random trees as hast-util-to-html does', { tags: ['properties'] }, () => {
    fc.assert(
      fc.property(tree(), (node) => {
        expect(serializeHtml(node)).toBe(reference(node))
      }),
      { numRuns: runs(500) },
    )
  })
})

// Tags of every kind the writer treats apart: void, raw text, foreign, upper case.
const tagNames = [
  'p',
  'a',
  'span',
  'br',
  'img',
  'input',
  'hr',
  'script',
  'style',
  'svg',
  'template',
  'BR',
  'td',
  'title',
  'textarea',
]
// Property names of every kind: space- and comma-separated lists, booleans,
// overloaded booleans, numbers, data and ARIA properties, unknown and odd names.
const propertyNames = [
  'className',
  'id',
  'href',
  'hidden',
  'checked',
  'download',
  'accept',
  'coords',
  'tabIndex',
  'ariaHidden',
  'ariaLabel',
  'dataFootnoteRef',
  'rel',
  'unknownThing',
  'x"y',
  'x\0y',
  'on-click',
]
// Characters HTML treats apart come often; any other code point now and then.
const character = fc.oneof(
  fc.constantFrom('<', '>', '&', '"', "'", '`', '=', '/', '\0', ' ', '\t', '\n', 'a', '中', '😀'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
)
const text = fc.string({ unit: character, maxLength: 12 })
const value: fc.Arbitrary<Properties[string]> = fc.oneof(
  text,
  fc.constantFrom('', 'hidden', 'download', 'true', 'false'),
  fc.integer(),
  fc.constant(Number.NaN),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.oneof(text, fc.integer(), fc.constant('')), { maxLength: 3 }),
)

function tree(): fc.Arbitrary<Nodes> {
  const { node } = fc.letrec<{ node: ElementContent; element: Element }>((self) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ type: fc.constant('text' as const), value: text }),
      self('element'),
      fc.record({ type: fc.constant('comment' as const), value: text }),
    ),
    element: fc.record({
      type: fc.constant('element' as const),
      tagName: fc.constantFrom(...tagNames),
      properties: fc.dictionary(fc.constantFrom(...propertyNames), value, { maxKeys: 4 }),
      children: fc.array(self('node'), { maxLength: 3 }),
    }),
  }))
  return fc.oneof(
    { weight: 4, arbitrary: fc.array(node, { maxLength: 4 }).map(rootWithout) },
    { weight: 1, arbitrary: node.map((child): Nodes => ({ type: 'root', children: [child] })) },
    { weight: 1, arbitrary: node.map((child) => withDoctype(child)) },
  )
}

// Most random trees are kept to what the fast writer takes (no comments), so that it,
// and not the hand-over, is what the property mostly checks.
function rootWithout(children: ElementContent[]): Nodes {
  const strip = (node: ElementContent): ElementContent[] =>
    node.type === 'comment'
      ? []
      : node.type === 'element'
        ? [{ ...node, children: node.children.flatMap(strip) }]
        : [node]
  return { type: 'root', children: children.flatMap(strip) }
}

function withDoctype(child: ElementContent): Nodes {
  return { type: 'root', children: [{ type: 'doctype' }, child] }
}
