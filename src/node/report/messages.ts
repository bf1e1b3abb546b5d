import type { Severity } from '../../schema/diagnostic.js'
import type { ArchiveTotals } from './archive-report.js'

/**
 * Write a count with a comma between thousands, the same on every machine (no locale):
 * `100000` as `100,000`.
 *
 * @param count - a whole number.
 * @returns the count as text.
 * @example
 *   formatCount(1234567) //=> '1,234,567'
 */
export function formatCount(count: number): string {
  const digits = String(count)
  let result = ''
  for (let end = digits.length; end > 0; end -= 3) {
    const group = digits.slice(Math.max(0, end - 3), end)
    result = result === '' ? group : `${group},${result}`
  }
  return result
}

function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`
}

/**
 * Every English word the review report prints, in one place: headings, the names of the
 * totals, severities and the sentences about what is left out. Counts are written by
 * {@link formatCount}.
 */
export const reportMessages = {
  /** The page's title and first heading. */
  title: (input: string, output: string) => `Review of ${input} converted to ${output}`,
  /** The line under the heading naming the program that wrote the report. */
  generator: (name: string, version: string) => `Written by ${name} ${version}.`,
  totalsHeading: 'Totals',
  /** The name of each total, in the order they are shown. */
  totals: {
    pages: 'Pages found',
    converted: 'Converted',
    unchanged: 'Unchanged',
    failed: 'Failed',
    orphaned: 'Orphaned outputs',
    errors: 'Errors',
    warnings: 'Warnings',
    infos: 'Infos',
  } satisfies Record<keyof ArchiveTotals, string>,
  chartHeading: 'Diagnostics by rule',
  /** The chart's accessible description. */
  chartDescription: (rules: number, diagnostics: number) =>
    `${plural(diagnostics, 'diagnostic', 'diagnostics')} of ${plural(rules, 'rule', 'rules')}, one bar each; the table below gives the same numbers.`,
  chartEmpty: 'No diagnostics.',
  ruleColumn: 'Rule',
  severityColumn: 'Severity',
  countColumn: 'Diagnostics',
  severities: { error: 'error', warning: 'warning', info: 'info' } satisfies Record<
    Severity,
    string
  >,
  pagesHeading: 'Pages to review',
  pagesNone: 'No page has an error or a warning, and none failed.',
  contentsLabel: 'Rules on this page',
  /** Under a rule's heading: how many diagnostics of it, on how many pages. */
  groupSummary: (diagnostics: number, pages: number) =>
    `${plural(diagnostics, 'diagnostic', 'diagnostics')} on ${plural(pages, 'page', 'pages')}`,
  /** Where a group is cut short: what is not shown, and where it is. */
  groupRest: (diagnostics: number, pages: number, cap: number) =>
    `The first ${plural(cap, 'diagnostic is', 'diagnostics are')} shown; ${plural(diagnostics, 'more', 'more')} on ${plural(pages, 'more page', 'more pages')} are in the JSON report (--report report.json).`,
  failedHeading: 'Failed pages',
  failedSummary: (pages: number) => `${plural(pages, 'page', 'pages')} could not be converted`,
  failedRest: (pages: number, cap: number) =>
    `The first ${plural(cap, 'page is', 'pages are')} shown; ${plural(pages, 'more is', 'more are')} in the JSON report (--report report.json).`,
  /** The place of a diagnostic in its input. */
  place: (line: number, column: number) => `line ${line}, column ${column}`,
  outputsLabel: 'Output:',
  noOutput: 'no output written',
  status: { converted: 'converted', unchanged: 'unchanged', failed: 'failed' },
  /** Said of a failed page not read again: its input and settings have not changed. */
  failedUnchanged: 'failed, unchanged since the run that read it',
  /** Said of a source line that was cut to the part around the span. */
  clipped: '…',
} as const
