/** Where the front matter of a Markdown file lies. */
export interface FrontMatterExtent {
  /** Offset of the YAML text: the start of the line after the opening `---`. */
  start: number
  /** Offset of the end of the YAML text: the start of the closing `---` or `...` line. */
  end: number
  /** The length of the YAML text, without the line end before the closing line. */
  length: number
}

const opening = /^\uFEFF?---[ \t]*(?:\r\n?|\n)/
const closing = /^(?:---|\.\.\.)[ \t]*$/

/**
 * Find the front matter of a Markdown file as remark-frontmatter does, in one pass over
 * its lines: a first line `---`, up to a line `---` or `...` (Pandoc's close).
 *
 * @param markdown - the file's text.
 * @returns where the YAML text lies, or `undefined` when the file opens no front matter.
 * @example
 *   findFrontMatter('---\ntitle: A\n---\nBody') //=> { start: 4, end: 13, length: 8 }
 */
export function findFrontMatter(markdown: string): FrontMatterExtent | undefined {
  const first = opening.exec(markdown)
  if (!first) return undefined
  const start = first[0].length
  let lineStart = start
  // Where the line before `lineStart` ends, before its line end.
  let previousEnd = start
  while (lineStart <= markdown.length) {
    let lineEnd = lineStart
    while (lineEnd < markdown.length) {
      const code = markdown.charCodeAt(lineEnd)
      if (code === 10 || code === 13) break
      lineEnd++
    }
    if (closing.test(markdown.slice(lineStart, lineEnd))) {
      return { start, end: lineStart, length: previousEnd - start }
    }
    if (lineEnd >= markdown.length) return undefined
    previousEnd = lineEnd
    lineStart = lineEnd + (markdown.startsWith('\r\n', lineEnd) ? 2 : 1)
  }
  return undefined
}
