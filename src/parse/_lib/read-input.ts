import type { Diagnostic } from '../../schema/diagnostic.js'
import { ArticleParseError } from '../article-parse-error.js'
import { checkOption } from './check-option.js'
import { cleanText } from './clean-text.js'
import { decodeText } from './decode-text.js'
import { tooLong } from './input-limit.js'
import type { ResolvedInputOptions } from './input-options.js'
import { createLineCounter } from './line-counter.js'

/** A parser's input, read: clean text, and a way to run the parser on it. */
export interface ParserInput {
  /** The text, decoded and without control characters. */
  text: string
  /** What reading found: the encoding guessed, the characters removed. */
  diagnostics: Diagnostic[]
  /**
   * Run the parser on `text`: the lines and columns of its diagnostics, in the result
   * or in a thrown `ArticleParseError`, become those of the text the caller gave, and
   * the diagnostics of reading join them.
   */
  finish<R extends { diagnostics: Diagnostic[] }>(parse: (text: string) => R): R
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
  const long = tooLong(length, bytes ? 'bytes' : 'characters', maxInputLength)
  if (long) throw new ArticleParseError([long], file)
  const decoded = bytes ? decodeText(bytes, { encoding, file }) : undefined
  const original = decoded ? decoded.text : (input as string)
  const clean = cleanText(original)
  const diagnostics = [...(decoded?.diagnostics ?? []), ...clean.diagnostics]
  const restore = restorer(original, clean.text, clean.originalOffset)
  return {
    text: clean.text,
    diagnostics,
    finish(parse) {
      try {
        const result = parse(clean.text)
        const all = [...diagnostics, ...result.diagnostics.map(restore)]
        return {
          ...result,
          diagnostics: all.sort((a, b) => a.line - b.line || a.column - b.column),
        }
      } catch (error) {
        if (!(error instanceof ArticleParseError)) throw error
        throw new ArticleParseError([...error.diagnostics.map(restore), ...diagnostics], error.file)
      }
    },
  }
}

// Move a diagnostic made on the clean text to the same character of the original.
function restorer(
  original: string,
  clean: string,
  originalOffset: (offset: number) => number,
): (diagnostic: Diagnostic) => Diagnostic {
  if (original === clean) return (diagnostic) => diagnostic
  const cleanLines = createLineCounter(clean)
  const originalLines = createLineCounter(original)
  const move = (point: { line: number; column: number; offset?: number | undefined }) =>
    originalLines.pointAt(
      originalOffset(point.offset ?? cleanLines.offsetAt(point.line, point.column)),
    )
  return (diagnostic) => {
    const { line, column } = move(diagnostic)
    const moved: Diagnostic = { ...diagnostic, line, column }
    if (diagnostic.place) {
      moved.place = { start: move(diagnostic.place.start), end: move(diagnostic.place.end) }
    }
    return moved
  }
}
