import type { SourcePoint } from '../../schema/diagnostic.js'

/** Turns offsets into lines and columns for one text. */
export interface LineCounter {
  /** The 1-based line and column of a 0-based offset (clamped to the text). */
  pointAt(offset: number): SourcePoint
  /** The 0-based offset of a 1-based line and column (clamped to the text). */
  offsetAt(line: number, column: number): number
}

/**
 * Index the line starts of a text once, so that offsets become lines and columns only
 * at the edge, where diagnostics are made. `\n`, `\r\n` and `\r` end lines.
 *
 * @param text - the original text.
 * @returns a counter for that text.
 * @example
 *   createLineCounter('a\nbc').pointAt(3) //=> { line: 2, column: 2, offset: 3 }
 */
export function createLineCounter(text: string): LineCounter {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) starts.push(index + 1)
  }
  return {
    pointAt(offset) {
      const at = Math.min(Math.max(0, offset), text.length)
      let low = 0
      let high = starts.length - 1
      while (low < high) {
        const middle = (low + high + 1) >> 1
        if ((starts[middle] ?? 0) <= at) low = middle
        else high = middle - 1
      }
      return { line: low + 1, column: at - (starts[low] ?? 0) + 1, offset: at }
    },
    offsetAt(line, column) {
      const start = starts[Math.min(Math.max(1, line), starts.length) - 1] ?? 0
      return Math.min(Math.max(0, start + column - 1), text.length)
    },
  }
}
