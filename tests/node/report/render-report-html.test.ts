import type { Element } from 'hast'
import { describe, expect, it } from 'vitest'
import type { ArchiveReport } from '../../../src/node/report/archive-report.js'
import { renderReportHtml } from '../../../src/node/report/index.js'
import { reportMessages } from '../../../src/node/report/messages.js'
import { elementsOf, readPage, textOf, withClass } from './html-tree.js'
import { diagnosticAt, pageOf, sampleReport } from './sample-report.js'

function byTag(html: string, tagName: string): Element[] {
  return elementsOf(readPage(html)).filter((element) => element.tagName === tagName)
}

function manyFlagged(count: number): ArchiveReport {
  const report = sampleReport()
  report.pages = Array.from({ length: count }, (_, index) =>
    pageOf(`en/${String(index).padStart(6, '0')}.txt`, [
      diagnosticAt('unused-date', 2, [1, 11], '2019-01-01 printed'),
    ]),
  )
  report.byRule = [{ rule: 'unused-date', severity: 'warning', count }]
  return report
}

describe('renderReportHtml', () => {
  it('shows each total by name', () => {
    const tree = readPage(renderReportHtml(sampleReport()))
    const shown = Object.fromEntries(
      elementsOf(tree)
        .filter((element) => element.properties.dataTotal !== undefined)
        .map((element) => [element.properties.dataTotal, textOf(element)]),
    )
    expect(shown).toEqual({
      pages: 'Pages found12',
      converted: 'Converted10',
      unchanged: 'Unchanged1',
      failed: 'Failed1',
      orphaned: 'Orphaned outputs2',
      errors: 'Errors2',
      warnings: 'Warnings3',
      infos: 'Infos5',
    })
  })

  it('writes counts with a comma between thousands', () => {
    const report = sampleReport()
    report.totals.pages = 100_000
    const tree = readPage(renderReportHtml(report))
    const pages = elementsOf(tree).find((element) => element.properties.dataTotal === 'pages')
    expect(pages && textOf(pages)).toBe('Pages found100,000')
  })

  it('draws one bar per rule, named by a title and a description, with its count as text', () => {
    const html = renderReportHtml(sampleReport())
    const [svg] = byTag(html, 'svg')
    expect(svg?.properties.role).toBe('img')
    const parts = elementsOf(svg as Element)
    expect(parts.filter((element) => element.tagName === 'rect')).toHaveLength(5)
    expect(textOf(parts.find((element) => element.tagName === 'title') as Element)).toBe(
      'Diagnostics by rule',
    )
    expect(textOf(parts.find((element) => element.tagName === 'desc') as Element)).toBe(
      '10 diagnostics of 5 rules, one bar each; the table below gives the same numbers.',
    )
    expect(
      parts.filter((element) => element.tagName === 'text').map((element) => textOf(element)),
    ).toEqual([
      'detected-encoding',
      '5',
      'unused-date',
      '2',
      'empty-input',
      '1',
      'missing-headline',
      '1',
      'site-furniture',
      '1',
    ])
  })

  it('draws the longest bar for the largest count and bars in proportion', () => {
    const [svg] = byTag(renderReportHtml(sampleReport()), 'svg')
    const widths = elementsOf(svg as Element)
      .filter((element) => element.tagName === 'rect')
      .map((element) => Number(element.properties.width))
    expect(widths).toEqual([400, 160, 80, 80, 80])
  })

  it('gives the counts of the chart in a table too', () => {
    const rows = byTag(renderReportHtml(sampleReport()), 'tr').map((row) =>
      row.children.map((cell) => textOf(cell)),
    )
    expect(rows).toEqual([
      ['Rule', 'Severity', 'Diagnostics'],
      ['detected-encoding', 'info', '5'],
      ['unused-date', 'warning', '2'],
      ['empty-input', 'error', '1'],
      ['missing-headline', 'error', '1'],
      ['site-furniture', 'warning', '1'],
    ])
  })

  it('lists the failed pages, then the rules with errors, then those with warnings', () => {
    const headings = byTag(renderReportHtml(sampleReport()), 'h3').map((h3) => textOf(h3))
    expect(headings).toEqual([
      'Failed pages',
      'empty-input',
      'missing-headline',
      'unused-date',
      'site-furniture',
    ])
  })

  it('links every entry of the contents to a heading on the page', () => {
    const tree = readPage(renderReportHtml(sampleReport()))
    const ids = new Set(elementsOf(tree).map((element) => element.properties.id))
    const anchors = elementsOf(tree)
      .map((element) => element.properties.href)
      .filter((href): href is string => typeof href === 'string' && href.startsWith('#'))
    expect(anchors).toHaveLength(5)
    for (const anchor of anchors) expect(ids).toContain(anchor.slice(1))
  })

  it('shows each diagnostic with its severity, message, line and column and source line', () => {
    const tree = readPage(renderReportHtml(sampleReport()))
    const group = elementsOf(tree).find(
      (element) => element.tagName === 'section' && textOf(element).startsWith('site-furniture'),
    ) as Element
    const [item] = withClass(group, 'diagnostics').flatMap((list) =>
      elementsOf(list).filter((element) => element.tagName === 'li'),
    )
    expect(textOf(item as Element)).toBe(
      'warningInvented site-furniture message on line 9 line 9, column 1Share this | Print | Back to top',
    )
    const [mark] = elementsOf(item as Element).filter((element) => element.tagName === 'mark')
    expect(textOf(mark as Element)).toBe('Share this ')
  })

  it('links each page to its outputs, under the output folder by default', () => {
    const links = byTag(renderReportHtml(sampleReport()), 'a')
      .filter((a) => !String(a.properties.href).startsWith('#'))
      .map((a) => [a.properties.href, textOf(a)])
    expect(links).toEqual([
      ['site/zh/2020/notice.html', 'zh/2020/notice.html'],
      ['site/en/2019/board-meeting.html', 'en/2019/board-meeting.html'],
      ['site/en/2019/trade%20fair%20%232%3F.html', 'en/2019/trade fair #2?.html'],
      ['site/en/2019/board-meeting.html', 'en/2019/board-meeting.html'],
    ])
  })

  it('links through options.href, and not at all to a URL that could run a script', () => {
    const html = renderReportHtml(sampleReport(), {
      href: (output) => (output.startsWith('zh/') ? 'javascript:alert(1)' : `/pub/${output}`),
    })
    const hrefs = byTag(html, 'a')
      .map((a) => String(a.properties.href))
      .filter((href) => !href.startsWith('#'))
    expect(hrefs).toEqual([
      '/pub/en/2019/board-meeting.html',
      '/pub/en/2019/trade fair #2?.html',
      '/pub/en/2019/board-meeting.html',
    ])
    expect(html).not.toContain('javascript:')
  })

  it('says a failed page has no output', () => {
    const [failed] = withClass(readPage(renderReportHtml(sampleReport())), 'pages')
    expect(textOf((failed as Element).children[0] as Element)).toMatch(
      /^zh\/2020\/empty\.txt \(failed\) \(no output written\)/,
    )
  })

  it('says when there is nothing to review and no diagnostic to chart', () => {
    const report = sampleReport()
    report.pages = []
    report.byRule = []
    const html = renderReportHtml(report)
    expect(byTag(html, 'svg')).toEqual([])
    expect(html).toContain(`<p>${reportMessages.chartEmpty}</p>`)
    expect(html).toContain(`<p>${reportMessages.pagesNone}</p>`)
  })

  it('shows the first diagnostics of a rule up to maxPerRule and says where the rest are', () => {
    const html = renderReportHtml(manyFlagged(250), { maxPerRule: 100 })
    const tree = readPage(html)
    const shown = withClass(tree, 'diagnostics').flatMap((list) => list.children)
    expect(shown).toHaveLength(100)
    expect(withClass(tree, 'rest').map((element) => textOf(element))).toEqual([
      'The first 100 diagnostics are shown; 150 more on 150 more pages are in the JSON report (--report report.json).',
    ])
  })

  it('says a failed page not read again is unchanged since the run that read it', () => {
    const report = sampleReport()
    report.pages = report.pages.map((page) =>
      page.status === 'failed' ? { ...page, unchanged: true } : page,
    )
    const [failed] = withClass(readPage(renderReportHtml(report)), 'pages')
    expect(textOf((failed as Element).children[0] as Element)).toMatch(
      /^zh\/2020\/empty\.txt \(failed, unchanged since the run that read it\) \(no output written\)/,
    )
  })

  it('caps the failed pages too', () => {
    const report = sampleReport()
    report.pages = Array.from({ length: 5 }, (_, index) => pageOf(`${index}.txt`, [], 'failed'))
    const tree = readPage(renderReportHtml(report, { maxPerRule: 2 }))
    expect(withClass(tree, 'page-name').map((element) => textOf(element))).toEqual([
      '0.txt',
      '1.txt',
    ])
    expect(withClass(tree, 'rest').map((element) => textOf(element))).toEqual([
      'The first 2 pages are shown; 3 more are in the JSON report (--report report.json).',
    ])
  })

  it('keeps a report of 100,000 pages with 3,000 flagged to a page a browser opens at once', () => {
    const report = manyFlagged(3000)
    report.totals = { ...report.totals, pages: 100_000, converted: 100_000, warnings: 3000 }
    const html = renderReportHtml(report)
    expect(withClass(readPage(html), 'diagnostics')).toHaveLength(100)
    expect(html.length).toBeLessThan(200_000)
  })

  it('gives the same string for the same report, however its objects were built', () => {
    const report = sampleReport()
    const reordered = JSON.parse(
      JSON.stringify(report, (_, value) =>
        value && typeof value === 'object' && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value).reverse())
          : value,
      ),
    ) as ArchiveReport
    expect(renderReportHtml(reordered)).toBe(renderReportHtml(report))
  })

  it('names the report as one news-model wrote, so that it may be replaced', () => {
    expect(renderReportHtml(sampleReport())).toContain(
      '<meta name="generator" content="news-model review report">',
    )
  })

  it('makes no request: no script, no external stylesheet, image or font', () => {
    const elements = elementsOf(readPage(renderReportHtml(sampleReport())))
    expect(
      elements.filter((element) =>
        ['script', 'link', 'img', 'iframe', 'object', 'embed'].includes(element.tagName),
      ),
    ).toEqual([])
    const style = elements.find((element) => element.tagName === 'style') as Element
    expect(textOf(style)).not.toMatch(/url\(|@import/)
  })
})

