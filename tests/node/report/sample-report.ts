import type {
  ArchiveReport,
  ReportDiagnostic,
  ReportPage,
} from '../../../src/node/report/archive-report.js'

/**
 * A diagnostic of an invented page, with its place on one line.
 *
 * @param ruleId - the rule.
 * @param line - the line, from 1.
 * @param span - the columns of its span, from 1, end excluded.
 * @param sourceLine - the text of the line.
 * @param severity - its severity (default: warning).
 * @returns the diagnostic.
 */
export function diagnosticAt(
  ruleId: ReportDiagnostic['ruleId'],
  line: number,
  span: [number, number],
  sourceLine: string,
  severity: ReportDiagnostic['severity'] = 'warning',
): ReportDiagnostic {
  return {
    severity,
    message: `Invented ${ruleId} message on line ${line}`,
    line,
    column: span[0],
    place: {
      start: { line, column: span[0], offset: span[0] - 1 },
      end: { line, column: span[1], offset: span[1] - 1 },
    },
    ruleId,
    source: 'news-model',
    sourceLine,
  }
}

/**
 * A page of a report.
 *
 * @param input - its input path.
 * @param diagnostics - its errors and warnings.
 * @param status - its status (default: converted).
 * @returns the page; a failed one has no outputs.
 */
export function pageOf(
  input: string,
  diagnostics: ReportDiagnostic[],
  status: ReportPage['status'] = 'converted',
): ReportPage {
  const outputs = status === 'failed' ? [] : [input.replace(/\.[^./]*$/, '.html')]
  return { input, outputs, status, diagnostics }
}

/**
 * An invented report of a small run: a failed page, pages with warnings of two rules and
 * an error, one unchanged page.
 *
 * @returns the report.
 */
export function sampleReport(): ArchiveReport {
  const pages = [
    pageOf('en/2019/board-meeting.txt', [
      diagnosticAt('unused-date', 4, [10, 20], 'Printed: 2019-03-04 09:00 by the desk'),
      diagnosticAt('site-furniture', 9, [1, 12], 'Share this | Print | Back to top'),
    ]),
    pageOf('en/2019/trade fair #2?.txt', [
      diagnosticAt('unused-date', 2, [7, 17], 'Today 2019-05-01'),
    ]),
    pageOf(
      'zh/2020/empty.txt',
      [
        {
          severity: 'error',
          message: 'The text has no visible characters, so no article can be made.',
          line: 1,
          column: 1,
          ruleId: 'empty-input',
          source: 'news-model',
        },
      ],
      'failed',
    ),
    pageOf(
      'zh/2020/notice.txt',
      [diagnosticAt('missing-headline', 1, [1, 5], '通知全文', 'error')],
      'unchanged',
    ),
  ]
  return {
    generator: { name: 'news-model', version: '0.1.0' },
    input: 'archive',
    output: 'site',
    totals: {
      pages: 12,
      converted: 10,
      unchanged: 1,
      failed: 1,
      orphaned: 2,
      errors: 2,
      warnings: 3,
      infos: 5,
    },
    byRule: [
      { rule: 'detected-encoding', severity: 'info', count: 5 },
      { rule: 'unused-date', severity: 'warning', count: 2 },
      { rule: 'empty-input', severity: 'error', count: 1 },
      { rule: 'missing-headline', severity: 'error', count: 1 },
      { rule: 'site-furniture', severity: 'warning', count: 1 },
    ],
    pages,
  }
}
