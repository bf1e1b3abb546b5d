import type { Element, Nodes } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { find, html as htmlSpace } from 'property-information'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { bodySchema } from '../../src/render/html/allow-list.js'
import { renderHtml, urlAttributes } from '../../src/render/index.js'
import {
  ArticleValidationError,
  type NewsArticle,
  validateArticle,
} from '../../src/schema/index.js'
import { acceptedPayload, everywhere } from '../fixtures/everywhere.js'
import { allXssPayloads } from '../fixtures/xss-payloads.js'

const forbiddenElements = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'base',
  'form',
  'frame',
  'frameset',
  'applet',
  'meta',
  'link',
  'style',
  'svg',
  'math',
  'template',
])

// What a browser would build from the HTML: parse5, the HTML standard's parser.
function problemsIn(html: string, document: boolean): string[] {
  const tree = fromHtml(html, { fragment: !document })
  const problems: string[] = []
  const walk = (node: Nodes, inHead: boolean): void => {
    if (node.type === 'element') problems.push(...check(node, inHead))
    if ('children' in node) {
      for (const child of node.children)
        walk(child as Nodes, inHead || (node.type === 'element' && node.tagName === 'head'))
    }
  }
  walk(tree, false)
  return problems
}

function check(element: Element, inHead: boolean): string[] {
  const problems: string[] = []
  const { tagName, properties } = element
  const jsonLd = tagName === 'script' && properties.type === 'application/ld+json'
  const ownHead = inHead && ['meta', 'link', 'style'].includes(tagName)
  if (forbiddenElements.has(tagName) && !jsonLd && !ownHead) problems.push(`<${tagName}>`)
  for (const name of Object.keys(properties)) {
    if (/^on/i.test(name)) problems.push(`${tagName}[${name}]`)
    if (name === 'style') problems.push(`${tagName}[style]`)
  }
  problems.push(...unsafeUrlsOf(element))
  if (jsonLd) {
    const script = element.children.map((child) => ('value' in child ? child.value : '')).join('')
    JSON.parse(script)
  }
  return problems
}

describe('renderHtml security', () => {
  it.each(allXssPayloads.map((payload) => [payload]))(
    '(safe) a page with %j in every field',
    (given) => {
      const payload = acceptedPayload(given)
      // What the model refuses, the renderer refuses too, with the documented error.
      if (payload !== given)
        expect(() => renderHtml(everywhere(given))).toThrow(ArticleValidationError)
      const article = everywhere(payload)
      expect(validateArticle(article).success).toBe(true)
      expect(problemsIn(renderHtml(article), false)).toEqual([])
      expect(problemsIn(renderHtml(article, { document: true }), true)).toEqual([])
    },
  )

  it.each(['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,x', 'vbscript:x'])(
    '(unsafe) the URL %j in a link, image, source or author is not written',
    (url) => {
      const article: NewsArticle = {
        type: 'NewsArticle',
        language: 'en',
        headline: 'Links',
        authors: [],
        body: {
          type: 'root',
          children: [
            {
              type: 'paragraph',
              children: [
                { type: 'link', url, children: [{ type: 'text', value: 'x' }] },
                { type: 'image', url, alt: 'y' },
              ],
            },
          ],
        },
      }
      const html = renderHtml(article)
      expect(html).toContain('<a>x</a><img alt="y">')
      expect(html.toLowerCase()).not.toContain('script:')
    },
  )

  it('(unsafe) JSON-LD cannot be ended by </script>, <!-- or line separators', () => {
    const html = renderHtml({
      type: 'NewsArticle',
      language: 'en',
      headline: '</script><script>alert(1)</script><!--\u2028\u2029 end',
      authors: [],
      body: { type: 'root', children: [] },
    })
    const script = html.slice(html.indexOf('<script'))
    expect(script.match(/<\/script>/g)).toHaveLength(1)
    expect(script).not.toContain('<!--')
    expect(script).toContain('\\u003c/script\\u003e')
    expect(script).toContain('\\u2028\\u2029')
  })
})

// Script URLs as an attacker writes them into raw HTML: plain, in other schemes, and
// disguised with character references, white space and case.
const scriptUrls = [
  'javascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'jav&#x09;ascript:alert(1)',
  ' javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '&#106;avascript:alert(1)',
  // U+0001 by reference: the model takes no control character written as such.
  '&#1;javascript:alert(1)',
  '&#x1;javascript:alert(1)',
  'java%0ascript:alert(1)',
]

