import type { Severity } from '../../schema/diagnostic.js'
import type { ReportDiagnostic, ReportPage } from './archive-report.js'

/** One page under a rule: the page and its diagnostics of that rule that are shown. */
export interface RuleEntry {
  page: ReportPage
  diagnostics: ReportDiagnostic[]
}

/** The errors and warnings of one rule over the pages of a report, cut to a cap. */
export interface RuleGroup {
  ruleId: string
  /** The most serious severity among its diagnostics. */
  severity: Severity
  /** All its diagnostics, shown or not. */
  diagnostics: number
  /** All the pages it is on, shown or not. */
  pages: number
  /** The pages shown, in the report's order, each with its diagnostics shown. */
  entries: RuleEntry[]
  /** Diagnostics past the cap, not shown. */
  hiddenDiagnostics: number
  /** Pages of which no diagnostic is shown. */
  hiddenPages: number
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/**
 * Group the errors and warnings of a report's pages by rule, so that a person reads one
 * kind of problem at a time: errors first, then the rules with the most diagnostics
 * first, then by rule id. Each group shows its first `cap` diagnostics (in the pages'
 * order) and counts the rest. `info` diagnostics are left out: a report counts them only.
 *
 * @param pages - the report's pages, in their order.
 * @param cap - the most diagnostics a group shows.
 * @returns the groups.
 * @example
 *   groupByRule(pages, 100).map((group) => group.ruleId) //=> ['missing-headline', 'unused-date']
 */
export function groupByRule(pages: ReadonlyArray<ReportPage>, cap: number): RuleGroup[] {
  const groups = new Map<string, RuleGroup>()
  for (const page of pages) {
    const ofPage = new Map<string, ReportDiagnostic[]>()
    for (const diagnostic of page.diagnostics) {
      if (diagnostic.severity === 'info') continue
      const list = ofPage.get(diagnostic.ruleId)
      if (list) list.push(diagnostic)
      else ofPage.set(diagnostic.ruleId, [diagnostic])
    }
    for (const [ruleId, diagnostics] of ofPage) {
      const group = groups.get(ruleId) ?? newGroup(ruleId, groups)
      const room = Math.max(0, cap - (group.diagnostics - group.hiddenDiagnostics))
      if (room > 0) group.entries.push({ page, diagnostics: diagnostics.slice(0, room) })
      else group.hiddenPages += 1
      group.hiddenDiagnostics += Math.max(0, diagnostics.length - room)
      group.diagnostics += diagnostics.length
      group.pages += 1
      for (const { severity } of diagnostics) {
        if (rank[severity] < rank[group.severity]) group.severity = severity
      }
    }
  }
  return [...groups.values()].sort(
    (a, b) =>
      rank[a.severity] - rank[b.severity] ||
      b.diagnostics - a.diagnostics ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  )
}

function newGroup(ruleId: string, groups: Map<string, RuleGroup>): RuleGroup {
  const group: RuleGroup = {
    ruleId,
    severity: 'warning',
    diagnostics: 0,
    pages: 0,
    entries: [],
    hiddenDiagnostics: 0,
    hiddenPages: 0,
  }
  groups.set(ruleId, group)
  return group
}
