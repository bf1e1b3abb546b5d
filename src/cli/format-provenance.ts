import type { FieldProvenance } from '../parse/provenance.js'
import { escapeForTerminal } from './terminal-text.js'

/**
 * Characters a terminal draws two columns wide: Hangul jamo, the CJK scripts and
 * symbols, Hiragana, Katakana, Hangul syllables, compatibility ideographs, full-width
 * forms and the supplementary ideographic planes, so that a span of a Chinese page is
 * marked under its characters.
 */
export const wideCharacters =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u

/** The most lines of one span printed; the rest are counted. */
export const maxProvenanceLines = 3

/** Options for {@link formatProvenance}. */
export interface FormatProvenanceOptions {
  /** The file name to print first (default: `'<input>'`). */
  file?: string | undefined
  /** The text the places are in; without it only the heading line is printed. */
  source?: string | undefined
}

/**
 * Write where one field was read, the way a diagnostic is written:
 * `file:line:column-line:column: path [rule]`, then each line of the source the span
 * covers (at most {@link maxProvenanceLines}) with `^` under the characters read.
 * Control characters in the source are escaped and tabs expanded, and the marks follow
 * them; wide characters (see {@link wideCharacters}) take two marks.
 *
 * @param entry - a field's provenance.
 * @param options - the file name and the source text.
 * @returns the lines, joined by `\n`.
 * @example
 *   formatProvenance(headline, { file: 'a.md', source })
 *   //=> 'a.md:2:8-2:28: headline [front-matter]\ntitle: Chamber Opens Office\n       ^^^^^^^^^^^^^^^^^^^^'
 */
export function formatProvenance(
  entry: FieldProvenance,
  options: FormatProvenanceOptions = {},
): string {
  const { file = '<input>', source } = options
  const { start, end } = entry.place
  const head = `${file}:${start.line}:${start.column}-${end.line}:${end.column}: ${entry.path} [${entry.rule}]`
  if (source === undefined) return head
  const lines = source.split(/\r\n|\r|\n/)
  const out = [escapeForTerminal(head)]
  // A span that ends at the start of a line ends with the line before.
  const endLine = end.column === 1 && end.line > start.line ? end.line - 1 : end.line
  const last = Math.min(endLine, start.line + maxProvenanceLines - 1)
  for (let number = start.line; number <= last; number++) {
    const text = lines[number - 1]
    if (text === undefined) break
    const from = number === start.line ? start.column - 1 : 0
    const to = number === endLine ? Math.max(from, end.column - 1) : text.length
    // Widths are counted on the line as printed: escapes, tabs to the next stop of 8.
    const before = displayed(text.slice(0, from))
    const marked = displayed(text.slice(from, to), before.width)
    out.push(before.text + marked.text + displayed(text.slice(to), marked.width).text)
    const empty = from === to
    if (empty && (start.offset !== end.offset || number !== start.line)) continue
    out.push(`${' '.repeat(before.width)}${'^'.repeat(Math.max(1, marked.width - before.width))}`)
  }
  const more = endLine - last
  if (more > 0) out.push(`… ${more} more ${more === 1 ? 'line' : 'lines'}`)
  return out.join('\n')
}

// A piece of a line as a terminal shows it, from a column: control characters escaped,
// tabs expanded to the next tab stop; `width` is the column after it.
function displayed(text: string, column = 0): { text: string; width: number } {
  let width = column
  let shown = ''
  for (const character of escapeForTerminal(text)) {
    if (character === '\t') {
      const spaces = 8 - (width % 8)
      shown += ' '.repeat(spaces)
      width += spaces
    } else {
      shown += character
      width += wideCharacters.test(character) ? 2 : 1
    }
  }
  return { text: shown, width }
}
