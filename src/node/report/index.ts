export type {
  ArchiveReport,
  ArchiveTotals,
  ReportDiagnostic,
  ReportPage,
  RuleCount,
} from './archive-report.js'
export {
  defaultMaxPerRule,
  type ReportHtmlOptions,
  renderReportHtml,
} from './render-report-html.js'
export { reportJson } from './report-json.js'
export { longestSourceLine, withSourceLine } from './with-source-line.js'
export { type WriteReportOptions, writeReport } from './write-report.js'
