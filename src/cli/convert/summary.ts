import type { ArchiveSummary, KeepReason, SkipReason } from '../../node/archive/events.js'
import { keepReasons, skipReasons } from '../messages.js'

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
 * of the input), kept 1 (not written by news-model; --force replaces)`, then
 * `, unchanged 90` and `, orphaned 2 (2 removed)` when there are any. `failed` counts
 * the pages that failed and the files that could not be written.
 *
 * @param summary - what the run did.
 * @returns one line, without its line end.
 */
export function describeSummary(summary: ArchiveSummary): string {
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
    `failed ${summary.failed + summary.writeFailures}`,
    `skipped ${total(summary.skipped)}${skipped.length > 0 ? ` (${skipped.join(', ')})` : ''}`,
    `kept ${total(summary.kept)}${kept.length > 0 ? ` (${kept.join(', ')}; --force replaces)` : ''}`,
    ...(summary.unchanged > 0 ? [`unchanged ${summary.unchanged}`] : []),
    ...(summary.orphaned > 0
      ? [`orphaned ${summary.orphaned}${summary.pruned > 0 ? ` (${summary.pruned} removed)` : ''}`]
      : []),
  ].join(', ')
}
