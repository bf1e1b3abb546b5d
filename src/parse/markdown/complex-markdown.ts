import { type FrontMatterExtent, findFrontMatter } from './front-matter-extent.js'

/**
 * The most delimiters of each kind that one block of Markdown (lines up to a blank line)
 * may hold before the rest are read as text. The Markdown parser matches emphasis,
 * strikethrough and link brackets by searching back over every earlier delimiter of the
 * block, so its time grows with the square of their number: 100 KB of `*a` took 40 s,
 * of `~a` over a minute, of `[a]` about a minute. A block of ordinary prose holds a few
 * dozen; past these counts each further delimiter is read as text (it stays the character it
 * was), and a `complex-markdown` warning says where.
 */
export const complexMarkdownLimits = {
  /** `*` and `_`, which open and close emphasis. */
  emphasis: 500,
  /** `~`, which opens and closes strikethrough. */
  strikethrough: 500,
  /** `[` and `]`, which open and close links, images and footnote references. */
  brackets: 500,
  /**
   * Setext heading underlines (a line of `=` or `-` under a line of text), counted over
   * the whole file rather than a block: the parser looks back over the file's earlier
   * headings for each one, so 2,500 took two seconds and 5,000 six. Past the limit an
   * underline is read as text.
   */
  setextHeadings: 500,
} as const

/**
 * The characters that stand in for the delimiters past the limits while the Markdown
 * parser reads the text: Unicode noncharacters, which are for a program's own use, so
 * that the parser reads them as plain text in one token and the text keeps its length.
 * They are put back in every string of the tree. A file that holds one of them gets
 * backslash escapes instead.
 */
export const delimiterStandIns: Readonly<Record<string, string>> = {
  '*': '\uFDD0',
  _: '\uFDD1',
  '~': '\uFDD2',
  '[': '\uFDD3',
  ']': '\uFDD4',
  '=': '\uFDD5',
  '-': '\uFDD6',
}

/** A kind of delimiter counted by `boundComplexMarkdown`. */
export type DelimiterKind = keyof typeof complexMarkdownLimits

/** What `boundComplexMarkdown` describes each block it bounded by, for its warning. */
export const delimiterNames: Readonly<Record<DelimiterKind, string>> = {
  emphasis: 'emphasis delimiters (* and _)',
  strikethrough: 'strikethrough delimiters (~)',
  brackets: 'link brackets ([ and ])',
  setextHeadings: 'setext heading underlines (= or - under a line of text)',
}

const kinds: Readonly<Record<string, DelimiterKind>> = {
  '*': 'emphasis',
  _: 'emphasis',
  '~': 'strikethrough',
  '[': 'brackets',
  ']': 'brackets',
}

