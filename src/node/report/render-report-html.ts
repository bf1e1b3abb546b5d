import type { Element, ElementContent, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h, text } from '../../render/html/element.js'
import { checkedSafeUrl } from '../../render/html/safe-url.js'
import { htmlSettings } from '../../render/html/serialize.js'
import { invalidArgument, readOptions } from '../../schema/_lib/options.js'
import { rules } from '../../schema/diagnostic.js'
import type { ArchiveReport, ArchiveTotals, ReportPage } from './archive-report.js'
import { barChart } from './bar-chart.js'
import { checkReport } from './check-report.js'
import { groupByRule, type RuleGroup } from './group-by-rule.js'
import { formatCount, reportMessages as words } from './messages.js'
import { defaultOutputHref } from './output-href.js'
import { reportStylesheet } from './report-stylesheet.js'
import { sourceLineElement } from './source-line.js'
import { visibleText } from './visible-text.js'

/** Options for {@link renderReportHtml}. */
export interface ReportHtmlOptions {
  /**
   * The link to an output, given its path relative to the output folder (default: the
   * output folder as the report gives it, then the output, percent-encoded per segment,
   * which resolves for a report in the folder the run started from). A URL that is not
   * http, https, mailto or relative is not linked.
   */
  href?: ((output: string) => string) | null | undefined
  /**
   * The most diagnostics shown under one rule, and the most failed pages listed; the
   * rest are counted on the page, and all are in the JSON report (default: `100`).
   */
  maxPerRule?: number | null | undefined
}

/** The default of {@link ReportHtmlOptions.maxPerRule}. */
export const defaultMaxPerRule = 100

/**
 * The `<meta name="generator">` content of every HTML report, by which
 * {@link writeReport} knows a file it may replace.
 */
export const reportGenerator = 'news-model review report'

const optionNames = ['href', 'maxPerRule'] as const
const totalNames = Object.keys(words.totals) as Array<keyof ArchiveTotals>

/**
 * Render the review report of a converted archive as one self-contained HTML page: no
 * script, no request, its stylesheet and its chart inline. It shows the totals, a bar
 * chart of diagnostics by rule with the same numbers in a table, the failed pages, then
 * the pages with errors and warnings grouped by rule, each diagnostic with its message,
 * its line and column and its source line with the span marked, each page linking to its
 * outputs. Every string from the data is escaped and its control characters are made
 * visible; the same report and options always give the same string.
 *
 * @param report - the report, as `convertArchive` returns it.
 * @param options - how outputs are linked, and how much is shown per rule.
 * @returns the HTML.
 * @throws {TypeError} when `report` is not a report (naming the first wrong value), or an
 *   option is of the wrong type.
 * @throws {RangeError} when `maxPerRule` is not a whole number of 1 or more.
 * @example
 *   renderReportHtml(report) //=> '<!DOCTYPE html><html lang="en"><head>…'
 */
export function renderReportHtml(
  report: ArchiveReport,
  options?: ReportHtmlOptions | null,
): string {
  const value = checkReport(report)
  const { href, maxPerRule } = readSettings(options)
  const link = (output: string) => {
    const url = href ? href(output) : defaultOutputHref(value.output, output)
    if (typeof url !== 'string') throw invalidArgument('options.href()', url, 'a string')
    return checkedSafeUrl(url, undefined)
  }
  const title = visibleText(words.title(value.input, value.output))
  const body: ElementContent[] = [
    h('h1', title),
    h(
      'p',
      { className: ['generator'] },
      visibleText(words.generator(value.generator.name, value.generator.version)),
    ),
    totalsSection(value.totals),
    chartSection(value),
    pagesSection(value.pages, maxPerRule, link),
  ]
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'generator', content: reportGenerator }),
          h('title', title),
          h('style', reportStylesheet),
        ]),
        h('body', [h('main', body)]),
      ]),
    ],
  }
  return `${toHtml(tree, htmlSettings)}\n`
}

function readSettings(options: ReportHtmlOptions | null | undefined) {
  const { href, maxPerRule = defaultMaxPerRule } = readOptions(options, optionNames)
  if (href !== undefined && href !== null && typeof href !== 'function') {
    throw invalidArgument('options.href', href, 'a function from an output path to a URL')
  }
  const cap = maxPerRule ?? defaultMaxPerRule
  if (typeof cap !== 'number') {
    throw invalidArgument('options.maxPerRule', cap, 'a whole number of 1 or more')
  }
  if (!Number.isInteger(cap) || cap < 1) {
    throw invalidArgument('options.maxPerRule', cap, 'a whole number of 1 or more', 'range')
  }
  return { href: (href ?? undefined) as ((output: string) => unknown) | undefined, maxPerRule: cap }
}

function section(id: string, heading: string, children: ElementContent[]): Element {
  return h('section', { ariaLabelledBy: [id] }, [h('h2', { id }, heading), ...children])
}

function totalsSection(totals: ArchiveTotals): Element {
  return section('totals', words.totalsHeading, [
    h(
      'dl',
      { className: ['totals'] },
      totalNames.map((name) =>
        h('div', { dataTotal: name }, [
          h('dt', words.totals[name]),
          h('dd', formatCount(totals[name])),
        ]),
      ),
    ),
  ])
}

