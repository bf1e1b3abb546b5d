import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import type { Element, Nodes } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { find, html as htmlSpace } from 'property-information'
import { describe, expect, it } from 'vitest'
import { bodySchema, frameAllowList } from '../../src/render/html/allow-list.js'
import { htmlAllowList, renderHtml, urlAttributes } from '../../src/render/index.js'
import { type NewsArticle, validateArticle } from '../../src/schema/index.js'
import { runs } from '../_lib/runs.js'
import { acceptedPayload, everywhere } from '../fixtures/everywhere.js'
import { allXssPayloads, naughtyStrings, xssPayloads } from '../fixtures/xss-payloads.js'

const headElements = new Set(['meta', 'link', 'style', 'title'])
const schemes = ['http:', 'https:', 'mailto:']

// Whatever is outside the allow-list in a page, as a browser parses it (parse5, the
// HTML standard's parser, by way of hast-util-from-html).
function outsideAllowList(html: string, document: boolean): string[] {
  const found: string[] = []
  const stack: Array<{ node: Nodes; inHead: boolean }> = [
    { node: fromHtml(html, { fragment: !document }), inHead: false },
  ]
  while (stack.length > 0) {
    const { node, inHead } = stack.pop() as { node: Nodes; inHead: boolean }
    if (node.type === 'comment') found.push('<!--comment-->')
    if (node.type === 'element') found.push(...checkElement(node, inHead))
    if ('children' in node) {
      const head = inHead || (node.type === 'element' && node.tagName === 'head')
      for (const child of node.children) stack.push({ node: child as Nodes, inHead: head })
    }
  }
  return found
}

function checkElement(element: Element, inHead: boolean): string[] {
  const { tagName, properties } = element
  const allowed = htmlAllowList[tagName]
  if (allowed === undefined) return [`<${tagName}>`]
  const found: string[] = []
  if (headElements.has(tagName) && !inHead) found.push(`<${tagName}> outside <head>`)
  if (tagName === 'script' && properties.type !== 'application/ld+json') found.push('<script>')
  for (const [property, value] of Object.entries(properties)) {
    const attribute = find(htmlSpace, property).attribute.toLowerCase()
    if (!allowed.includes(attribute) && !htmlAllowList['*']?.includes(attribute)) {
      found.push(`<${tagName} ${attribute}>`)
    }
    const kind = urlAttributes[attribute]
    if (kind === undefined || value === null || value === undefined) continue
    const text = Array.isArray(value) ? value.join(kind === 'srcset' ? ',' : ' ') : String(value)
    const urls =
      kind === 'srcset'
        ? text.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
        : kind === 'urls'
          ? text.split(/\s+/)
          : [text]
    for (const url of urls) {
      if (!schemes.includes(new URL(url, 'https://page.example/').protocol)) {
        found.push(`<${tagName} ${attribute}="${text}">`)
      }
    }
  }
  return found
}

