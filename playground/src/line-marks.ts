import type { Diagnostic, Severity } from '../../src/index.js'

/** The severities, most serious first: a line with several diagnostics shows the first. */
export const severityOrder: ReadonlyArray<Severity> = ['error', 'warning', 'info']

/**
 * The lines of the input that diagnostics point at, each with its most serious severity.
 * A diagnostic with a span marks every line of it (a span that ends at a line's first
 * column leaves that line alone).
 *
 * @param diagnostics - the diagnostics of a parse.
 * @returns the severity by 1-based line number.
 * @example
 *   markedLines([{ severity: 'warning', line: 5, column: 1, ... }]) //=> Map { 5 => 'warning' }
 */
export function markedLines(diagnostics: ReadonlyArray<Diagnostic>): Map<number, Severity> {
  const marks = new Map<number, Severity>()
  for (const diagnostic of diagnostics) {
    const { place } = diagnostic
    const first = place?.start.line ?? diagnostic.line
    let last = place?.end.line ?? diagnostic.line
    if (place && last > first && place.end.column === 1) last -= 1
    for (let line = first; line <= last; line++) {
      const marked = marks.get(line)
      if (!marked || severityOrder.indexOf(diagnostic.severity) < severityOrder.indexOf(marked))
        marks.set(line, diagnostic.severity)
    }
  }
  return marks
}
