import { checkOption, checkOptionsObject, optionalString } from './check-option.js'
import { encodingName } from './encoding-name.js'
import { resolveMaxInputLength } from './input-limit.js'

/** The options every parser takes about its input, besides its own. */
export interface InputOptions {
  /**
   * The encoding of byte input, a WHATWG label such as `'utf-8'`, `'gbk'`, `'big5'` or
   * `'utf-16le'`; a byte order mark still wins over it (default: read from the BOM, a
   * charset declared in the text, or detected). Strings are not decoded.
   */
  encoding?: string | null | undefined
  /**
   * The longest input read, in characters of a string or bytes of a `Uint8Array`;
   * longer input is an `ArticleParseError` with an `input-too-long` diagnostic.
   * `Infinity` lifts the limit (default: `defaultMaxInputLength`, 10 MiB).
   */
  maxInputLength?: number | null | undefined
  /** A file name for the message of a thrown `ArticleParseError` (default: none). */
  file?: string | null | undefined
}

/** The input options checked, with their defaults. */
export interface ResolvedInputOptions {
  /** The WHATWG name of the encoding the caller gave, if any. */
  encoding: string | undefined
  maxInputLength: number
  file: string | undefined
}

const expectedEncoding = 'an encoding label such as "utf-8", "gbk", "big5" or "utf-16le"'

/**
 * Check the input options of a parser and apply their defaults.
 *
 * @param options - what the caller passed (other fields are left to the parser).
 * @returns the checked options.
 * @throws {TypeError} when `options` is not an object, or `encoding`, `file` or
 *   `maxInputLength` has the wrong type.
 * @throws {RangeError} when `encoding` is not a label `TextDecoder` knows, or
 *   `maxInputLength` is negative or not a whole number.
 * @example
 *   resolveInputOptions({ encoding: 'GB2312' }).encoding //=> 'gb18030'
 */
export function resolveInputOptions(
  options: InputOptions | null | undefined,
): ResolvedInputOptions {
  const { encoding, maxInputLength, file } = checkOptionsObject(options)
  return {
    encoding: resolveEncoding(encoding),
    maxInputLength: resolveMaxInputLength(maxInputLength),
    file: optionalString('file', file),
  }
}

/**
 * Check an `encoding` option.
 *
 * @param encoding - what the caller passed.
 * @returns the WHATWG name, or `undefined` when none was given.
 * @throws {TypeError | RangeError} when it is not a string or not a known label.
 */
export function resolveEncoding(encoding: unknown): string | undefined {
  const label = optionalString('encoding', encoding)
  if (label === undefined) return undefined
  const name = encodingName(label)
  checkOption(name !== undefined, 'encoding', label, expectedEncoding, 'range')
  return name
}
