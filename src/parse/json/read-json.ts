import { visit } from 'jsonc-parser'
import { formatPath } from '../../schema/_lib/format-path.js'
import type { Diagnostic, RuleId, Severity } from '../../schema/diagnostic.js'
import { maxNesting } from '../../schema/nesting.js'
import { createDiagnosticTally } from '../_lib/cap-diagnostics.js'
import { diagnose } from '../_lib/diagnose.js'
import type { LineCounter } from '../_lib/line-counter.js'
import { cleanJsonString, type StringRepair } from './clean-string.js'
import { nestingDiagnostic, syntaxDiagnostic } from './syntax-errors.js'
import { expectedNumber } from './unsafe-number.js'

/**
 * Keys a JSON object may not have in an article. `__proto__` is an own key to
 * `JSON.parse`, but set on an object it replaces the object's prototype, and code that
 * copies or merges the article would do just that. `constructor` and `prototype` are
 * not in the list: on a plain object they are keys like any other, unknown to the model
 * (an `unknown-key` error, or kept as data under `unknownKeys: 'keep'`).
 */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__'])

/** The value of a JSON text and what reading it found. */
export interface JsonReading {
  /** The value, as `JSON.parse` would give it but for what `diagnostics` report. */
  value: unknown
  /** Syntax errors (`invalid-json`), capped; none when the text is well-formed JSON. */
  syntax: Diagnostic[]
  /**
   * What reading a well-formed text found, in order, capped: duplicate and forbidden
   * keys, unsafe numbers (errors), control characters and lone surrogates (warnings).
   */
  diagnostics: Diagnostic[]
  /** The paths of the unsafe numbers, which the value holds as JavaScript read them. */
  unsafeNumbers: ReadonlySet<string>
}

// One object or list being read: the value, the key its next value goes under, and
// where it stands in its parent.
interface Frame {
  container: Record<string, unknown> | unknown[]
  key: string | undefined
  segment: string | number
}

// Thrown from the reader's callbacks to stop at a value nested too deep, before the
// JSON parser's own descent overflows the call stack.
class TooDeep {
  constructor(readonly offset: number) {}
}

/**
 * Read the value of a JSON text in one pass, reporting at its place in the text what
 * `JSON.parse` would silently change: a second value for a key (the first would be
 * lost), a `__proto__` key (left out), a number JavaScript cannot hold as written (see
 * `numberExpectations`), and in strings (keys included) control characters, removed,
 * and lone surrogates, replaced by U+FFFD. Objects and lists nested deeper than
 * `maxNesting` stop the reading with a syntax error at the first one.
 *
 * @param text - the JSON text.
 * @param lines - its line counter.
 * @returns the value and the diagnostics (each rule capped at `maxDiagnosticsPerRule`).
 * @example
 *   readJson('{"a": 1, "a": 2}', createLineCounter('{"a": 1, "a": 2}')).diagnostics[0].ruleId
 *   //=> 'duplicate-key'
 */
export function readJson(text: string, lines: LineCounter): JsonReading {
  const syntax = createDiagnosticTally()
  const found = createDiagnosticTally()
  const unsafeNumbers = new Set<string>()
  const frames: Frame[] = []
  let root: unknown
  let lastError = -1

  // The segment of the next value: its key in an object, its index in a list.
  const nextSegment = (): string | number | undefined => {
    const top = frames[frames.length - 1]
    if (top === undefined) return undefined
    return Array.isArray(top.container) ? top.container.length : top.key
  }
  const pathTo = (last: string | number | undefined): Array<string | number> => {
    const path = frames.slice(1).map((frame) => frame.segment)
    if (last !== undefined) path.push(last)
    return path
  }
  const report = (
    ruleId: RuleId,
    severity: Severity,
    start: number,
    end: number,
    actual: string,
    last: string | number | undefined,
    expected?: string,
  ) => {
    found.add(ruleId, severity, () => {
      const from = lines.pointAt(start)
      const to = lines.pointAt(end)
      const diagnostic = diagnose(
        ruleId,
        severity,
        { ...from, place: { start: from, end: to } },
        expected === undefined ? { actual } : { actual, expected },
      )
      diagnostic.path = formatPath(pathTo(last))
      return diagnostic
    })
  }
  // The last segment of the path of the string being cleaned, for its repairs.
  let cleaning: string | number | undefined
  const onRepair = (repair: StringRepair) =>
    report(repair.ruleId, 'warning', repair.start, repair.end, repair.character, cleaning)
  const clean = (value: string, offset: number, last: string | number | undefined) => {
    cleaning = last
    return cleanJsonString(value, text, offset, onRepair)
  }
  const put = (value: unknown) => {
    const top = frames[frames.length - 1]
    if (top === undefined) root = value
    else if (Array.isArray(top.container)) top.container.push(value)
    // A value under a forbidden key, or after a syntax error, has no key: it is left out.
    else if (top.key !== undefined) top.container[top.key] = value
  }
  const open = (container: Frame['container'], offset: number) => {
    if (frames.length >= maxNesting) throw new TooDeep(offset)
    const segment = nextSegment() ?? ''
    put(container)
    frames.push({ container, key: undefined, segment })
  }

  try {
    visit(
      text,
      {
        onObjectBegin: (offset) => open({}, offset),
        onArrayBegin: (offset) => open([], offset),
        onObjectEnd: () => void frames.pop(),
        onArrayEnd: () => void frames.pop(),
        onObjectProperty: (raw: string, offset, length) => {
          const top = frames[frames.length - 1] as Frame
          const key = clean(raw, offset, raw)
          const object = top.container as Record<string, unknown>
          top.key = key
          if (forbiddenKeys.has(key)) {
            top.key = undefined
            report('forbidden-key', 'error', offset, offset + length, key, key)
          } else if (Object.hasOwn(object, key)) {
            report('duplicate-key', 'error', offset, offset + length, key, key)
          }
        },
        onLiteralValue: (value: unknown, offset, length) => {
          const segment = nextSegment()
          if (typeof value === 'string') {
            put(clean(value, offset, segment))
            return
          }
          if (typeof value === 'number') {
            const expected = expectedNumber(value, text, offset, offset + length)
            if (expected !== undefined) {
              unsafeNumbers.add(formatPath(pathTo(segment)))
              const literal = shorten(text.slice(offset, offset + length))
              report('unsafe-number', 'error', offset, offset + length, literal, segment, expected)
            }
          }
          put(value)
        },
        onError: (code, offset, length) => {
          // The scanner may report a second error at the same place as the first (a key,
          // then a value, expected after a trailing comma); the first says it best.
          if (offset === lastError) return
          lastError = offset
          syntax.add('invalid-json', 'error', () =>
            syntaxDiagnostic(code, offset, length, text, lines),
          )
        },
      },
      { disallowComments: true, allowTrailingComma: false },
    )
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error
    return {
      value: undefined,
      syntax: [nestingDiagnostic(error.offset, lines)],
      diagnostics: [],
      unsafeNumbers,
    }
  }
  return { value: root, syntax: syntax.list(), diagnostics: found.list(), unsafeNumbers }
}

// A number literal as a diagnostic shows it: a thousand digits say no more than forty.
function shorten(literal: string): string {
  return literal.length > 40 ? `${literal.slice(0, 39)}…` : literal
}
