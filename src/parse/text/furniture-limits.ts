import { countHan } from '../_lib/han.js'
import { thresholds as defaultThresholds, type Thresholds } from '../vocabulary/thresholds.js'

/*
 * What a short line and a line of prose are, for telling site furniture from article
 * text. Furniture (a copyright notice, a "Powered by" credit, print and share buttons,
 * menus, "Related stories") is printed on short lines that do not read as sentences, at
 * the page's edges: above the first paragraph, or in the footer, which starts where the
 * running text ends. A line that looks like prose is never furniture, and when a line is
 * left out of the article anyway (it stands above the headline or in the footer) and it
 * looks like prose, the diagnostic that says so is a `warning`, not an `info`. The limits are in `thresholds`.
 */

// A sentence ends here: a full stop, question or exclamation mark after a letter, and a
// closing quote or bracket, then a space or the end of the line (not "1. " of a list).
// The letter is looked behind for from the mark, so that only the marks are searched
// for: a pattern that opens with the look behind tries it at every character.
const sentenceEnd = /[.!?](?<=\p{L}[.!?])["”’')\]]?(?:\s|$)/u
const hanSentenceEnd = /[。！？!?…][”’"'」』)）]?$/u
const letter = /\p{L}/u

/**
 * Whether a line is short enough to be site furniture.
 *
 * @param text - a tidied line.
 * @param thresholds - the length thresholds (default: `thresholds`).
 * @returns `true` when it has at most `thresholds.shortLineLength` characters.
 * @example
 *   isShortLine('Copyright © 2016 Example Chamber') //=> true
 */
export function isShortLine(text: string, thresholds: Thresholds = defaultThresholds): boolean {
  return text.length <= thresholds.shortLineLength
}

/**
 * Whether a line reads as running text: an English sentence (several words, most of
 * them small, and sentence punctuation), or a Chinese sentence (a run of Han characters
 * ending with `。`, `！` or `？`). In a page of either language a line may be either.
 *
 * @param text - a tidied line.
 * @param thresholds - the length thresholds (default: `thresholds`).
 * @returns `true` for a line that looks like prose.
 * @example
 *   looksLikeProse('The plant is powered by wind.') //=> true
 *   looksLikeProse('Powered by Example CMS') //=> false
 *   looksLikeProse('本次活动由示例公司提供技术支持。') //=> true
 */
export function looksLikeProse(text: string, thresholds: Thresholds = defaultThresholds): boolean {
  if (
    hanSentenceEnd.test(text) &&
    countHan(text, thresholds.sentenceHanCharacters) >= thresholds.sentenceHanCharacters
  ) {
    return true
  }
  if (!sentenceEnd.test(text)) return false
  // Words are runs of letters, digits and joiners that start with a letter. The text is
  // read by code, an ASCII character without making it a string, the rest by code point.
  let words = 0
  let small = 0
  let inWord = false
  for (let index = 0; index < text.length; ) {
    const code = text.charCodeAt(index)
    // The character as a string, for any but ASCII.
    const char = code < 0x80 ? '' : String.fromCodePoint(text.codePointAt(index) as number)
    index += code < 0x80 ? 1 : char.length
    const isLetter =
      code < 0x80 ? (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : letter.test(char)
    if (!inWord && isLetter) {
      words++
      if (code < 0x80 ? code >= 97 : char !== char.toUpperCase()) small++
      inWord = true
    } else if (inWord && !isLetter) {
      const joins =
        code < 0x80 ? (code >= 48 && code <= 57) || asciiJoiners.has(code) : char === '’'
      if (!joins) inWord = false
    }
  }
  return words >= thresholds.sentenceWords && small >= words * thresholds.sentenceSmallWordShare
}

/**
 * The thresholds {@link looksLikeProse} reads: two sets of thresholds that agree on these
 * tell the same lines apart as sentences.
 */
export const sentenceLimits = [
  'sentenceHanCharacters',
  'sentenceWords',
  'sentenceSmallWordShare',
] as const satisfies ReadonlyArray<keyof Thresholds>

/**
 * Whether two sets of thresholds read the same lines as sentences (see
 * {@link sentenceLimits}).
 *
 * @param a - thresholds.
 * @param b - other thresholds.
 * @returns `true` when they agree on every sentence limit.
 * @example
 *   sameSentenceLimits(thresholds, { ...thresholds, paragraphWords: 12 }) //=> true
 */
export function sameSentenceLimits(a: Thresholds, b: Thresholds): boolean {
  return sentenceLimits.every((name) => a[name] === b[name])
}

// What joins a word's letters besides letters and digits: "'", "." and "-" (and "’").
const asciiJoiners = new Set([0x27, 0x2e, 0x2d])
