import { textEntry } from '../classify.js'
import { reportDropped } from '../report-dropped.js'
import { type FieldHandler, placeOf } from './types.js'

/**
 * Read a furniture or menu line. A footer line (a copyright notice, "Related stories")
 * stands at the page's edges: above the first paragraph, where it is left out, or where
 * the running text ends, where the footer starts. With a paragraph right under it, it is
 * a line of the body ("Copyright law", a subheading); with running text further down, it
 * opens a block printed inside the article ("Most popular" and its links), which ends
 * where the running text goes on.
 *
 * @param entry - the furniture or menu line.
 * @param index - its index among the page's entries.
 * @param page - the page as the earlier stages read it.
 * @param state - what was read above it.
 * @returns the line as body text, or a diagnostic, and where the footer or block starts.
 */
export const readFurniture: FieldHandler<'furniture' | 'menu'> = (entry, index, page, state) => {
  const before = index < (page.layout.header?.start ?? page.layout.headline.index)
  const edge = entry.kind === 'furniture' && entry.ends && !before && !state.ended
  if (edge && state.bodyLines > 0 && index >= state.blockEnd) {
    const { nextText, nextProse } = page.running
    const next = nextProse[index] ?? page.entries.length
    if (next === nextText[index] && next < page.entries.length) {
      return { body: textEntry(entry.line, page.context) }
    }
    const dropped = [reportDropped('site-furniture', placeOf(entry), entry.line.text)]
    return next < page.entries.length
      ? { diagnostics: dropped, blockEnd: next }
      : { diagnostics: dropped, ended: true }
  }
  return { diagnostics: [reportDropped('site-furniture', placeOf(entry), entry.line.text)] }
}
