import { visibleCharacterPattern } from '../../schema/characters.js'

/** One line of the original text, with where it starts and its text tidied. */
export interface Line {
  /** 1-based line number in the original text. */
  number: number
  /** Offset of the line's first character in the original text. */
  offset: number
  /** 1-based column of the first visible character. */
  column: number
  /** The line as printed, without its line ending. */
  raw: string
  /** The line with white space runs (tabs, no-break and ideographic spaces) made one space, trimmed. */
  text: string
}

// Every kind of white space seen in scraped pages: no-break, ideographic, zero-width and
// the Unicode spaces, besides tabs. Only the runs that are not a single space are
// replaced: a run that starts with another space, or a space and more. Matching every
// single space between words too would cost a replacement per word of a paragraph.
const space = String.raw`[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]`
const otherSpace = String.raw`[\t\n\v\f\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]`
const irregularSpace = new RegExp(`${otherSpace}${space}*| ${space}+`, 'g')

/**
 * Split a text into lines, keeping each line's place in the original.
 *
 * @param text - the page as plain text; `\r\n`, `\r` and `\n` end lines.
 * @returns every line, blank ones included.
 * @example
 *   splitLines('a\r\n  b')[1] //=> { number: 2, offset: 3, column: 3, raw: '  b', text: 'b' }
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  // Most pages end lines with \n alone: indexOf finds those faster than a pattern.
  const ending = text.includes('\r') ? /\r\n|\r|\n/g : /\n/g
  let offset = 0
  let number = 1
  for (;;) {
    const match = ending.exec(text)
    const end = match ? match.index : text.length
    const raw = text.slice(offset, end)
    lines.push({ number, offset, column: indentOf(raw) + 1, raw, text: tidy(raw) })
    if (!match) break
    offset = end + match[0].length
    number++
  }
  return lines
}

// The width of a line's leading white space, in UTF-16 code units.
function indentOf(raw: string): number {
  let index = 0
  while (index < raw.length && /[\s\u00a0\u3000\ufeff]/.test(raw.charAt(index))) index++
  return index
}

/**
 * Make every run of white space one space, and trim. A text of only invisible
 * characters (zero-width spaces, word joiners, soft hyphens) is empty.
 *
 * @param text - any text.
 * @returns the tidied text.
 */
export function tidy(text: string): string {
  // Most lines, once trimmed, hold only single spaces: they need no replace.
  const trimmed = text.trim()
  if (trimmed !== '' && !visibleCharacterPattern.test(trimmed)) return ''
  return unusualSpace.test(trimmed) || twoSpaces.test(trimmed)
    ? trimmed.replace(irregularSpace, ' ').trim()
    : trimmed
}

// White space other than a single space. Two spaces in a row are looked for apart: a
// pattern with both as alternatives scans a line twice as slowly, and so does
// `includes('  ')` on a line with characters beyond Latin-1 (curly quotes, Han).
const unusualSpace = new RegExp(otherSpace)
const twoSpaces = / {2}/
