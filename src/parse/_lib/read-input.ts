import type { Diagnostic, SourcePoint } from '../../schema/diagnostic.js'
import { ArticleParseError } from '../article-parse-error.js'
import type { FieldProvenance } from '../provenance.js'
import { checkOption } from './check-option.js'
import { cleanText } from './clean-text.js'
import { decodeText } from './decode-text.js'
import { tooLong } from './input-limit.js'
import type { ResolvedInputOptions } from './input-options.js'
import { createLineCounter } from './line-counter.js'

/** What a parser's work returns: diagnostics, and the provenance of fields when asked. */
export interface ParserOutput {
  diagnostics: Diagnostic[]
  provenance?: FieldProvenance[]
}

/** A parser's input, read: clean text, and a way to run the parser on it. */
export interface ParserInput {
  /** The text, decoded and without control characters. */
  text: string
  /** What reading found: the encoding guessed, the characters removed. */
  diagnostics: Diagnostic[]
  /**
   * Run the parser on `text`: the places of its diagnostics, in the result or in a
   * thrown `ArticleParseError`, and of its `provenance`, become those of the text the
   * caller gave, and the diagnostics of reading join them.
   */
  finish<R extends ParserOutput>(parse: (text: string) => R): R
}

/**
 * The first stage of every parser: check the input's type and length, decode bytes
 * (see `decodeText`), and remove control characters (see `cleanText`).
 *
 * @param input - what the caller passed: a string or a `Uint8Array`.
 * @param name - the parameter's name, for the error of a bad call.
 * @param options - the parser's checked input options.
 * @returns the clean text and what was found.
 * @throws {ArticleParseError} when the input is longer than `maxInputLength`
 *   (`input-too-long`) or its bytes are not text (`binary-input`).
 * @throws {TypeError} when the input is neither a string nor a `Uint8Array`.
 */
export function readInput(
  input: unknown,
  name: string,
  options: ResolvedInputOptions,
): ParserInput {
  const { file, encoding, maxInputLength } = options
  const isBytes = input instanceof Uint8Array
  checkOption(typeof input === 'string' || isBytes, name, input, 'a string or bytes (a Uint8Array)')
  const bytes = isBytes ? (input as Uint8Array) : undefined
  const length = bytes ? bytes.length : (input as string).length
  const long = tooLong(
    length,
    bytes ? 'bytes' : 'characters',
    maxInputLength,
    bytes ? undefined : (input as string),
  )
  if (long) throw new ArticleParseError([long], file)
  const decoded = bytes ? decodeText(bytes, { encoding, file }) : undefined
  const original = decoded ? decoded.text : (input as string)
  const clean = cleanText(original)
  const diagnostics = [...(decoded?.diagnostics ?? []), ...clean.diagnostics]
  const move = mover(original, clean.text, clean.originalOffset)
  const restore = (diagnostic: Diagnostic) => (move ? moveDiagnostic(diagnostic, move) : diagnostic)
  return {
    text: clean.text,
    diagnostics,
    finish(parse) {
      try {
        const result = parse(clean.text)
        const all = [...diagnostics, ...result.diagnostics.map(restore)]
        const moved = Object.assign({}, result, { diagnostics: all.sort(byPlace) })
        if (move && result.provenance) {
          moved.provenance = result.provenance.map((entry) => ({
            ...entry,
            place: { start: move(entry.place.start), end: move(entry.place.end) },
          }))
        }
        return moved
      } catch (error) {
        if (!(error instanceof ArticleParseError)) throw error
        throw new ArticleParseError([...error.diagnostics.map(restore), ...diagnostics], error.file)
      }
    },
  }
}

type Point = { line: number; column: number; offset?: number | undefined }

function byPlace(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column
}

// Move a point of the clean text to the same character of the original, or nothing to
// move when no character was removed.
function mover(
  original: string,
  clean: string,
  originalOffset: (offset: number) => number,
): ((point: Point) => SourcePoint) | undefined {
  if (original === clean) return undefined
  const cleanLines = createLineCounter(clean)
  const originalLines = createLineCounter(original)
  return (point) =>
    originalLines.pointAt(
      originalOffset(point.offset ?? cleanLines.offsetAt(point.line, point.column)),
    )
}

function moveDiagnostic(diagnostic: Diagnostic, move: (point: Point) => SourcePoint): Diagnostic {
  const { line, column } = move(diagnostic)
  const moved: Diagnostic = { ...diagnostic, line, column }
  if (diagnostic.place) {
    moved.place = { start: move(diagnostic.place.start), end: move(diagnostic.place.end) }
  }
  return moved
}
