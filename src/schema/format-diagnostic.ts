import type { Diagnostic } from './diagnostic.js'

/** Options for {@link formatDiagnostic}. */
export interface FormatDiagnosticOptions {
  /** The file name to print first (default: `'<input>'`). */
  file?: string | null | undefined
  /**
   * The original text; when given, the diagnostic's line is printed under it with a
   * caret at its column (default: none).
   */
  source?: string | null | undefined
}

/**
 * Write a diagnostic the way compilers do:
 * `file:line:column: severity message [ruleId]`, then, when the source is given, the
 * line it points at and a caret under the column.
 *
 * @param diagnostic - the diagnostic.
 * @param options - the file name and source text.
 * @returns one line, or three with the source line and caret.
 * @example
 *   formatDiagnostic(diagnostic, { file: 'a.json' })
 *   //=> 'a.json:3:13: error headline: expected a non-empty string, found "" [invalid-value]'
 */
export function formatDiagnostic(
  diagnostic: Diagnostic,
  options?: FormatDiagnosticOptions | null,
): string {
  const { file = '<input>', source } = options ?? {}
  const { line, column, severity, message, ruleId } = diagnostic
  const head = `${file ?? '<input>'}:${line}:${column}: ${severity} ${message} [${ruleId}]`
  if (typeof source !== 'string') return head
  const text = source.split(/\r?\n|\r/)[line - 1]
  if (text === undefined) return head
  const indent = text.slice(0, Math.max(0, column - 1)).replace(/[^\t]/g, ' ')
  return `${head}\n${text}\n${indent}^`
}
