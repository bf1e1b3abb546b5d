import { maxBodyNesting } from './html-nesting.js'

/**
 * Find the first line whose own prefix opens containers deeper than
 * {@link maxBodyNesting}: block quote markers (`>`, one level each) and list markers
 * (`-`, `*`, `+`, `1.`, `1)`, two levels each, the list and its item), as in
 * `'- '.repeat(5000)` or `'>'.repeat(50000)`. The Markdown parser checks every open
 * container again on each line, so such a line costs time with the square of its depth
 * (8 KB of `- ` took five seconds, 100 KB of `>` a minute) before the nesting limit can
 * refuse the tree it makes: the line is refused first, in one pass over the text.
 *
 * @param text - the Markdown.
 * @param from - where the body starts, after any front matter (default: `0`).
 * @returns the offset of the marker that passes the limit, or `undefined`.
 * @example
 *   findDeepContainer('> quote\n- item') //=> undefined
 *   findDeepContainer('>'.repeat(200)) //=> 127
 */
export function findDeepContainer(text: string, from = 0): number | undefined {
  let index = from
  while (index < text.length) {
    let depth = 0
    let indent = 0
    for (;;) {
      const code = text.charCodeAt(index)
      if (code === 32 && indent < 3) {
        indent++
        index++
        continue
      }
      indent = 0
      let next = index
      if (code === 62 /* > */) next = index + 1
      else if (code === 45 || code === 42 || code === 43 /* - * + */) next = index + 1
      else {
        while (next - index < 9 && isDigit(text.charCodeAt(next))) next++
        const mark = text.charCodeAt(next)
        next = next > index && (mark === 46 || mark === 41) /* . ) */ ? next + 1 : index
      }
      if (next === index) break
      const after = text.charCodeAt(next)
      // A list marker opens an item only before a space, a tab or the end of the line.
      if (
        code !== 62 &&
        !(after === 32 || after === 9 || after === 10 || after === 13 || Number.isNaN(after))
      )
        break
      depth += code === 62 ? 1 : 2
      if (depth > maxBodyNesting) return index
      index = next
      if (after === 32 || after === 9) index++
    }
    // On to the next line, one character at a time: the scan stays one pass.
    while (index < text.length) {
      const code = text.charCodeAt(index++)
      if (code === 10 || code === 13) break
    }
  }
  return undefined
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