// The value an attribute of each kind holds, with the script URL among safe ones.
function valueWith(attribute: string, url: string): string {
  const kind = urlAttributes[attribute]
  if (kind === 'srcset') return `https://ok.example/a.png 1x, ${url} 2x`
  if (kind === 'urls') return `https://ok.example/a ${url}`
  return url
}

function withHtml(value: string): NewsArticle {
  return {
    type: 'NewsArticle',
    language: 'en',
    headline: 'Raw HTML',
    authors: [],
    body: { type: 'root', children: [{ type: 'html', value }] },
  }
}

// Every URL held by a URL-valued attribute of the parsed output that is not http,
// https or mailto (or relative).
function unsafeUrlsIn(html: string): string[] {
  const unsafe: string[] = []
  const nodes: Nodes[] = [fromHtml(html, { fragment: true })]
  while (nodes.length > 0) {
    const node = nodes.pop() as Nodes
    if ('children' in node) nodes.push(...(node.children as Nodes[]))
    if (node.type === 'element') unsafe.push(...unsafeUrlsOf(node))
  }
  return unsafe
}

function unsafeUrlsOf(element: Element): string[] {
  const unsafe: string[] = []
  for (const [property, value] of Object.entries(element.properties)) {
    const attribute = find(htmlSpace, property).attribute.toLowerCase()
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
      const { protocol } = new URL(url, 'https://page.example/')
      if (!['http:', 'https:', 'mailto:'].includes(protocol)) {
        unsafe.push(`<${element.tagName} ${attribute}="${text}">`)
      }
    }
  }
  return unsafe
}

describe('renderHtml, URL-valued attributes in raw HTML', () => {
  it.each(Object.keys(urlAttributes).map((attribute) => [attribute]))(
    '(unsafe) %s holding a script URL is not written',
    (attribute) => {
      for (const url of scriptUrls) {
        const value = valueWith(attribute, url).replaceAll('"', '&quot;')
        const tags = [
          `<a ${attribute}="${value}">x</a>`,
          `<img ${attribute}="${value}">`,
          `<picture><source ${attribute}="${value}"></picture>`,
          `<div itemscope ${attribute}="${value}">x</div>`,
          `<blockquote ${attribute}="${value}">x</blockquote>`,
        ]
        const html = renderHtml(withHtml(tags.join('\n')), { jsonLd: false })
        expect(unsafeUrlsIn(html), `${attribute}: ${url}`).toEqual([])
      }
    },
  )

  it.each([
    [
      '<picture><source srcset="https://a.example/1.png 1x, /2.png 2x"></picture>',
      'srcset="https://a.example/1.png 1x, /2.png 2x"',
    ],
    ['<a href="https://a.example/" title="t">x</a>', 'href="https://a.example/"'],
    ['<a href="mailto:news@example.org">x</a>', 'href="mailto:news@example.org"'],
    ['<blockquote cite="https://a.example/q">q</blockquote>', 'cite="https://a.example/q"'],
    [
      '<div itemscope itemtype="https://schema.org/Event">x</div>',
      'itemtype="https://schema.org/Event"',
    ],
  ])('(safe) %s keeps its address', (raw, kept) => {
    expect(renderHtml(withHtml(raw), { jsonLd: false })).toContain(kept)
  })
})

