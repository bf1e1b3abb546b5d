import type { Diagnostic, RuleId, Severity, SourcePoint } from '../../schema/diagnostic.js'
import type { ValidationIssue } from '../../schema/validation-issue.js'

/** The rule of the diagnostic made of each kind of validation issue. */
export const ruleOfIssue: Readonly<Record<ValidationIssue['code'], RuleId>> = {
  'unknown-key': 'unknown-key',
  'missing-value': 'missing-value',
  'invalid-value': 'invalid-value',
}

/**
 * Make a located diagnostic of a validation issue: `authors[1].name: expected a
 * non-empty string, found ""`, at the place in the file where the value (or key) stands.
 *
 * @param issue - the issue, with its path.
 * @param start - where the offending value starts in the file.
 * @param end - where it ends.
 * @param severity - how serious (default: `'error'`).
 * @returns the diagnostic.
 */
export function issueDiagnostic(
  issue: ValidationIssue,
  start: SourcePoint,
  end: SourcePoint,
  severity: Severity = 'error',
): Diagnostic {
  const found = issue.received === undefined ? '' : `, found ${issue.received}`
  const diagnostic: Diagnostic = {
    severity,
    message: `${issue.path || '(root)'}: ${issue.message}${found}`,
    line: start.line,
    column: start.column,
    place: { start, end },
    ruleId: ruleOfIssue[issue.code],
    source: 'news-model',
    path: issue.path,
  }
  if (issue.received !== undefined) diagnostic.actual = issue.received
  if (issue.expected !== undefined) diagnostic.expected = issue.expected
  return diagnostic
}
