import type { DiagnosticPlace } from '../_lib/diagnose.js'
import type { Line } from './lines.js'

// Longest line searched for a part whose spaces were tidied; a longer one gets the
// whole line's place.
const mostSearched = 4000

/**
 * Where a part of a line stands in the page: its line and column, and its span from its
 * first character to just past its last (line, column and offset in the text that
 * `readInput` gave). The part is looked up in the line as printed; white space that
 * tidying made one space matches any run of white space. Without a part, or when it is
 * not found, the span is the line's printed text, without its leading and trailing
 * white space.
 *
 * @param line - the line.
 * @param part - the text the diagnostic is about, as tidied (default: the whole line).
 * @returns the place, ready for `diagnose`.
 * @example
 *   placeIn({ number: 3, offset: 20, column: 3, raw: '  Source:  Example', text: 'Source: Example' }, 'Example')
 *   //=> { line: 3, column: 12, place: { start: { line: 3, column: 12, offset: 31 }, end: { line: 3, column: 19, offset: 38 } } }
 */
export function placeIn(line: Line, part?: string): DiagnosticPlace {
  const found = part === undefined || part === '' ? undefined : findPart(line.raw, part)
  const [start, end] = found ?? [line.column - 1, line.raw.trimEnd().length]
  return spanOfLine(line, start, Math.max(start, end))
}

// The place of the characters from `start` to `end` (indexes in the raw line).
function spanOfLine(line: Line, start: number, end: number): DiagnosticPlace {
  const point = (index: number) => pointIn(line, index)
  return { line: line.number, column: start + 1, place: { start: point(start), end: point(end) } }
}

// The line, column and offset of a character of a line; a line made of several printed
// lines (a date split over lines) holds their line breaks, and a character after one is
// on a later line.
function pointIn(line: Line, index: number): { line: number; column: number; offset: number } {
  const offset = line.offset + index
  if (!/[\r\n]/.test(line.raw)) return { line: line.number, column: index + 1, offset }
  const before = line.raw.slice(0, index)
  const breaks = before.match(/\r\n|\r|\n/g)?.length ?? 0
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1
  return { line: line.number + breaks, column: index - lineStart + 1, offset }
}

// The start and end of `part` in `raw`, where a space of `part` matches a run of any
// white space.
function findPart(raw: string, part: string): [number, number] | undefined {
  const exact = raw.indexOf(part)
  if (exact >= 0) return [exact, exact + part.length]
  if (raw.length > mostSearched || !part.includes(' ')) return undefined
  const first = part.slice(0, part.indexOf(' '))
  for (let from = raw.indexOf(first); from >= 0; from = raw.indexOf(first, from + 1)) {
    const end = matchAt(raw, part, from)
    if (end !== undefined) return [from, end]
  }
  return undefined
}

function matchAt(raw: string, part: string, from: number): number | undefined {
  let at = from
  for (let index = 0; index < part.length; index++) {
    const char = part.charAt(index)
    if (char === ' ') {
      if (!isSpace(raw.charAt(at))) return undefined
      while (at < raw.length && isSpace(raw.charAt(at))) at++
    } else if (raw.charAt(at) === char) at++
    else return undefined
  }
  return at
}

function isSpace(char: string): boolean {
  return (
    char !== '' && /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/.test(char)
  )
}

/**
 * Where a labelled value stands: from its label's first character to its value's last.
 *
 * @param line - the line.
 * @param label - the label as printed (`Likes`).
 * @param value - the value, as tidied (`12`).
 * @returns the place, ready for `diagnose`; the label's alone when the value is not
 *   found after it, the line's when the label is not found.
 * @example
 *   placeBetween(lineAt('Source: A  Likes: 12'), 'Likes', '12').place.start.column //=> 12
 */
export function placeBetween(line: Line, label: string, value: string): DiagnosticPlace {
  const start = findPart(line.raw, label)
  if (!start) return placeIn(line)
  const after = value === '' ? undefined : findPart(line.raw.slice(start[1]), value)
  const end = after ? start[1] + after[1] : start[1]
  return spanOfLine(line, start[0], end)
}
