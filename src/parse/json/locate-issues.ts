import type { Diagnostic } from '../../schema/diagnostic.js'
import type { ValidationIssue } from '../../schema/validation-issue.js'
import { createDiagnosticTally } from '../_lib/cap-diagnostics.js'
import { issueDiagnostic, ruleOfIssue } from '../_lib/issue-diagnostic.js'
import type { LineCounter } from '../_lib/line-counter.js'
import { locatePaths } from './locate-paths.js'

/**
 * Make located diagnostics of the validation issues of a value read from a JSON text:
 * each at the value it is about, at the key itself for an unknown key, and at the
 * nearest enclosing object for a missing value (see `locatePaths`, one pass over the
 * text). The diagnostics come in the order of their places, capped as `capDiagnostics`
 * does; only those listed are made, so millions of issues cost little more than their
 * count.
 *
 * @param issues - the issues, with their paths.
 * @param text - the JSON text the value was read from, well-formed and nested at most
 *   `maxNesting` deep.
 * @param lines - its line counter.
 * @returns the diagnostics, by place.
 */
export function locateIssues(
  issues: ReadonlyArray<ValidationIssue>,
  text: string,
  lines: LineCounter,
): Diagnostic[] {
  if (issues.length === 0) return []
  const places = locatePaths(
    issues.map((issue) => issue.segments),
    text,
  )
  const spans = issues.map((issue, index): [number, number] => {
    const place = places[index] ?? { found: false, start: 0, end: 0 }
    if (issue.code === 'unknown-key' && place.keyStart !== undefined) {
      return [place.keyStart, place.keyEnd ?? place.keyStart]
    }
    return [place.start, place.end]
  })
  // Issues at one place keep the order validation gave them.
  const order = spans
    .map((_, index) => index)
    .sort((a, b) => (spans[a]?.[0] ?? 0) - (spans[b]?.[0] ?? 0) || a - b)
  const tally = createDiagnosticTally()
  for (const index of order) {
    const issue = issues[index] as ValidationIssue
    const [start, end] = spans[index] ?? [0, 0]
    tally.add(ruleOfIssue[issue.code], 'error', () =>
      issueDiagnostic(issue, lines.pointAt(start), lines.pointAt(end)),
    )
  }
  return tally.list()
}