describe('renderReportHtml with a bad call', () => {
  it.each([
    [undefined, 'Invalid `report` nothing: expected an object'],
    ['report', 'Invalid `report` "report": expected an object'],
  ])('throws a TypeError for %j', (value, message) => {
    expect(() => renderReportHtml(value as unknown as ArchiveReport)).toThrow(
      new TypeError(message),
    )
  })

  it('names the first wrong value of a report', () => {
    const report = sampleReport() as unknown as { pages: Array<Record<string, unknown>> }
    ;(report.pages[1] as Record<string, unknown>).status = 'done'
    expect(() => renderReportHtml(report as unknown as ArchiveReport)).toThrow(
      new TypeError(
        'Invalid `report.pages[1].status` "done": expected one of "converted", "unchanged", "failed"',
      ),
    )
  })

  it('names a count that is not a whole number', () => {
    const report = sampleReport()
    report.totals.pages = -1
    expect(() => renderReportHtml(report)).toThrow(
      new TypeError('Invalid `report.totals.pages` -1: expected a whole number of 0 or more'),
    )
  })

  it('names a column that is not a whole number of 1 or more', () => {
    const report = sampleReport()
    ;(report.pages[0]?.diagnostics[0] as { sourceColumn?: number }).sourceColumn = 0
    expect(() => renderReportHtml(report)).toThrow(
      new TypeError(
        'Invalid `report.pages[0].diagnostics[0].sourceColumn` 0: expected a whole number of 1 or more',
      ),
    )
    ;(report.pages[0]?.diagnostics[0] as { sourceColumn?: number }).sourceColumn = 2.5
    expect(() => renderReportHtml(report)).toThrow(
      new TypeError(
        'Invalid `report.pages[0].diagnostics[0].sourceColumn` 2.5: expected a whole number',
      ),
    )
  })

  it.each([
    [
      { maxPerRule: 0 },
      RangeError,
      'Invalid `options.maxPerRule` 0: expected a whole number of 1 or more',
    ],
    [
      { maxPerRule: 1.5 },
      RangeError,
      'Invalid `options.maxPerRule` 1.5: expected a whole number of 1 or more',
    ],
    [
      { maxPerRule: '5' },
      TypeError,
      'Invalid `options.maxPerRule` "5": expected a whole number of 1 or more',
    ],
    [
      { href: 'site/' },
      TypeError,
      'Invalid `options.href` "site/": expected a function from an output path to a URL',
    ],
    [
      { hrefs: () => '' },
      TypeError,
      'Unknown option `hrefs`: expected one of `href`, `maxPerRule`',
    ],
    [{ href: () => 1 }, TypeError, 'Invalid `options.href()` 1: expected a string'],
  ])('refuses the options %o', (options, kind, message) => {
    expect(() => renderReportHtml(sampleReport(), options as never)).toThrow(new kind(message))
  })
})
