import type { Diagnostic, Severity } from '../schema/diagnostic.js'
import { formatDiagnostic } from '../schema/format-diagnostic.js'
import type { Io } from './io.js'
import { printLine } from './terminal-text.js'

/** How much to report: `quiet` errors only, `normal` warnings too, `verbose` everything. */
export type Verbosity = 'quiet' | 'normal' | 'verbose'

/** The severities each verbosity prints: warnings by default, infos with `--verbose`. */
export const shownSeverities: Record<Verbosity, ReadonlyArray<Severity>> = {
  quiet: ['error'],
  normal: ['error', 'warning'],
  verbose: ['error', 'warning', 'info'],
}

/**
 * Print diagnostics on standard error as `file:line:column: severity message [ruleId]`,
 * control characters escaped, so a page cannot drive the terminal.
 *
 * @param diagnostics - what a parser found.
 * @param file - the file's name.
 * @param io - where to write.
 * @param verbosity - which severities to print.
 */
export function report(
  diagnostics: ReadonlyArray<Diagnostic>,
  file: string,
  io: Io,
  verbosity: Verbosity,
): void {
  for (const diagnostic of diagnostics) {
    if (shownSeverities[verbosity].includes(diagnostic.severity)) {
      printLine(io.stderr, formatDiagnostic(diagnostic, { file }))
    }
  }
}
