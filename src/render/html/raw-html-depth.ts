import { parseFragment } from 'parse5'

/**
 * How many tags raw HTML may open before its depth is measured: so few that, whatever
 * the HTML parser builds from them (implied `<tbody>` and `<tr>`, reopened formatting
 * elements), it cannot nest deeper than the model's limit.
 */
export const rawHtmlTagsUnmeasured = 64

const tagOpen = /<[A-Za-z]/g

/**
 * How deep the elements of raw HTML nest once a browser has parsed it: parse5, the HTML
 * standard's parser, builds the tree without the call stack, and the depth is counted
 * with a list of its own, so HTML nested a hundred thousand deep is measured, not
 * followed. HTML opening only a few tags is not parsed at all.
 *
 * @param html - the raw HTML of a body, its pieces joined in order.
 * @returns the depth of the deepest element (`1` for `<b>x</b>`), or `0` when the HTML
 *   opens at most {@link rawHtmlTagsUnmeasured} tags.
 * @example
 *   rawHtmlDepth('<b>'.repeat(100)) //=> 100
 */
export function rawHtmlDepth(html: string): number {
  tagOpen.lastIndex = 0
  let tags = 0
  while (tagOpen.exec(html) !== null) {
    tags++
    if (tags > rawHtmlTagsUnmeasured) break
  }
  if (tags <= rawHtmlTagsUnmeasured) return 0
  type Node = { childNodes?: Node[]; content?: Node }
  const nodes: Node[] = [parseFragment(html) as Node]
  const depths: number[] = [0]
  let deepest = 0
  while (nodes.length > 0) {
    const node = nodes.pop() as Node
    const depth = depths.pop() ?? 0
    if (depth > deepest) deepest = depth
    // A <template>'s children stand in its content fragment.
    const children = node.content?.childNodes ?? node.childNodes ?? []
    for (const child of children) {
      if (child.childNodes === undefined) continue
      nodes.push(child)
      depths.push(depth + 1)
    }
  }
  return deepest
}
