import { invalidArgument, readOptions } from './_lib/options.js'
import type { Diagnostic } from './diagnostic.js'

const formatOptionNames = ['file', 'source'] as const
const severities: ReadonlyArray<unknown> = ['error', 'warning', 'info']

/** Options for {@link formatDiagnostic}. */
export interface FormatDiagnosticOptions {
  /** The file name to print first (default: `'<input>'`). */
  file?: string | null | undefined
  /**
   * The original text; when given, the diagnostic's line is printed under it with
   * carets under its span (default: none).
   */
  source?: string | null | undefined
}

/**
 * Write a diagnostic the way compilers do:
 * `file:line:column: severity message [ruleId]`, then, when the source is given, the
 * line it points at and carets under the span of its `place` on that line (one caret
 * under the column without a place).
 *
 * @param diagnostic - the diagnostic.
 * @param options - the file name and source text.
 * @returns one line, or three with the source line and caret.
 * @throws {TypeError | RangeError} when `diagnostic` is not a diagnostic (an object with
 *   `line`, `column`, `severity`, `message` and `ruleId`) or an option is unknown or wrong.
 * @example
 *   formatDiagnostic(diagnostic, { file: 'a.json' })
 *   //=> 'a.json:3:13: error headline: expected a non-empty string, found "" [invalid-value]'
 */
export function formatDiagnostic(
  diagnostic: Diagnostic,
  options?: FormatDiagnosticOptions | null,
): string {
  const { line, column, severity, message, ruleId } = checkDiagnostic(diagnostic)
  const { file, source } = readOptions(options, formatOptionNames)
  if (file !== undefined && file !== null && typeof file !== 'string') {
    throw invalidArgument('file', file, 'a file name such as "news/1.md"')
  }
  if (source !== undefined && source !== null && typeof source !== 'string') {
    throw invalidArgument('source', source, 'the original text, a string')
  }
  const head = `${file ?? '<input>'}:${line}:${column}: ${severity} ${message} [${ruleId}]`
  if (typeof source !== 'string') return head
  const text = source.split(/\r?\n|\r/)[line - 1]
  if (text === undefined) return head
  const indent = text.slice(0, Math.max(0, column - 1)).replace(/[^\t]/g, ' ')
  // The span of the text concerned is marked as far as it goes on this line.
  const { place } = diagnostic
  const end =
    place && place.start.line === line && place.start.column === column
      ? place.end.line === line
        ? place.end.column
        : text.length + 1
      : column + 1
  return `${head}\n${text}\n${indent}${'^'.repeat(Math.max(1, end - column))}`
}

function checkDiagnostic(diagnostic: unknown): Diagnostic {
  if (typeof diagnostic !== 'object' || diagnostic === null || Array.isArray(diagnostic)) {
    throw invalidArgument('diagnostic', diagnostic, 'a diagnostic such as a parser returns')
  }
  const { line, column, severity, message, ruleId } = diagnostic as Record<string, unknown>
  for (const [name, value] of [
    ['line', line],
    ['column', column],
  ] as const) {
    // Only the type: a diagnostic from a parser is printed whatever its numbers.
    if (typeof value !== 'number') {
      throw invalidArgument(`diagnostic.${name}`, value, 'a whole number of 1 or more')
    }
  }
  if (!severities.includes(severity)) {
    throw invalidArgument('diagnostic.severity', severity, '"error", "warning" or "info"')
  }
  for (const [name, value] of [
    ['message', message],
    ['ruleId', ruleId],
  ] as const) {
    if (typeof value !== 'string') throw invalidArgument(`diagnostic.${name}`, value, 'a string')
  }
  return diagnostic as Diagnostic
}
