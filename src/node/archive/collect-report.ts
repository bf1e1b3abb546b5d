import type { Severity } from '../../schema/diagnostic.js'
import type {
  ArchiveReport,
  ReportDiagnostic,
  ReportPage,
  RuleCount,
} from '../report/archive-report.js'
import type { LinedDiagnostic } from './convert-page.js'
import type { ArchiveSummary } from './events.js'

/** The report of a run, gathered page by page. */
export interface ReportCollector {
  /**
   * Count a page's diagnostics, and list it when it failed or has an error or a warning;
   * a failed page `unchanged` since the run that read it is listed, its diagnostics
   * (those of that run) not counted again.
   */
  add(page: {
    input: string
    outputs: string[]
    status: ReportPage['status']
    diagnostics: ReadonlyArray<LinedDiagnostic>
    unchanged?: true
  }): void
  /** The report, with the run's totals. */
  finish(summary: ArchiveSummary): ArchiveReport
}

/**
 * Start gathering the review report of a run (see ArchiveReport): diagnostics counted
 * by rule and severity over the pages converted in the run, and the pages a person
 * should look at, with the source line of each error and warning.
 *
 * @param header - the program, and the folders as given.
 * @returns the collector.
 */
export function collectReport(header: {
  generator: ArchiveReport['generator']
  input: string
  output: string
}): ReportCollector {
  const rules = new Map<string, RuleCount>()
  const pages: ReportPage[] = []
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  return {
    add(page) {
      for (const diagnostic of page.unchanged ? [] : page.diagnostics) {
        counts[diagnostic.severity]++
        const key = `${diagnostic.ruleId}\u0000${diagnostic.severity}`
        const rule = rules.get(key) ?? {
          rule: diagnostic.ruleId,
          severity: diagnostic.severity,
          count: 0,
        }
        rule.count++
        rules.set(key, rule)
      }
      const shown: ReportDiagnostic[] = page.diagnostics.filter((d) => d.severity !== 'info')
      if (page.status === 'failed' || shown.length > 0) {
        pages.push({
          input: page.input,
          outputs: page.outputs,
          status: page.status,
          diagnostics: shown,
          ...(page.unchanged ? { unchanged: true } : {}),
        })
      }
    },
    finish(summary) {
      const byRule = [...rules.values()].sort(
        (a, b) => b.count - a.count || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
      )
      return {
        ...header,
        totals: {
          pages: summary.pages,
          converted: summary.converted,
          unchanged: summary.unchanged,
          failed: summary.failed,
          orphaned: summary.orphaned,
          errors: counts.error,
          warnings: counts.warning,
          infos: counts.info,
        },
        byRule,
        pages: [...pages].sort((a, b) => (a.input < b.input ? -1 : a.input > b.input ? 1 : 0)),
      }
    },
  }
}
