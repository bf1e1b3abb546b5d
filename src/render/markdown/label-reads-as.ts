import type { ImageReference, LinkReference } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'

/**
 * Whether a reference's label, written between the brackets of a shortcut (`[label]`)
 * or collapsed (`[label][]`) reference, reads back as the reference's own content: the
 * link's text nodes, or the image's `alt`. Read with the GFM that `parseMarkdown` reads,
 * so what this accepts is what the parser will find.
 *
 * @param label - the label as the serializer writes it (escaped for a reference).
 * @param node - the reference whose content the label must give.
 * @returns `true` when the label gives the same content.
 * @example
 *   labelReadsAs('Foo*bar\\]', { type: 'linkReference', identifier: 'foo*bar\\]', label: 'Foo*bar]', referenceType: 'shortcut', children: [{ type: 'text', value: 'Foo*bar]' }] })
 *   //=> true
 */
export function labelReadsAs(label: string, node: LinkReference | ImageReference): boolean {
  // As the text of an inline link, the label is read in the context of a reference's
  // content: a paragraph's inline constructs, and no link inside it.
  const source = node.type === 'imageReference' ? `![${label}](#)` : `[${label}](#)`
  const tree = fromMarkdown(source, {
    extensions: [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()],
    mdastExtensions: [
      gfmFootnoteFromMarkdown(),
      gfmStrikethroughFromMarkdown(),
      gfmTableFromMarkdown(),
      gfmTaskListItemFromMarkdown(),
    ],
  })
  const [paragraph, ...rest] = tree.children
  if (rest.length > 0 || paragraph?.type !== 'paragraph' || paragraph.children.length !== 1) {
    return false
  }
  const [read] = paragraph.children
  if (node.type === 'imageReference') return read?.type === 'image' && read.alt === node.alt
  return read?.type === 'link' && sameValue(read.children, node.children)
}

// Equal as trees, positions aside: the article's nodes have none, the read ones do.
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keys = (value: object) =>
    Object.keys(value).filter(
      (key) => key !== 'position' && (value as Record<string, unknown>)[key] !== undefined,
    )
  const left = keys(a)
  const right = keys(b)
  if (left.length !== right.length) return false
  return left.every(
    (key) =>
      Object.hasOwn(b, key) &&
      sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  )
}
