import { isWellFormedText } from '../../schema/characters.js'
import type { Diagnostic } from '../../schema/diagnostic.js'
import { createDiagnosticTally, maxDiagnosticsPerRule } from './cap-diagnostics.js'
import { diagnose } from './diagnose.js'
import { createLineCounter, type LineCounter } from './line-counter.js'

/**
 * How many `control-character` or `lone-surrogate` diagnostics one text gets (as for
 * every rule, `maxDiagnosticsPerRule`); past it, one `repeated-diagnostic` gives the
 * count of the rest, so a file of a million NULs is reported in a few lines.
 */
export const maxCharacterDiagnostics = maxDiagnosticsPerRule

/** A text with its control characters removed and its lone surrogates replaced. */
export interface CleanText {
  /** The clean text. */
  text: string
  /** A `control-character` or `lone-surrogate` warning per run, at its place in the original. */
  diagnostics: Diagnostic[]
  /** The offset in the original text of an offset in the clean one. */
  originalOffset(offset: number): number
}

// C0 controls but tab, line feed and carriage return; DEL and the C1 controls. Lone
// surrogates are found by `isWellFormedText`: a pattern with the `u` flag that looks for
// them walks the text by code points, several times slower on every page.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const controlCharacter = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/

/**
 * Remove the control characters of a text (NUL, escape and the other C0 and C1 controls
 * and DEL; tab, line feed and carriage return stay) and replace each lone surrogate by
 * U+FFFD, with a warning at the place of each run. Line ends are never removed, so
 * the clean text has the same lines; `originalOffset` maps its offsets back.
 *
 * @param text - the text as given.
 * @returns the clean text, the diagnostics and the offset map.
 * @example
 *   cleanText('a\u0000b').text //=> 'ab'
 *   cleanText('a\u0000b').originalOffset(1) //=> 2
 */
export function cleanText(text: string): CleanText {
  if (!controlCharacter.test(text) && isWellFormedText(text))
    return { text, diagnostics: [], originalOffset: (offset) => offset }
  const report = reporter(text, createLineCounter(text))
  // The clean text is written as UTF-16 code units and made a string in chunks: slicing
  // and joining millions of pieces (a control between every two letters) is far slower.
  const units = new Uint16Array(text.length)
  const runs = createRuns()
  let length = 0
  let index = 0
  while (index < text.length) {
    const code = text.charCodeAt(index)
    if (isControlCharacter(code)) {
      let end = index + 1
      while (end < text.length && isControlCharacter(text.charCodeAt(end))) end++
      report('control-character', index, end)
      runs.add(length, end - index)
      index = end
    } else if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(index + 1)
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        units[length++] = code
        units[length++] = next
        index += 2
      } else {
        report('lone-surrogate', index, index + 1)
        units[length++] = 0xfffd
        index++
      }
    } else {
      units[length++] = code
      index++
    }
  }
  return {
    text: fromCodeUnits(units.subarray(0, length)),
    diagnostics: report.finish(),
    originalOffset: (offset) => offset + runs.removedBefore(offset),
  }
}

// Where each removed run starts in the clean text, and how many characters were removed
// up to its end, in arrays that grow as runs are found.
function createRuns() {
  let cleanAt = new Int32Array(16)
  let removedSoFar = new Int32Array(16)
  let count = 0
  let removed = 0
  return {
    add(at: number, length: number) {
      if (count === cleanAt.length) {
        const grown = [new Int32Array(count * 2), new Int32Array(count * 2)] as const
        grown[0].set(cleanAt)
        grown[1].set(removedSoFar)
        ;[cleanAt, removedSoFar] = grown
      }
      removed += length
      cleanAt[count] = at
      removedSoFar[count] = removed
      count++
    },
    // A binary search for the runs at or before a clean offset.
    removedBefore(offset: number): number {
      let low = 0
      let high = count
      while (low < high) {
        const middle = (low + high) >> 1
        if ((cleanAt[middle] ?? 0) <= offset) low = middle + 1
        else high = middle
      }
      return low === 0 ? 0 : (removedSoFar[low - 1] ?? 0)
    },
  }
}

// The string of UTF-16 code units, a bounded chunk at a time (an argument list that grew
// with the text could overflow the stack).
function fromCodeUnits(units: Uint16Array): string {
  const chunks: string[] = []
  for (let start = 0; start < units.length; start += 4096) {
    chunks.push(String.fromCharCode(...units.subarray(start, start + 4096)))
  }
  return chunks.join('')
}

/**
 * Whether a UTF-16 code unit is a control character that is not text: the C0 controls
 * but tab, line feed and carriage return; DEL; and the C1 controls, NEL among them.
 *
 * @param code - a UTF-16 code unit.
 * @returns `true` for a control character to remove.
 * @example
 *   isControlCharacter(0x1b) //=> true
 *   isControlCharacter(0x09) //=> false
 */
export function isControlCharacter(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    (code >= 0x7f && code <= 0x9f)
  )
}

/**
 * Name a UTF-16 code unit as a diagnostic shows it.
 *
 * @param code - a UTF-16 code unit.
 * @returns its `U+` form, at least four hexadecimal digits.
 * @example
 *   codePoint(0x1b) //=> 'U+001B'
 */
export function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
}

// `U+0000`, or `U+0000 and 11 more` for a run.
function describeRun(text: string, start: number, end: number): string {
  const first = codePoint(text.charCodeAt(start))
  return end - start === 1 ? first : `${first} and ${end - start - 1} more`
}

// Diagnostics of each rule up to the cap, then one count of the rest: past the cap, a
// run makes no diagnostic, so that a text of millions of them stays fast.
function reporter(text: string, lines: LineCounter) {
  const tally = createDiagnosticTally()
  const report = (ruleId: 'control-character' | 'lone-surrogate', start: number, end: number) => {
    tally.add(ruleId, 'warning', () => {
      const from = lines.pointAt(start)
      const place = { start: from, end: lines.pointAt(end) }
      const at = { line: from.line, column: from.column, place }
      return diagnose(ruleId, 'warning', at, { actual: describeRun(text, start, end) })
    })
  }
  report.finish = () => tally.list()
  return report
}
