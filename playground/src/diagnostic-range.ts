import type { Diagnostic } from '../../src/index.js'

/**
 * The part of the input a diagnostic is about, as offsets for `setSelectionRange`: its
 * span when it has one, else from its line and column to the end of that line. A span
 * of no length grows to the end of its line, so that something is selected.
 *
 * @param text - the input, as the textarea holds it.
 * @param diagnostic - a diagnostic of that input.
 * @returns the start and end offsets, within the text.
 * @example
 *   diagnosticRange('a\nbc d', { line: 2, column: 4, ... }) //=> { start: 5, end: 6 }
 */
export function diagnosticRange(
  text: string,
  diagnostic: Diagnostic,
): { start: number; end: number } {
  const start = clamp(
    diagnostic.place?.start.offset ?? offsetOf(text, diagnostic.line, diagnostic.column),
    text,
  )
  const end = clamp(diagnostic.place?.end.offset ?? start, text)
  if (end > start) return { start, end }
  const lineEnd = text.indexOf('\n', start)
  return { start, end: lineEnd === -1 ? text.length : lineEnd }
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset)
    if (next === -1) return text.length
    offset = next + 1
  }
  return offset + column - 1
}

function clamp(offset: number, text: string): number {
  return Math.min(Math.max(offset, 0), text.length)
}
