import { gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableToMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemToMarkdown } from 'mdast-util-gfm-task-list-item'
import type { Options } from 'mdast-util-to-markdown'

/**
 * The serializer's extensions for the GFM that articles use: tables, strikethrough,
 * task lists and footnotes (literal autolinks are not read, so nothing need be written
 * to keep them apart), and one more escape the serializer lacks.
 *
 * @returns the extensions, new on each call.
 */
export function articleGfmToMarkdown(): NonNullable<Options['extensions']> {
  return [
    // mdast-util-to-markdown escapes `<` before what could open a tag or a URL
    // autolink; an e-mail autolink may also open with punctuation (`<.x@example.com>`).
    { unsafe: [{ character: '<', after: "[\\w.!#$%&'*+/=?^`{|}~-]+@" }] },
    gfmFootnoteToMarkdown(),
    gfmStrikethroughToMarkdown(),
    gfmTableToMarkdown(),
    gfmTaskListItemToMarkdown(),
  ]
}
