import type { Diagnostic, RuleId } from '../../schema/diagnostic.js'
import { type DiagnosticPlace, diagnose } from '../_lib/diagnose.js'
import { looksLikeProse } from './furniture-limits.js'

/**
 * Report text left out of the article: an `info` for furniture, a `warning` when the
 * text looks like prose (see {@link looksLikeProse}), so that a sentence left out is
 * printed by default and can be checked.
 *
 * @param ruleId - why it was left out (`site-furniture`, `photo-caption`, `unlabelled-text`, ...).
 * @param at - where it stands.
 * @param actual - the text left out.
 * @returns the diagnostic.
 * @example
 *   reportDropped('site-furniture', { line: 9, column: 1 }, '【Print】').severity //=> 'info'
 *   reportDropped('site-furniture', { line: 9, column: 1 }, 'The plant is powered by wind.').severity //=> 'warning'
 */
export function reportDropped(ruleId: RuleId, at: DiagnosticPlace, actual: string): Diagnostic {
  return diagnose(ruleId, looksLikeProse(actual) ? 'warning' : 'info', at, { actual })
}
