import type { SourcePoint } from '../../schema/diagnostic.js'
import type { DiagnosticPlace } from './diagnose.js'
import type { LineCounter } from './line-counter.js'

/** A diagnostic's place that spans the text it is about. */
export interface SpanPlace extends DiagnosticPlace {
  place: { start: SourcePoint; end: SourcePoint }
}

/**
 * Where a diagnostic about the text from `start` to `end` points: the line and column of
 * its start, and the span with offsets, so that a diagnostic names the exact text it is
 * about rather than the start of its line.
 *
 * @param lines - the line counter of the text the offsets are in.
 * @param start - the 0-based offset of the span's first character.
 * @param end - the offset just past its last character (default: `start`, an empty span).
 * @returns the place, for `diagnose`.
 * @example
 *   spanAt(createLineCounter('a\nbc'), 2, 4)
 *   //=> { line: 2, column: 1, place: { start: { line: 2, column: 1, offset: 2 }, end: { line: 2, column: 3, offset: 4 } } }
 */
export function spanAt(lines: LineCounter, start: number, end = start): SpanPlace {
  return spanOf(lines.pointAt, [start, end])
}

/** The point before a text's first character. */
export const textStart: SourcePoint = { line: 1, column: 1, offset: 0 }

/**
 * The point of one offset of a text, counting lines in one pass from an earlier point
 * without keeping their starts: for a text read once, or too long to index (see
 * `createLineCounter` for many lookups). `\n`, `\r\n` and `\r` end lines.
 *
 * @param text - the text.
 * @param offset - the offset, at most `text.length`.
 * @param from - a point at or before `offset` to count from (default: the text's start).
 * @returns the point.
 * @example
 *   pointOf('a\nbc', 3) //=> { line: 2, column: 2, offset: 3 }
 */
export function pointOf(text: string, offset: number, from: SourcePoint = textStart): SourcePoint {
  let { line } = from
  let lineStart = from.offset - (from.column - 1)
  for (let index = from.offset; index < offset; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
      line++
      lineStart = index + 1
    }
  }
  return { line, column: offset - lineStart + 1, offset }
}

/**
 * Where a diagnostic about the text from `range[0]` to `range[1]` points, for offsets
 * that a function places in the file: a YAML node's range, a problem's start and end.
 *
 * @param pointAt - the place in the file of an offset.
 * @param range - the start and end offsets (default: `[0, 0]`, the text's start).
 * @returns the place, for `diagnose`.
 * @example
 *   spanOf(createLineCounter('a: b').pointAt, [3, 4]).place.start //=> { line: 1, column: 4, offset: 3 }
 */
export function spanOf(
  pointAt: (offset: number) => SourcePoint,
  range: readonly number[] | null | undefined,
): SpanPlace {
  const [from = 0, to = from] = range ?? []
  const start = pointAt(from)
  const end = pointAt(Math.max(from, to))
  return { line: start.line, column: start.column, place: { start, end } }
}
