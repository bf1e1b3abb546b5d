import type { Diagnostic, RuleId } from '../../schema/diagnostic.js'
import { diagnose } from './diagnose.js'
import { createLineCounter, type LineCounter } from './line-counter.js'

/**
 * How many `control-character` or `lone-surrogate` diagnostics one text gets; past it,
 * one `repeated-diagnostic` gives the count of the rest, so a file of a million NULs is
 * reported in a few lines.
 */
export const maxCharacterDiagnostics = 100

/** A text with its control characters removed and its lone surrogates replaced. */
export interface CleanText {
  /** The clean text. */
  text: string
  /** A `control-character` or `lone-surrogate` warning per run, at its place in the original. */
  diagnostics: Diagnostic[]
  /** The offset in the original text of an offset in the clean one. */
  originalOffset(offset: number): number
}

// C0 controls but tab, line feed and carriage return; DEL and the C1 controls; and,
// with the `u` flag, a surrogate that is not half of a pair.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const unclean = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]|[\uD800-\uDFFF]/u

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
  if (!unclean.test(text)) return { text, diagnostics: [], originalOffset: (offset) => offset }
  const lines = createLineCounter(text)
  const parts: string[] = []
  const report = reporter(lines)
  // Where each removed run starts in the clean text, and how many were removed up to it.
  const cleanAt: number[] = []
  const removedSoFar: number[] = []
  let removed = 0
  let from = 0
  let index = 0
  while (index < text.length) {
    const code = text.charCodeAt(index)
    if (isControl(code)) {
      let end = index + 1
      while (end < text.length && isControl(text.charCodeAt(end))) end++
      parts.push(text.slice(from, index))
      report('control-character', index, end, describeRun(text, index, end))
      cleanAt.push(index - removed)
      removed += end - index
      removedSoFar.push(removed)
      from = end
      index = end
    } else if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(index + 1)
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) index += 2
      else {
        parts.push(text.slice(from, index), '\uFFFD')
        report('lone-surrogate', index, index + 1, codePoint(code))
        from = index + 1
        index++
      }
    } else index++
  }
  parts.push(text.slice(from))
  return {
    text: parts.join(''),
    diagnostics: report.finish(),
    originalOffset: (offset) => offset + removedBefore(cleanAt, removedSoFar, offset),
  }
}

function isControl(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    (code >= 0x7f && code <= 0x9f)
  )
}

function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
}

function describeRun(text: string, start: number, end: number): string {
  const first = codePoint(text.charCodeAt(start))
  return end - start === 1 ? first : `${first} and ${end - start - 1} more`
}

// How many characters were removed before the clean offset: a binary search of the runs.
function removedBefore(cleanAt: number[], removedSoFar: number[], offset: number): number {
  let low = 0
  let high = cleanAt.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((cleanAt[middle] ?? 0) <= offset) low = middle + 1
    else high = middle
  }
  return low === 0 ? 0 : (removedSoFar[low - 1] ?? 0)
}

// Diagnostics of each rule up to the cap, then one count of the rest.
function reporter(lines: LineCounter) {
  const kept: Diagnostic[] = []
  const left = new Map<RuleId, { count: number; at: number }>()
  const counts = new Map<RuleId, number>()
  const report = (ruleId: RuleId, start: number, end: number, actual: string) => {
    const count = (counts.get(ruleId) ?? 0) + 1
    counts.set(ruleId, count)
    if (count <= maxCharacterDiagnostics) {
      const from = lines.pointAt(start)
      const place = { start: from, end: lines.pointAt(end) }
      kept.push(
        diagnose(ruleId, 'warning', { line: from.line, column: from.column, place }, { actual }),
      )
    } else {
      const entry = left.get(ruleId)
      if (entry) entry.count++
      else left.set(ruleId, { count: 1, at: start })
    }
  }
  report.finish = () => {
    for (const [ruleId, { count, at }] of left) {
      kept.push(
        diagnose('repeated-diagnostic', 'warning', lines.pointAt(at), {
          actual: String(count),
          expected: ruleId,
        }),
      )
    }
    return kept
  }
  return report
}
