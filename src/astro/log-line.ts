import type { Diagnostic, Severity } from '../schema/diagnostic.js'
import type { LoaderLogger } from './context.js'

/** A message for Astro's logger: the level it goes out at, and its text. */
export interface LogLine {
  severity: Severity
  text: string
}

/** The logger method each severity goes to. */
export const logLevels = {
  error: 'error',
  warning: 'warn',
  info: 'info',
} as const satisfies Record<Severity, keyof LoaderLogger>

/**
 * Write a diagnostic for Astro's logger as editors and terminals link it:
 * `path/to/file.txt:line:column: message [ruleId]` (the logger shows the severity).
 *
 * @param diagnostic - the diagnostic.
 * @param file - the file's path relative to the project root, with `/` separators.
 * @returns the line, at the diagnostic's severity.
 * @example
 *   toLogLine(diagnostic, 'articles/annual-meeting.txt').text
 *   //=> 'articles/annual-meeting.txt:1:1: Took … as site furniture [site-furniture]'
 */
export function toLogLine(diagnostic: Diagnostic, file: string): LogLine {
  const { line, column, message, ruleId, severity } = diagnostic
  return { severity, text: `${file}:${line}:${column}: ${message} [${ruleId}]` }
}

/**
 * Send lines to Astro's logger, each at its level.
 *
 * @param logger - the loader's logger.
 * @param lines - the lines, in order.
 */
export function writeLogLines(logger: LoaderLogger, lines: ReadonlyArray<LogLine>): void {
  for (const line of lines) logger[logLevels[line.severity]](line.text)
}
