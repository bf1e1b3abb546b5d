import { reportDropped } from '../report-dropped.js'
import { type FieldHandler, placeOf } from './types.js'

/**
 * Read a breadcrumb trail: the first one above the footer is the article's; its tool
 * links and every other trail are reported as furniture.
 *
 * @param entry - the trail.
 * @param _index - its index among the page's entries.
 * @param _page - the page.
 * @param state - what was read above it.
 * @returns the trail, or a diagnostic.
 */
export const readBreadcrumbEntry: FieldHandler<'breadcrumb'> = (entry, _index, _page, state) => {
  if (state.breadcrumb || state.ended) {
    return { diagnostics: [reportDropped('site-furniture', placeOf(entry), entry.line.text)] }
  }
  return {
    breadcrumb: entry.items,
    ...(entry.tools
      ? { diagnostics: [reportDropped('site-furniture', placeOf(entry), entry.tools)] }
      : {}),
  }
}
