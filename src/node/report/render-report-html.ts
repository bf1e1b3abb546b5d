import type { ElementContent, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from '../../render/html/element.js'
import { checkedSafeUrl } from '../../render/html/safe-url.js'
import { htmlSettings } from '../../render/html/serialize.js'
import { invalidArgument, readOptions } from '../../schema/_lib/options.js'
import type { ArchiveReport } from './archive-report.js'
import { chartSection } from './chart-section.js'
import { checkReport } from './check-report.js'
import { reportMessages as words } from './messages.js'
import { defaultOutputHref } from './output-href.js'
import { pagesSection } from './pages-section.js'
import { reportStylesheet } from './report-stylesheet.js'
import { totalsSection } from './totals-section.js'
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
    chartSection(value.byRule),
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
