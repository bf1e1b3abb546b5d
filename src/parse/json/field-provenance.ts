import { formatPath } from '../../schema/_lib/format-path.js'
import type { NewsArticle } from '../../schema/article.js'
import type { LineCounter } from '../_lib/line-counter.js'
import type { FieldProvenance } from '../provenance.js'
import { locatePaths } from './locate-paths.js'

/**
 * The rule named in the provenance of every field `parseJson` reads: the field's value
 * in the JSON text.
 */
export const jsonProvenanceRule = 'json-value'

/**
 * Say where each field of an article read from JSON stands in the text: each top-level
 * field, each item of a top-level list (`authors[0]`), and each top-level block of the
 * body (`body.children[0]`), each at the span of its value, in the order of the text.
 *
 * @param article - the article read from `text`.
 * @param text - the JSON text.
 * @param lines - its line counter.
 * @returns the provenance of the fields the text holds.
 * @example
 *   jsonProvenance(article, text, lines)[0] //=> { path: 'type', rule: 'json-value', place: { ... } }
 */
export function jsonProvenance(
  article: NewsArticle,
  text: string,
  lines: LineCounter,
): FieldProvenance[] {
  const paths: Array<Array<string | number>> = []
  for (const [key, value] of Object.entries(article)) {
    paths.push([key])
    const items = Array.isArray(value) ? value.length : 0
    for (let index = 0; index < items; index++) paths.push([key, index])
  }
  const blocks = article.body.children.length
  for (let index = 0; index < blocks; index++) paths.push(['body', 'children', index])
  const places = locatePaths(paths, text)
  const entries: Array<FieldProvenance & { offset: number }> = []
  paths.forEach((path, index) => {
    const place = places[index]
    if (!place?.found) return
    entries.push({
      path: formatPath(path),
      place: { start: lines.pointAt(place.start), end: lines.pointAt(place.end) },
      rule: jsonProvenanceRule,
      offset: place.start,
    })
  })
  return entries
    .sort((a, b) => a.offset - b.offset)
    .map(({ path, place, rule }) => ({ path, place, rule }))
}
