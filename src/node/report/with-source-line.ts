import type { Diagnostic } from '../../schema/diagnostic.js'
import type { ReportDiagnostic } from './archive-report.js'

/**
 * The longest source line a report keeps whole; a longer one (a page printed on one
 * line) is cut to this many characters around the diagnostic, so that a report of an
 * archive does not carry whole pages once per diagnostic.
 */
export const longestSourceLine = 1000

// How much of the kept part comes before the diagnostic's column on a cut line.
const before = 300

/**
 * Give a diagnostic the line of the input it is about, as a report shows it: the whole
 * line, or, on a line longer than {@link longestSourceLine}, the part around the
 * diagnostic's column with `sourceColumn` saying where that part starts.
 *
 * @param diagnostic - the diagnostic.
 * @param lines - the input's lines, without their line endings.
 * @returns the diagnostic with `sourceLine` (and `sourceColumn` when cut), or as given
 *   when its line is not in `lines`.
 * @example
 *   withSourceLine(diagnostic, text.split(/\r\n|\r|\n/)).sourceLine //=> 'Printed: 2019-03-04'
 */
export function withSourceLine(
  diagnostic: Diagnostic,
  lines: ReadonlyArray<string>,
): ReportDiagnostic {
  const line = lines[diagnostic.line - 1]
  if (line === undefined) return diagnostic
  if (line.length <= longestSourceLine) return { ...diagnostic, sourceLine: line }
  const from = Math.max(
    0,
    Math.min(diagnostic.column - 1 - before, line.length - longestSourceLine),
  )
  const sourceLine = line.slice(from, from + longestSourceLine)
  return from === 0
    ? { ...diagnostic, sourceLine }
    : { ...diagnostic, sourceLine, sourceColumn: from + 1 }
}