// Hostile raw HTML: the elements and attributes that carry script or load things, with
// script URLs (alone, among image candidates, in a list), payloads and random strings
// as values, opened and sometimes closed. Elements the allow-list holds and URL
// attributes come most often: there a fault would show.
const hostileTag = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'a',
      'img',
      'source',
      'div',
      'blockquote',
      'q',
      'del',
      'picture',
      'td',
      'input',
      'section',
      'h2',
      'li',
      'code',
      'details',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'iframe',
      'script',
      'svg',
      'math',
      'form',
      'button',
      'meta',
      'base',
      'link',
      'style',
      'object',
      'embed',
      'video',
      'template',
      'noscript',
      'table',
      'textarea',
      'select',
    ),
  },
)
const hostileAttribute = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...Object.keys(urlAttributes)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'onclick',
      'onerror',
      'onload',
      'style',
      'id',
      'name',
      'class',
      'srcdoc',
      'http-equiv',
      'content',
      'type',
      'target',
      'rel',
      'aria-describedby',
      'data-footnote-ref',
      'is',
      'slot',
    ),
  },
)
const scriptUrl = fc.constantFrom(
  'javascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  '&#106;avascript:alert(1)',
)
const hostileValue = fc.oneof(
  { weight: 4, arbitrary: scriptUrl },
  { weight: 2, arbitrary: scriptUrl.map((url) => `https://ok.example/a.png 1x, ${url} 2x`) },
  { weight: 2, arbitrary: scriptUrl.map((url) => `https://ok.example/ ${url}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '0;url=javascript:alert(1)',
      'background:url(javascript:alert(1))',
      ...xssPayloads,
    ),
  },
  { weight: 1, arbitrary: fc.string() },
)
const hostileElement = fc
  .tuple(
    hostileTag,
    fc.array(fc.tuple(hostileAttribute, hostileValue), { minLength: 1, maxLength: 4 }),
    fc.string(),
    fc.boolean(),
  )
  .map(
    ([tag, attributes, text, close]) =>
      `<${tag}${attributes.map(([name, value]) => ` ${name}="${value.replaceAll('"', '&quot;')}"`).join('')}>${text}${close ? `</${tag}>` : ''}`,
  )
const hostileHtml = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .array(hostileElement, { minLength: 1, maxLength: 12 })
      .map((parts) => parts.join('')),
  },
  { weight: 1, arbitrary: fc.constantFrom(...allXssPayloads) },
)
// A string for every field: a known payload, a naughty string, or anything at all.
const hostileString = fc.oneof(
  fc.constantFrom(...allXssPayloads),
  fc.string(),
  fc.string({ unit: 'binary' }),
)

function withRawHtml(article: NewsArticle, html: string): NewsArticle {
  return {
    ...article,
    body: { ...article.body, children: [...article.body.children, { type: 'html', value: html }] },
  }
}

describe('renderHtml writes nothing outside the documented allow-list', () => {
  // Some 40 ms a case on a loaded machine, five times over.
  const limit = { tags: ['properties'], timeout: runs(150) * 200 }
  it(
    '(unsafe) for any valid article with hostile strings in every field and hostile raw HTML in the body',
    limit,
    () => {
      let rendered = 0
      fc.assert(
        fc.property(hostileString, hostileHtml, fc.boolean(), (payload, html, linkTarget) => {
          let article: NewsArticle
          try {
            article = withRawHtml(everywhere(acceptedPayload(payload)), html)
          } catch {
            // A payload the Markdown parser refuses makes no article to render.
            return
          }
          fc.pre(validateArticle(article).success)
          const options = linkTarget ? { linkTarget: '_blank' } : {}
          expect(outsideAllowList(renderHtml(article, options), false)).toEqual([])
          expect(
            outsideAllowList(renderHtml(article, { ...options, document: true }), true),
          ).toEqual([])
          rendered++
        }),
        { numRuns: runs(150) },
      )
      expect(rendered).toBeGreaterThan(runs(150) / 2)
    },
  )

  it('(safe) holds the sanitizer’s schema and the frame’s elements', () => {
    for (const [tagName, attributes] of Object.entries(frameAllowList)) {
      expect(htmlAllowList[tagName]).toEqual(expect.arrayContaining([...attributes]))
    }
    for (const tagName of bodySchema.tagNames ?? []) expect(htmlAllowList).toHaveProperty(tagName)
    expect(Object.keys(htmlAllowList)).not.toContain('iframe')
    expect(Object.keys(htmlAllowList)).not.toContain('form')
    expect(Object.values(htmlAllowList).flat()).not.toContain('style')
    expect(
      Object.values(htmlAllowList)
        .flat()
        .filter((name) => name.startsWith('on')),
    ).toEqual([])
  })

  it('is tried with every payload of the fixtures and the Big List of Naughty Strings', () => {
    // The counts reported with the property above.
    expect(allXssPayloads.length).toBeGreaterThan(600)
    expect(naughtyStrings.length).toBeGreaterThan(400)
  })
})

describe('docs/rendering.md', () => {
  const text = readFileSync(new URL('../../docs/rendering.md', import.meta.url), 'utf8')

  it.each(Object.keys(urlAttributes).map((name) => [name]))(
    'lists the URL attribute %s',
    (name) => {
      expect(text).toContain(`| \`${name}\` |`)
    },
  )

  it('lists every element of the allow-list with its attributes', () => {
    const rows = new Map<string, string>()
    for (const line of text.split('\n')) {
      const match = /^\| ((?:`[a-z0-9]+` ?)+)\| (.+) \|$/.exec(line)
      if (!match) continue
      for (const tagName of (match[1] ?? '').match(/[a-z0-9]+/g) ?? [])
        rows.set(tagName, match[2] ?? '')
    }
    for (const [tagName, attributes] of Object.entries(htmlAllowList)) {
      if (tagName === '*') {
        for (const name of attributes) expect(text).toContain(`\`${name}\``)
        continue
      }
      const written = rows.get(tagName)
      expect(written, tagName).toBeDefined()
      expect((written ?? '').match(/`[^`]+`/g)?.map((name) => name.slice(1, -1)) ?? []).toEqual(
        attributes,
      )
    }
  })
})
