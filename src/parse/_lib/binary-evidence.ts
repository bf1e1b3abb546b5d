import { isControlCharacter } from './clean-text.js'

/**
 * When bytes are taken for something other than text. A text file has no NUL bytes
 * (outside UTF-16, where they are half of every ASCII letter) and, once decoded, next to
 * no replacement characters or control characters; random bytes have about one NUL in
 * 256 and, decoded, one control character or U+FFFD in eight or more.
 */
export const binaryThresholds = {
  /** The share of NUL bytes from which bytes are not text (default: 1 in 100). */
  nulShare: 0.01,
  /**
   * The fewest NUL bytes, or invalid characters, that make bytes binary, so that one
   * stray control character in a short file is removed instead (default: 2).
   */
  fewest: 2,
  /**
   * The share of decoded characters that are U+FFFD (an invalid sequence) or a control
   * character other than tab, line feed and carriage return, from which bytes are not
   * text (default: 5 in 100).
   */
  invalidShare: 0.05,
  /**
   * The smallest share of letters, digits and white space in a text whose encoding was
   * guessed: prose has four in five or more, random bytes read in a single-byte
   * encoding about one in two (default: 7 in 10).
   */
  guessedWordShare: 0.7,
} as const

/**
 * Whether a reading of guessed bytes looks like prose: enough letters, digits and white
 * space (see `binaryThresholds.guessedWordShare`).
 *
 * @param text - the bytes decoded in the guessed encoding.
 * @returns `true` when the reading is plausible text.
 * @example
 *   looksLikeProse('Chamber Opens New Office') //=> true
 *   looksLikeProse('¼þ\u0099Ó×Ã') //=> false
 */
export function looksLikeProse(text: string): boolean {
  const words = text.match(wordCharacters)?.length ?? 0
  return words >= text.length * binaryThresholds.guessedWordShare
}

const wordCharacters = /[\p{L}\p{M}\p{N}\s]/gu

/**
 * Say why bytes are not text, if they are not.
 *
 * @param bytes - the raw bytes.
 * @param text - the bytes decoded in `encoding`.
 * @param encoding - the WHATWG name of the encoding used.
 * @returns `'NUL bytes'`, `'mostly invalid byte sequences'`, or `undefined` for text.
 * @example
 *   binaryEvidence(Uint8Array.of(0x50, 0x4b, 3, 4, 0, 0, 0, 0), 'PK\x03\x04\0\0\0\0', 'utf-8') //=> 'NUL bytes'
 */
export function binaryEvidence(
  bytes: Uint8Array,
  text: string,
  encoding: string,
): string | undefined {
  if (!encoding.startsWith('utf-16')) {
    const nul = countZeros(bytes)
    if (nul >= binaryThresholds.fewest && nul >= bytes.length * binaryThresholds.nulShare) {
      return 'NUL bytes'
    }
  }
  // Most texts have no character that is not text: one search says so.
  if (!notTextCharacter.test(text)) return undefined
  let invalid = 0
  for (let index = 0; index < text.length; index++) {
    if (isNotText(text.charCodeAt(index))) invalid++
  }
  if (invalid >= binaryThresholds.fewest && invalid > text.length * binaryThresholds.invalidShare) {
    return 'mostly invalid byte sequences'
  }
  return undefined
}

// The NUL bytes, found by `indexOf`, which is many times faster than a loop over bytes.
function countZeros(bytes: Uint8Array): number {
  let count = 0
  for (let at = bytes.indexOf(0); at !== -1; at = bytes.indexOf(0, at + 1)) count++
  return count
}

// What `isNotText` accepts, as a pattern.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for
const notTextCharacter = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFD]/

// A control character (see `isControlCharacter`) or the replacement character.
function isNotText(code: number): boolean {
  return isControlCharacter(code) || code === 0xfffd
}

/**
 * Where a reading of bytes first shows that they are not text: the first control
 * character or U+FFFD (an invalid sequence), else the first character that is not a
 * letter, digit or white space, the place of a `binary-input` diagnostic.
 *
 * @param text - the bytes decoded.
 * @returns the offset of that character, or `0` when there is none.
 * @example
 *   firstNotText('ab\u0000c') //=> 2
 */
export function firstNotText(text: string): number {
  let symbol = -1
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (isNotText(code)) return index
    if (symbol < 0 && !wordCharacter.test(text.charAt(index))) symbol = index
  }
  return Math.max(0, symbol)
}

const wordCharacter = /[\p{L}\p{M}\p{N}\s]/u
