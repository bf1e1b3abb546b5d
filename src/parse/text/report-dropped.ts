import type { Diagnostic, RuleId } from '../../schema/diagnostic.js'
import { type DiagnosticPlace, diagnose } from '../_lib/diagnose.js'
import { looksLikeProse } from './furniture-limits.js'
import type { Line } from './lines.js'
import { placeIn } from './place.js'

/**
 * Report text left out of the article: an `info` for furniture, a `warning` when the
 * text looks like prose (see {@link looksLikeProse}), so that a sentence left out is
 * printed by default and can be checked.
 *
 * @param ruleId - why it was left out (`site-furniture`, `photo-caption`, `unlabelled-text`, ...).
 * @param at - where it stands: the line, whose part `actual` the place spans, or a place.
 * @param actual - the text left out.
 * @returns the diagnostic.
 * @example
 *   reportDropped('site-furniture', { line: 9, column: 1 }, '【Print】').severity //=> 'info'
 *   reportDropped('site-furniture', { line: 9, column: 1 }, 'The plant is powered by wind.').severity //=> 'warning'
 */
export function reportDropped(
  ruleId: RuleId,
  at: DiagnosticPlace | Line,
  actual: string,
): Diagnostic {
  const place = 'raw' in at ? placeIn(at, actual) : at
  return diagnose(ruleId, looksLikeProse(actual) ? 'warning' : 'info', place, { actual })
}
