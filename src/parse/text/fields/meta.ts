import { readMetaEntry } from '../meta-fields.js'
import { reportDropped } from '../report-dropped.js'
import { type FieldHandler, placeOf } from './types.js'

/**
 * Read a meta line. Once the body has begun, a byline belongs to a related story, a
 * sponsored block or a comment, not to the article, unless the header named no author.
 *
 * @param entry - the meta line.
 * @param index - its index among the page's entries.
 * @param page - the page as the earlier stages read it.
 * @param state - what was read above it.
 * @returns the people, source and dates it gives, and the diagnostics.
 */
export const readMeta: FieldHandler<'meta'> = (entry, index, page, state) => {
  const { layout, marks } = page
  if (index >= layout.bodyStart && state.authors > 0 && marks[index] === 'author') {
    return { diagnostics: [reportDropped('unlabelled-text', placeOf(entry), entry.line.text)] }
  }
  const above = index < (layout.header?.start ?? layout.headline.index)
  const reading = readMetaEntry(entry, above, state.source, page.context.vocabulary)
  return {
    authors: reading.authors,
    editors: reading.editors,
    ...(reading.source === undefined ? {} : { source: reading.source }),
    dates: reading.dates,
    diagnostics: reading.diagnostics,
  }
}
