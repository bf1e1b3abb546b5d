import { type KeepReason, keepReasons, type SkipReason, skipReasons } from '../messages.js'

/** What a conversion did. */
export interface ConvertSummary {
  converted: number
  /** Of those converted, how many had warnings. */
  withWarnings: number
  failed: number
  /** The files and folders passed over, by reason. */
  skipped: Partial<Record<SkipReason, number>>
  /** The existing files left as they were, by reason. */
  kept: Partial<Record<KeepReason, number>>
  /** Whether the run was stopped by its signal. */
  interrupted: boolean
}

/**
 * A summary with nothing done yet.
 *
 * @returns the summary.
 */
export function emptySummary(): ConvertSummary {
  return { converted: 0, withWarnings: 0, failed: 0, skipped: {}, kept: {}, interrupted: false }
}

/**
 * Count one more under a reason.
 *
 * @param counts - counts by reason.
 * @param reason - the reason.
 */
export function countUnder<Reason extends string>(
  counts: Partial<Record<Reason, number>>,
  reason: Reason,
): void {
  counts[reason] = (counts[reason] ?? 0) + 1
}

/**
 * The total of counts by reason.
 *
 * @param counts - counts by reason.
 * @returns their sum.
 */
export function total(counts: Partial<Record<string, number>>): number {
  return Object.values(counts).reduce<number>((sum, n) => sum + (n ?? 0), 0)
}

/**
 * The summary line:
 * `converted 10 (2 with warnings), failed 1, skipped 3 (2 unknown extension, 1 symlink out
 * of the input), kept 1 (not written by news-model; --force replaces)`.
 *
 * @param summary - what the run did.
 * @returns one line, without its line end.
 */
export function describeSummary(summary: ConvertSummary): string {
  // Reasons in the order of their tables, so the line reads the same on every run.
  const skipped = Object.entries(skipReasons)
    .filter(([reason]) => summary.skipped[reason as SkipReason] !== undefined)
    .map(([reason, words]) => `${summary.skipped[reason as SkipReason]} ${words}`)
  const keptReasons = Object.entries(keepReasons).filter(
    ([reason]) => summary.kept[reason as KeepReason] !== undefined,
  )
  const kept = keptReasons.map(([reason, words]) =>
    keptReasons.length > 1 ? `${summary.kept[reason as KeepReason]} ${words}` : words,
  )
  return [
    `converted ${summary.converted} (${summary.withWarnings} with warnings)`,
    `failed ${summary.failed}`,
    `skipped ${total(summary.skipped)}${skipped.length > 0 ? ` (${skipped.join(', ')})` : ''}`,
    `kept ${total(summary.kept)}${kept.length > 0 ? ` (${kept.join(', ')}; --force replaces)` : ''}`,
  ].join(', ')
}
