import { describe, expect, it } from 'vitest'
import type { ArchiveReport } from '../../../src/node/report/archive-report.js'
import { renderReportHtml } from '../../../src/node/report/index.js'
import { visibleText } from '../../../src/node/report/visible-text.js'
import { xssPayloads } from '../../fixtures/xss-payloads.js'
import { elementsOf, readPage, textOf, withClass } from './html-tree.js'
import { pageOf, sampleReport } from './sample-report.js'

// Names and lines an archive may hold, written for these tests: markup, quotes, URL
// schemes, characters that reorder or hide text, and ones that end a context.
const hostile: ReadonlyArray<string> = [
  '<script>alert(1)</script>.txt',
  '"><img src=x onerror=alert(1)>.txt',
  "' onmouseover='alert(1)'.txt",
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)//.txt',
  'data:text/html,<script>alert(1)</script>',
  'a b#1?.txt',
  '100%.txt',
  '&amp;&lt;.txt',
  'report\u202Etxt.exe',
  'nul\0bell\x07esc\x1B[31m.txt',
  '</style><script>alert(1)</script>',
  '</pre></code></main>',
  '<!-- x',
  ']]><![CDATA[',
  'half\uD800.txt',
  '../../../etc/passwd',
  ...xssPayloads,
]

// A report whose every string is the payload.
function hostileReport(payload: string): ArchiveReport {
  const report = sampleReport()
  const diagnostic = {
    severity: 'warning' as const,
    message: payload,
    line: 1,
    column: 3,
    place: {
      start: { line: 1, column: 3, offset: 2 },
      end: { line: 1, column: 9, offset: 8 },
    },
    ruleId: payload as 'unused-date',
    source: 'news-model' as const,
    sourceLine: `${payload} ${payload}`,
  }
  report.generator = { name: payload, version: payload }
  report.input = payload
  report.output = payload
  report.byRule = [{ rule: payload, severity: 'warning', count: 1 }]
  report.pages = [
    { ...pageOf(payload, [diagnostic]), outputs: [payload, `${payload}/x.html`] },
    pageOf(`${payload}.failed`, [], 'failed'),
  ]
  return report
}

describe('renderReportHtml with hostile data (safe)', () => {
  it.each(hostile.map((payload) => [payload]))('writes %j as text, never as markup', (payload) => {
    const tree = readPage(renderReportHtml(hostileReport(payload)))
    const elements = elementsOf(tree)
    const bad = ['script', 'iframe', 'object', 'embed', 'base', 'form', 'img', 'link', 'frame']
    expect(elements.filter((element) => bad.includes(element.tagName))).toEqual([])
    for (const element of elements) {
      expect(Object.keys(element.properties).filter((name) => /^on/i.test(name))).toEqual([])
    }
    // Every link stays on the page or is relative: no scheme, however disguised.
    for (const element of elements) {
      const href = element.properties.href
      if (typeof href !== 'string') continue
      const url = new URL(href, 'file:///report/')
      expect(url.protocol).toBe('file:')
      if (!href.startsWith('#')) expect(url.hash).toBe('')
    }
    // What a reader sees is the name, each character shown.
    expect(withClass(tree, 'page-name').map((element) => textOf(element))).toEqual([
      visibleText(`${payload}.failed`),
      visibleText(payload),
    ])
    const [title] = elements.filter((element) => element.tagName === 'title')
    expect(textOf(title ?? tree)).toBe(visibleText(`Review of ${payload} converted to ${payload}`))
  })

  it('links an output named like a URL to the file of that name', () => {
    const tree = readPage(renderReportHtml(hostileReport('javascript:alert(1)')))
    const hrefs = elementsOf(tree)
      .map((element) => element.properties.href)
      .filter((href) => typeof href === 'string' && !href.startsWith('#'))
    expect(hrefs).toEqual([
      'javascript%3Aalert(1)/javascript%3Aalert(1)',
      'javascript%3Aalert(1)/javascript%3Aalert(1)/x.html',
    ])
  })
})