describe('renderHtml, with the allow-list extended to every URL attribute and dangerous element', () => {
  const saved = {
    tagNames: bodySchema.tagNames,
    attributes: bodySchema.attributes,
    protocols: bodySchema.protocols,
  }
  beforeEach(() => {
    // As a caller who widens the sanitizer's schema would, with no scheme limits at
    // all: the renderer's own checks must hold without it.
    const everyProperty = Object.keys(urlAttributes).map((name) => find(htmlSpace, name).property)
    bodySchema.protocols = {}
    bodySchema.tagNames = [
      ...(saved.tagNames ?? []),
      ...[...forbiddenElements, 'video', 'button', 'area', 'object'],
    ]
    bodySchema.attributes = {
      ...saved.attributes,
      '*': [
        ...(saved.attributes?.['*'] ?? []),
        ...everyProperty,
        'style',
        'httpEquiv',
        'content',
        'srcDoc',
        /^on/.source,
      ],
    }
  })
  afterEach(() => {
    bodySchema.tagNames = saved.tagNames
    bodySchema.attributes = saved.attributes
    bodySchema.protocols = saved.protocols
  })

  it.each(Object.keys(urlAttributes).map((attribute) => [attribute]))(
    '(unsafe) %s holding a script URL is not written',
    (attribute) => {
      for (const url of scriptUrls) {
        const value = valueWith(attribute, url).replaceAll('"', '&quot;')
        const tags = [
          `<a ${attribute}="${value}">x</a>`,
          `<video ${attribute}="${value}"></video>`,
          `<form ${attribute}="${value}"><button ${attribute}="${value}">go</button></form>`,
          `<div ${attribute}="${value}">x</div>`,
        ]
        const html = renderHtml(withHtml(tags.join('\n')), { jsonLd: false })
        expect(unsafeUrlsIn(html), `${attribute}: ${url}`).toEqual([])
        expect(problemsIn(html, false)).toEqual([])
      }
    },
  )

  it.each([
    [
      'a style attribute with url(javascript:)',
      '<div style="background:url(javascript:alert(1))">x</div>',
    ],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
    ['a base href', '<base href="javascript:alert(1)//">'],
    [
      'a form and a button',
      '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">go</button></form>',
    ],
    ['an iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
    ['an event handler', '<div onclick="alert(1)">x</div>'],
    ['an svg with xlink:href', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
  ])('(unsafe) %s is neutralised', (_, raw) => {
    const html = renderHtml(withHtml(raw), { jsonLd: false })
    expect(problemsIn(html, false)).toEqual([])
    expect(unsafeUrlsIn(html)).toEqual([])
    expect(html).not.toMatch(/<(meta|base|form|button|iframe|svg)\b|style=|onclick/i)
  })
})

describe('renderHtml, ids it makes', () => {
  const footnotes = (withRawHtml: boolean) =>
    ({
      type: 'NewsArticle',
      language: 'en',
      headline: 'Notes',
      authors: [],
      body: {
        type: 'root',
        children: [
          ...(withRawHtml ? [{ type: 'html', value: '<b>raw</b>' }] : []),
          {
            type: 'paragraph',
            children: [
              { type: 'text', value: 'Text' },
              { type: 'footnoteReference', identifier: '1', label: '1' },
            ],
          },
          {
            type: 'footnoteDefinition',
            identifier: '1',
            label: '1',
            children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Note' }] }],
          },
        ],
      },
    }) as NewsArticle

  it.each([[false], [true]])(
    '(unsafe) every id carries the user-content- prefix and every in-page link follows it (raw HTML: %s)',
    (withRawHtml) => {
      const tree = fromHtml(renderHtml(footnotes(withRawHtml), { jsonLd: false }), {
        fragment: true,
      })
      const ids: string[] = []
      const references: string[] = []
      const nodes: Nodes[] = [tree]
      while (nodes.length > 0) {
        const node = nodes.pop() as Nodes
        if ('children' in node) nodes.push(...(node.children as Nodes[]))
        if (node.type !== 'element') continue
        const { id, href, ariaDescribedBy } = node.properties
        if (typeof id === 'string') ids.push(id)
        if (typeof href === 'string' && href.startsWith('#')) references.push(href.slice(1))
        if (Array.isArray(ariaDescribedBy)) references.push(...ariaDescribedBy.map(String))
      }
      expect(ids.sort()).toEqual([
        'user-content-fn-1',
        'user-content-fnref-1',
        'user-content-footnote-label',
      ])
      expect(references.sort()).toEqual([
        'user-content-fn-1',
        'user-content-fnref-1',
        'user-content-footnote-label',
      ])
    },
  )

  it('(safe) footnote links stay in the page with a baseUrl', () => {
    const html = renderHtml(footnotes(false), {
      jsonLd: false,
      baseUrl: 'https://www.example.org/news/',
    })
    expect(html).toContain('href="#user-content-fn-1"')
    expect(html).toContain('href="#user-content-fnref-1"')
  })

  it("(unsafe) an id or name in raw HTML cannot shadow the page's own", () => {
    const html = renderHtml(withHtml('<a id="location" name="forms" href="#location">x</a>'), {
      jsonLd: false,
    })
    expect(html).toContain(
      '<a id="user-content-location" name="user-content-forms" href="#user-content-location">x</a>',
    )
  })
})
