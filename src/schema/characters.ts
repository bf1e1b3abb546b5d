/**
 * A string without control characters: no C0 control but tab, line feed and carriage
 * return, no DEL, no C1 control. Written without flags so that JSON Schema validators
 * apply the same rule (`pattern`).
 *
 * @example
 *   noControlCharactersPattern.test('Tab\tand\nlines') //=> true
 *   noControlCharactersPattern.test('NUL\u0000') //=> false
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it rejects
export const noControlCharactersPattern = /^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]*$/

/**
 * A string with at least one visible character: one that is not white space, a control
 * character, or an invisible one (Unicode's default-ignorable code points of the Basic
 * Multilingual Plane: the soft hyphen U+00AD, the zero-width space, joiners and marks
 * U+200B-U+200F, the bidirectional controls, the word joiner and invisible operators
 * U+2060-U+206F, variation selectors, the byte order mark U+FEFF, and the like).
 * Characters beyond the BMP count as visible, so that the pattern says the same in
 * JSON Schema validators with and without Unicode mode.
 *
 * @example
 *   visibleCharacterPattern.test('\u200B商会') //=> true
 *   visibleCharacterPattern.test('\u200B\u2060\uFEFF\u00AD ') //=> false
 */
export const visibleCharacterPattern =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not visible
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each invisible code point stands alone
  /[^\s\x00-\x1F\x7F-\x9F\xAD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFF8]/

// With the `u` flag a surrogate pair is one code point, so only a lone half matches, and
// the scan is one pass without backtracking.
const loneSurrogate = /\p{Cs}/u

/**
 * Whether a string is well-formed UTF-16: no lone surrogate (half of a pair, which is no
 * character and which no encoder can write). JSON Schema has no pattern that says this
 * in every validator, so the JSON Schema files leave it to the zod schemas.
 *
 * @param text - any string.
 * @returns `false` when the string holds a lone surrogate.
 * @example
 *   isWellFormedText('商会 😀') //=> true
 *   isWellFormedText('x\uD800y') //=> false
 */
export function isWellFormedText(text: string): boolean {
  return wellFormed ? wellFormed.call(text) : !loneSurrogate.test(text)
}

// ES2024's String.prototype.isWellFormed (Node 20 and current browsers) says the same
// without a pattern, several times faster; older engines use the pattern.
const wellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed
