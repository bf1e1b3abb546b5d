import type { Diagnostic, RuleId, Severity } from '../../schema/diagnostic.js'
import { type RuleFacts, ruleMessages } from '../../schema/rule-messages.js'

/** Where a diagnostic points: a 1-based line and column, and optionally a span. */
export interface DiagnosticPlace {
  line: number
  column: number
  place?: Diagnostic['place']
}

/**
 * Make a diagnostic from what a detector found; the message comes from the rule's
 * entry in `ruleMessages`, so the wording lives in one place.
 *
 * @param ruleId - the rule.
 * @param severity - how serious.
 * @param at - where.
 * @param facts - what was found and expected.
 * @returns the diagnostic.
 */
export function diagnose(
  ruleId: RuleId,
  severity: Severity,
  at: DiagnosticPlace,
  facts: RuleFacts = {},
): Diagnostic {
  const diagnostic: Diagnostic = {
    severity,
    message: ruleMessages[ruleId](facts),
    line: at.line,
    column: at.column,
    ruleId,
    source: 'news-model',
  }
  if (at.place) diagnostic.place = at.place
  if (facts.actual !== undefined) diagnostic.actual = facts.actual
  if (facts.expected !== undefined) diagnostic.expected = facts.expected
  return diagnostic
}
