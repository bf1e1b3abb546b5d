import type { InputFormat } from './formats.js'

/** A format told from the text itself, and why. */
export interface SniffedFormat {
  format: InputFormat
  /** Why, in a few words for `--verbose`. */
  reason: string
}

/** The signs read, in order: the first that matches decides. */
export const formatSigns: ReadonlyArray<{ format: InputFormat; test: RegExp; reason: string }> = [
  { format: 'json', test: /^\uFEFF?\s*\{/, reason: 'its first character is {' },
  {
    format: 'markdown',
    test: /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/,
    reason: 'its first line is ---, a front matter',
  },
]

/**
 * Tell article JSON, Markdown with front matter and a plain text page apart, for input
 * with no `--from` and no known extension (standard input): an object's `{` first (after
 * spaces) is JSON, a first line `---` is front matter, anything else is a text page.
 *
 * @param text - the input.
 * @returns the format and the reason.
 * @example
 *   sniffFormat('---\ntitle: Hi\n---\n').format //=> 'markdown'
 */
export function sniffFormat(text: string): SniffedFormat {
  for (const sign of formatSigns) {
    if (sign.test.test(text)) return { format: sign.format, reason: sign.reason }
  }
  return { format: 'text', reason: 'neither JSON nor front matter' }
}
