import { toMarkdown } from 'mdast-util-to-markdown'
import { stringify } from 'yaml'
import { readOptions } from '../../schema/_lib/options.js'
import type { NewsArticle } from '../../schema/article.js'
import { assertArticle } from '../../schema/validate-article.js'
import { articleGfmToMarkdown } from './gfm.js'
import { definition, imageReference, linkReference } from './reference-handlers.js'

// A `:` right after a `]` is escaped: a shortcut reference at the start of a line, then
// text beginning with `:` (`[foo]: x`, its colon escaped in the source), would otherwise
// read back as a definition.
const unsafe = [{ character: ':', before: '\\]' }]

/**
 * Write an article as Markdown with YAML front matter: every field but the body in the
 * front matter, under the contract's names and in its order, then the body serialized
 * with mdast-util-to-markdown and its GFM extensions, so that text which looks like
 * Markdown (`*`, `#`, `[`, `|`) is escaped. `parseMarkdown` reads the result back to an
 * equal article, and the same article always gives the same bytes. A string that a YAML
 * reader could take as another type (a date, `yes`, `on`, `1:20`) is quoted, so every
 * YAML reader, of version 1.1 or 1.2, reads each field as the same string.
 *
 * @param article - the article (it is validated first).
 * @param options - none yet: `undefined`, `null` or `{}` (an option meant for another
 *   renderer, such as `document`, is an error rather than silently ignored).
 * @returns the Markdown file's text, ending with a newline.
 * @throws {ArticleValidationError} (a `TypeError`) when `article` is not a valid article.
 * @throws {TypeError} when `options` is not an empty object, `null` or `undefined`.
 * @example
 *   renderMarkdown({ type: 'NewsArticle', language: 'en', headline: 'Hi *there*', authors: [], body: { type: 'root', children: [] } })
 *   //=> '---\nlanguage: en\nheadline: Hi *there*\nauthors: []\n---\n'
 */
export function renderMarkdown(
  article: NewsArticle,
  options?: Readonly<Record<string, never>> | null,
): string {
  readOptions(options, [])
  const { type: _type, body, ...fields } = assertArticle(article)
  // No line folding and no anchors: one value per line, written the same way each time.
  // Written as YAML 1.1, whose plain scalars mean the most types (timestamps, `yes`/`no`,
  // `on`/`off`, sexagesimal `1:20`): a string that any of them would take as another type
  // is quoted, so readers of 1.1 (js-yaml and the many tools built on it) and of 1.2
  // alike keep `2014-10-13T00:00:00+08:00` as that string, not as a Date in UTC.
  const yaml = stringify(fields, { lineWidth: 0, aliasDuplicateObjects: false, version: '1.1' })
  const front = `---\n${yaml}---\n`
  if (body.children.length === 0) return front
  // References keep the kind they were written in: `[foo]`, `[foo][]` or `[text][foo]`;
  // they and their definitions keep their labels' escapes (`[\*foo\*]`).
  const handlers = { definition, linkReference, imageReference }
  return `${front}\n${toMarkdown(body, { extensions: articleGfmToMarkdown(), handlers, unsafe })}`
}