// The block quote and list markers opening a line, with the white space between them.
const containerPrefix = /^(?:[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t]))*[ \t]*/
const openingFence = /^(`{3,}(?=[^`]*$)|~{3,})/
const closingFence = /^(`{3,}|~{3,})[ \t]*$/
// A line that ends a block: blank, or block quote markers alone.
const blankLine = /^[\s>]*$/

/** A block whose delimiters of one kind passed their limit. */
export interface ComplexBlock {
  /** Offset in the original text of the first delimiter escaped. */
  offset: number
  /** Which kind. */
  kind: DelimiterKind
  /** How many delimiters of that kind the block holds. */
  count: number
}

/** The text with the excess delimiters escaped, and the way back to original offsets. */
export interface BoundedMarkdown {
  /** The text to parse. */
  text: string
  /** The offset in the original text of an offset in {@link BoundedMarkdown.text}. */
  toOriginal(offset: number): number
  /** Each block that was bounded, in the order of the text. */
  blocks: ComplexBlock[]
  /** Put the delimiters back in a string of the parsed tree (the identity when none stood in). */
  restore(value: string): string
}

/**
 * Escape the delimiters past {@link complexMarkdownLimits} in each block of a Markdown
 * file, in one pass, so that the Markdown parser takes time in proportion to the file's
 * length. Front matter, fenced code and code spans are left as they are, and so are the
 * markers of list items and thematic breaks.
 *
 * @param markdown - the file's text.
 * @param limits - the limits (default: {@link complexMarkdownLimits}).
 * @param front - the file's front matter, when the caller has already found it; `null`
 *   for none (default: found in `markdown`).
 * @returns the text to parse, the offset map back, and the blocks bounded.
 * @example
 *   boundComplexMarkdown('*a'.repeat(600)).blocks //=> [{ offset: 1000, kind: 'emphasis', count: 600 }]
 */
export function boundComplexMarkdown(
  markdown: string,
  limits: Readonly<Record<DelimiterKind, number>> = complexMarkdownLimits,
  front: FrontMatterExtent | null = findFrontMatter(markdown) ?? null,
): BoundedMarkdown {
  const same = (offset: number) => offset
  const unchanged = (value: string) => value
  // Nearly every file holds fewer delimiters of each kind than a block may: it needs
  // no scan by blocks.
  if (withinLimits(markdown, limits))
    return { text: markdown, toOriginal: same, blocks: [], restore: unchanged }
  const blocks: ComplexBlock[] = []
  // Offsets in the original text before which a backslash goes.
  const escapes: number[] = []
  const lines = splitLines(markdown)
  let index = 0
  // The front matter is YAML, and the closing fence's line is no Markdown either.
  while (front && index < lines.length && (lines[index]?.start ?? 0) <= front.end) index++
  let fence: { marker: string; length: number } | undefined
  const setext = { count: 0, block: undefined as ComplexBlock | undefined }
  let block: Array<{ start: number; end: number }> = []
  const flush = () => {
    if (block.length > 0) boundBlock(markdown, block, limits, escapes, blocks)
    block = []
  }
  for (; index < lines.length; index++) {
    const line = lines[index] as { start: number; end: number }
    const content = markdown.slice(line.start, line.end)
    const inner = content.replace(containerPrefix, '')
    if (fence) {
      const closing = closingFence.exec(inner)?.[1]
      if (closing?.[0] === fence.marker && closing.length >= fence.length) fence = undefined
      continue
    }
    const opening = openingFence.exec(inner)?.[1]
    if (opening) {
      flush()
      fence = { marker: opening[0] as string, length: opening.length }
      continue
    }
    if (blankLine.test(content)) flush()
    else {
      if (block.length > 0) boundSetextUnderline(line, inner, setext, limits, escapes, blocks)
      block.push(line)
    }
  }
  flush()
  // Underlines are bounded as their lines come, a block's delimiters when it ends.
  escapes.sort((a, b) => a - b)
  if (escapes.length === 0) return { text: markdown, toOriginal: same, blocks, restore: unchanged }
  if (!/[\uFDD0-\uFDD6]/.test(markdown)) {
    const pieces: string[] = []
    let start = 0
    for (const at of escapes) {
      pieces.push(markdown.slice(start, at), delimiterStandIns[markdown.charAt(at)] ?? '')
      start = at + 1
    }
    pieces.push(markdown.slice(start))
    return { text: pieces.join(''), toOriginal: same, blocks, restore: restoreDelimiters }
  }
  const parts: string[] = []
  let from = 0
  for (const at of escapes) {
    parts.push(markdown.slice(from, at), '\\')
    from = at
  }
  parts.push(markdown.slice(from))
  // Offsets in the new text of each backslash added.
  const added = escapes.map((at, count) => at + count)
  return {
    text: parts.join(''),
    toOriginal(offset) {
      let low = 0
      let high = added.length
      while (low < high) {
        const middle = (low + high) >> 1
        if ((added[middle] ?? 0) < offset) low = middle + 1
        else high = middle
      }
      return offset - low
    },
    blocks,
    restore: unchanged,
  }
}

// Whether the whole text holds no more delimiters of each kind than one block may,
// counted in one pass: then no block passes a limit. An underline holds a `=` or a `-`
// and takes a line of its own, so the fewer of the two counts bounds the underlines.
function withinLimits(text: string, limits: Readonly<Record<DelimiterKind, number>>): boolean {
  let emphasis = 0
  let strikethrough = 0
  let brackets = 0
  let underlineMarks = 0
  let lineEnds = 0
  for (let index = 0; index < text.length; index++) {
    switch (text.charCodeAt(index)) {
      case 42 /* * */:
      case 95 /* _ */:
        emphasis++
        break
      case 126 /* ~ */:
        strikethrough++
        break
      case 91 /* [ */:
      case 93 /* ] */:
        brackets++
        break
      case 61 /* = */:
      case 45 /* - */:
        underlineMarks++
        break
      case 10:
      case 13:
        lineEnds++
        break
    }
  }
  return (
    emphasis <= limits.emphasis &&
    strikethrough <= limits.strikethrough &&
    brackets <= limits.brackets &&
    Math.min(underlineMarks, lineEnds) <= limits.setextHeadings
  )
}

const standing = Object.fromEntries(
  Object.entries(delimiterStandIns).map(([delimiter, standIn]) => [standIn, delimiter]),
)

function restoreDelimiters(value: string): string {
  return value.replace(/[\uFDD0-\uFDD6]/g, (standIn) => standing[standIn] ?? standIn)
}

function splitLines(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = []
  let start = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || code === 13) {
      lines.push({ start, end: index })
      if (code === 13 && text.charCodeAt(index + 1) === 10) index++
      start = index + 1
    }
  }
  lines.push({ start, end: text.length })
  return lines
}

// Count a line of `=` or `-` under a line of text as a setext underline, over the whole
// file, and make the ones past the limit text by standing in for their first character.
function boundSetextUnderline(
  line: { start: number; end: number },
  inner: string,
  setext: { count: number; block: ComplexBlock | undefined },
  limits: Readonly<Record<DelimiterKind, number>>,
  escapes: number[],
  blocks: ComplexBlock[],
): void {
  if (!/^(?:=+|-+)[ \t]*$/.test(inner)) return
  setext.count++
  if (setext.count <= limits.setextHeadings) return
  const at = line.end - inner.length
  escapes.push(at)
  if (setext.block) setext.block.count = setext.count
  else {
    setext.block = { offset: at, kind: 'setextHeadings', count: setext.count }
    blocks.push(setext.block)
  }
}

// Count the delimiters of one block outside code spans and backslash escapes, and
// escape those past their limit.
function boundBlock(
  text: string,
  lines: ReadonlyArray<{ start: number; end: number }>,
  limits: Readonly<Record<DelimiterKind, number>>,
  escapes: number[],
  blocks: ComplexBlock[],
): void {
  const counts: Record<DelimiterKind, number> = {
    emphasis: 0,
    strikethrough: 0,
    brackets: 0,
    setextHeadings: 0,
  }
  const found: Partial<Record<DelimiterKind, ComplexBlock>> = {}
  const spans = codeSpans(text, lines)
  let span = 0
  for (const line of lines) {
    // A list item's bullet and a thematic break are block syntax, not delimiters.
    const marker = /^[ \t>]*(?:[*+-][ \t]+)*/.exec(text.slice(line.start, line.end))?.[0] ?? ''
    const rule = /^[ \t>]*(?:[*_-][ \t]*){3,}$/.test(text.slice(line.start, line.end))
    if (rule) continue
    for (let index = line.start + marker.length; index < line.end; index++) {
      const code = text.charCodeAt(index)
      if (code === 92) {
        index++
        continue
      }
      while (span < spans.length && (spans[span]?.[1] ?? 0) <= index) span++
      const current = spans[span]
      if (current && current[0] <= index) {
        index = current[1] - 1
        continue
      }
      const kind = kinds[text.charAt(index)]
      if (kind === undefined) continue
      counts[kind]++
      if (counts[kind] <= limits[kind]) continue
      escapes.push(index)
      const block = found[kind]
      if (block) block.count = counts[kind]
      else {
        found[kind] = { offset: index, kind, count: counts[kind] }
        blocks.push(found[kind])
      }
    }
  }
}

// The code spans of a block, as [start, end) offsets: a run of backticks up to the next
// run of the same length. One pass back to find, for each run, the next of its length.
function codeSpans(
  text: string,
  lines: ReadonlyArray<{ start: number; end: number }>,
): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  for (const line of lines) {
    for (let index = line.start; index < line.end; index++) {
      const code = text.charCodeAt(index)
      if (code === 92) index++
      else if (code === 96) {
        let end = index
        while (end < line.end && text.charCodeAt(end) === 96) end++
        runs.push([index, end])
        index = end - 1
      }
    }
  }
  const next: number[] = new Array(runs.length).fill(-1)
  const seen = new Map<number, number>()
  for (let index = runs.length - 1; index >= 0; index--) {
    const [start, end] = runs[index] as [number, number]
    next[index] = seen.get(end - start) ?? -1
    seen.set(end - start, index)
  }
  const spans: Array<[number, number]> = []
  for (let index = 0; index < runs.length; index++) {
    const closing = next[index] ?? -1
    if (closing < 0) continue
    spans.push([(runs[index] as [number, number])[0], (runs[closing] as [number, number])[1]])
    index = closing
  }
  return spans
}
