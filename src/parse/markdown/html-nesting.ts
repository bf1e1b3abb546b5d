import { htmlVoidElements } from 'html-void-elements'
import type { Root } from 'mdast'
import { maxNesting } from '../../schema/nesting.js'

const voids = new Set(htmlVoidElements)

/**
 * How many levels of Markdown nodes and raw HTML elements a body may nest: the article
 * model's `maxNesting` counts objects, and each node is two (itself and its list of
 * children), as each HTML element becomes when it is rendered; the article and its body
 * take the first two levels.
 */
export const maxBodyNesting = Math.floor((maxNesting - 2) / 2)

/**
 * Find where a Markdown body nests deeper than {@link maxBodyNesting}, counting the
 * elements that raw HTML (`<div><div>…`) leaves open together with the Markdown nodes
 * around it, as a renderer that reads the HTML sees them. Tags are scanned, not parsed:
 * a start tag opens an element unless it is a void element (`<br>`, `<img>`) or closes
 * itself (`<x/>`), an end tag closes one, comments and declarations are skipped. One
 * pass over the tree and the HTML, without recursion.
 *
 * @param tree - the body's tree, with positions.
 * @returns the start and end offsets in the file of the node or tag past the limit, or
 *   `undefined`.
 * @example
 *   htmlNestingTooDeep(fromMarkdown('<div>'.repeat(200))) //=> [638, 643]
 */
export function htmlNestingTooDeep(tree: Root): [number, number] | undefined {
  let open = 0
  const stack: Array<[unknown, number]> = [[tree, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [
      { type?: string; value?: unknown; children?: unknown[]; position?: Position },
      number,
    ]
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    if (depth + open > maxBodyNesting) return [start, end]
    if (node.type === 'html' && typeof node.value === 'string') {
      const scan = scanTags(node.value, open, maxBodyNesting - depth)
      open = scan.open
      if (scan.past !== undefined) {
        const [from, to] = scan.past
        return [Math.min(start + from, end), Math.min(start + to, end)]
      }
    }
    const children = node.children ?? []
    for (let index = children.length - 1; index >= 0; index--) {
      stack.push([children[index], depth + 1])
    }
  }
  return undefined
}

interface Position {
  start: { offset?: number }
  end: { offset?: number }
}

// Count the elements a piece of HTML opens and closes, from `open` already open; say
// where the tag is whose count first passes `limit`.
function scanTags(
  html: string,
  open: number,
  limit: number,
): { open: number; past?: [number, number] } {
  let count = open
  let index = html.indexOf('<')
  while (index >= 0) {
    const next = html.charAt(index + 1)
    // Every kind of tag ends at the next `>`; without one, no tag follows.
    const close = html.indexOf('>', index + 1)
    if (close < 0) break
    if (next === '!' && html.startsWith('<!--', index)) {
      const end = html.indexOf('-->', index + 4)
      if (end < 0) break
      index = html.indexOf('<', end + 3)
      continue
    }
    const end = next === '/'
    const name = /^[A-Za-z][A-Za-z0-9-]*/.exec(html.slice(index + (end ? 2 : 1), close))?.[0]
    if (name !== undefined) {
      if (end) count = Math.max(0, count - 1)
      else if (!voids.has(name.toLowerCase()) && html.charAt(close - 1) !== '/') {
        count++
        if (count > limit) return { open: count, past: [index, close + 1] }
      }
    }
    index = html.indexOf('<', close + 1)
  }
  return { open: count }
}
