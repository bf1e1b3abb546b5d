import type { Entry } from './classify.js'

/** Where, below each entry of a page, the next text and the next running text stand. */
export interface RunningText {
  /** Index of the next text entry below entry `i`, or the number of entries when none. */
  nextText: Int32Array
  /** Index of the next text entry below entry `i` that reads as prose, or the number of entries. */
  nextProse: Int32Array
}

/**
 * Find, below each entry of a page, the next text entry and the next one that reads as
 * running text (a paragraph, or a line that `looksLikeProse`: the entry's `running`, read
 * with the page's thresholds). A footer starts only where the running text ends: a
 * copyright or "Related stories" line with running text somewhere under it is not the
 * footer's first line.
 *
 * One pass from the end of the page: linear in the number of entries.
 *
 * @param entries - the page's entries, in order.
 * @returns the two indexes for every entry.
 */
export function findRunningText(entries: ReadonlyArray<Entry>): RunningText {
  const nextText = new Int32Array(entries.length)
  const nextProse = new Int32Array(entries.length)
  let text = entries.length
  let prose = entries.length
  for (let index = entries.length - 1; index >= 0; index--) {
    nextText[index] = text
    nextProse[index] = prose
    const entry = entries[index]
    if (entry?.kind !== 'text') continue
    text = index
    if (entry.running) prose = index
  }
  return { nextText, nextProse }
}
