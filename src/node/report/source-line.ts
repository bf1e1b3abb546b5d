import type { Element, ElementContent } from 'hast'
import { h, text } from '../../render/html/element.js'
import type { ReportDiagnostic } from './archive-report.js'
import { reportMessages } from './messages.js'
import { visibleText } from './visible-text.js'

/** How much of a long source line is shown: the span, and this many characters each side. */
export const sourceContext = 80

/** The longest part of a span that is shown marked. */
export const longestMark = 240

/** Where the span of a diagnostic lies on its source line, in UTF-16 code units. */
export interface LineSpan {
  start: number
  end: number
}

/**
 * Find the span of a diagnostic on its source line: its `place` when it starts on that
 * line (to the end of the line when it goes on past it), else the one character at its
 * column; both kept inside the line.
 *
 * @param diagnostic - the diagnostic, with its line.
 * @param length - the length of the source line.
 * @returns the span, from 0.
 * @example
 *   spanOnLine({ line: 3, column: 7, place: { start: { line: 3, column: 7 }, end: { line: 3, column: 17 } } }, 20)
 *   //=> { start: 6, end: 16 }
 */
export function spanOnLine(diagnostic: ReportDiagnostic, length: number): LineSpan {
  const { place, line, column, sourceColumn = 1 } = diagnostic
  const startColumn = place && place.start.line === line ? place.start.column : column
  const start = Math.min(Math.max(0, startColumn - sourceColumn), length)
  let end = start + 1
  if (place && place.start.line === line) {
    end = place.end.line === line ? place.end.column - sourceColumn : length
  }
  return { start, end: Math.min(Math.max(end, start + 1), length) }
}

/**
 * Show a diagnostic's source line with its span marked (`<mark>`), cut around the span
 * when the line is long, every character made visible.
 *
 * @param diagnostic - the diagnostic.
 * @returns a `<pre>` element, or `undefined` when the diagnostic has no source line.
 */
export function sourceLineElement(diagnostic: ReportDiagnostic): Element | undefined {
  const line = diagnostic.sourceLine
  if (line === undefined) return undefined
  const { start, end } = spanOnLine(diagnostic, line.length)
  const markEnd = Math.min(end, start + longestMark)
  const from = Math.max(0, start - sourceContext)
  const to = Math.min(line.length, markEnd + sourceContext)
  const children: ElementContent[] = []
  if (from > 0 || (diagnostic.sourceColumn ?? 1) > 1) children.push(text(reportMessages.clipped))
  if (start > from) children.push(text(visibleText(line.slice(from, start))))
  if (markEnd > start) children.push(h('mark', visibleText(line.slice(start, markEnd))))
  if (to > markEnd) children.push(text(visibleText(line.slice(markEnd, to))))
  if (to < line.length) children.push(text(reportMessages.clipped))
  return h('pre', { className: ['source'] }, [h('code', children)])
}