function chartSection(report: ArchiveReport): Element {
  if (report.byRule.length === 0) {
    return section('by-rule', words.chartHeading, [h('p', words.chartEmpty)])
  }
  return section('by-rule', words.chartHeading, [
    barChart(report.byRule, { title: 'chart-title', description: 'chart-description' }),
    h('table', [
      h('thead', [
        h('tr', [
          h('th', { scope: 'col' }, words.ruleColumn),
          h('th', { scope: 'col' }, words.severityColumn),
          h('th', { scope: 'col' }, words.countColumn),
        ]),
      ]),
      h(
        'tbody',
        report.byRule.map((rule) =>
          h('tr', [
            h('th', { scope: 'row' }, [h('code', visibleText(rule.rule))]),
            h('td', words.severities[rule.severity]),
            h('td', { className: ['count'] }, formatCount(rule.count)),
          ]),
        ),
      ),
    ]),
  ])
}

type Link = (output: string) => string | undefined

function pagesSection(pages: ReadonlyArray<ReportPage>, cap: number, link: Link): Element {
  const failed = pages.filter((page) => page.status === 'failed')
  const groups = groupByRule(pages, cap)
  if (failed.length === 0 && groups.length === 0) {
    return section('pages', words.pagesHeading, [h('p', words.pagesNone)])
  }
  const contents: Array<[id: string, label: ElementContent[]]> = []
  const parts: ElementContent[] = []
  if (failed.length > 0) {
    contents.push(['failed', [text(`${words.failedHeading} (${formatCount(failed.length)})`)]])
    parts.push(failedSection(failed, cap, link))
  }
  groups.forEach((group, index) => {
    const id = `rule-${index + 1}`
    contents.push([
      id,
      [h('code', visibleText(group.ruleId)), text(` (${formatCount(group.diagnostics)})`)],
    ])
    parts.push(groupSection(group, id, link))
  })
  return section('pages', words.pagesHeading, [
    h('nav', { ariaLabel: words.contentsLabel }, [
      h(
        'ul',
        { className: ['contents'] },
        contents.map(([id, label]) => h('li', [h('a', { href: `#${id}` }, label)])),
      ),
    ]),
    ...parts,
  ])
}

function failedSection(failed: ReadonlyArray<ReportPage>, cap: number, link: Link): Element {
  const shown = failed.slice(0, cap)
  const children: ElementContent[] = [
    h('h3', { id: 'failed' }, words.failedHeading),
    h('p', { className: ['summary'] }, words.failedSummary(failed.length)),
    h(
      'ul',
      { className: ['pages'] },
      shown.map((page) => pageItem(page, page.diagnostics, link)),
    ),
  ]
  if (failed.length > shown.length) {
    children.push(h('p', { className: ['rest'] }, words.failedRest(failed.length - cap, cap)))
  }
  return h('section', { ariaLabelledBy: ['failed'] }, children)
}

function groupSection(group: RuleGroup, id: string, link: Link): Element {
  const children: ElementContent[] = [h('h3', { id }, [h('code', visibleText(group.ruleId))])]
  const note = (rules as Record<string, string>)[group.ruleId]
  if (Object.hasOwn(rules, group.ruleId) && note) {
    children.push(h('p', { className: ['rule-note'] }, note))
  }
  children.push(
    h('p', { className: ['summary'] }, words.groupSummary(group.diagnostics, group.pages)),
    h(
      'ul',
      { className: ['pages'] },
      group.entries.map((entry) => pageItem(entry.page, entry.diagnostics, link)),
    ),
  )
  if (group.hiddenDiagnostics > 0) {
    const shown = group.diagnostics - group.hiddenDiagnostics
    children.push(
      h(
        'p',
        { className: ['rest'] },
        words.groupRest(group.hiddenDiagnostics, group.hiddenPages, shown),
      ),
    )
  }
  return h('section', { ariaLabelledBy: [id] }, children)
}

function pageItem(
  page: ReportPage,
  diagnostics: ReadonlyArray<ReportPage['diagnostics'][number]>,
  link: Link,
): Element {
  const head: ElementContent[] = [h('span', { className: ['page-name'] }, visibleText(page.input))]
  if (page.status !== 'converted') head.push(text(` (${words.status[page.status]})`))
  head.push(text(' '), h('span', { className: ['outputs'] }, outputLinks(page.outputs, link)))
  const children: ElementContent[] = [h('p', head)]
  if (diagnostics.length > 0) {
    children.push(
      h(
        'ul',
        { className: ['diagnostics'] },
        diagnostics.map((diagnostic) => {
          const item: ElementContent[] = [
            h(
              'span',
              { className: ['severity', `severity-${diagnostic.severity}`] },
              words.severities[diagnostic.severity],
            ),
            text(visibleText(diagnostic.message)),
            text(' '),
            h('span', { className: ['place'] }, words.place(diagnostic.line, diagnostic.column)),
          ]
          const source = sourceLineElement(diagnostic)
          if (source) item.push(source)
          return h('li', item)
        }),
      ),
    )
  }
  return h('li', children)
}

function outputLinks(outputs: ReadonlyArray<string>, link: Link): ElementContent[] {
  if (outputs.length === 0) return [text(`(${words.noOutput})`)]
  const links = outputs.flatMap((output, index) => {
    const href = link(output)
    const name = visibleText(output)
    const item = href === undefined ? text(name) : h('a', { href }, name)
    return index === 0 ? [item] : [text(', '), item]
  })
  return [text(`${words.outputsLabel} `), ...links]
}
