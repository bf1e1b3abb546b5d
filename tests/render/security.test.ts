import type { Element, Nodes } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { describe, expect, it } from 'vitest'
import { renderHtml } from '../../src/render/index.js'
import { validateArticle } from '../../src/schema/index.js'
import { everywhere } from '../fixtures/everywhere.js'
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
const urlAttributes = [
  'href',
  'src',
  'action',
  'formAction',
  'data',
  'poster',
  'background',
  'cite',
]

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
  for (const name of urlAttributes) {
    const value = properties[name]
    if (value === undefined || value === null) continue
    const url = new URL(String(value), 'https://page.example/')
    if (!['http:', 'https:', 'mailto:'].includes(url.protocol))
      problems.push(`${tagName}[${name}=${String(value)}]`)
  }
  if (jsonLd) {
    const script = element.children.map((child) => ('value' in child ? child.value : '')).join('')
    JSON.parse(script)
  }
  return problems
}

describe('renderHtml security', () => {
  it.each(allXssPayloads.map((payload) => [payload]))(
    '(safe) a page with %j in every field',
    (payload) => {
      const article = everywhere(payload)
      expect(validateArticle(article).success).toBe(true)
      expect(problemsIn(renderHtml(article), false)).toEqual([])
      expect(problemsIn(renderHtml(article, { document: true }), true)).toEqual([])
    },
  )

  it.each(['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,x', 'vbscript:x'])(
    '(unsafe) the URL %j in a link, image, source or author is not written',
    (url) => {
      const article = {
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
