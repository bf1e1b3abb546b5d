// The baseline parseText is measured against: the least a reader of a legacy page must do,
// written bare. It splits the page into lines and tests each for a label (any of the
// parser's own label words followed by a colon) and for a date (the numeric and the
// English forms), counting what it finds.
import { defaultLabels } from '../../src/parse/index.js'

const escapeWord = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const labelWords = Object.values(defaultLabels)
  .flat()
  .sort((a, b) => b.length - a.length)
  .map(escapeWord)

/** A label word followed by a colon, at the start of a line or after a space. */
export const labelPattern = new RegExp(`(?:^|\\s)(?:${labelWords.join('|')})\\s*[:：]`, 'i')

/** A date: 2014-10-13, 2014/10/13, 2014年10月13日, October 13, 2014, Oct. 13, 2014. */
export const datePattern =
  /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}/

/** What {@link bareScan} found. */
export interface BareScan {
  lines: number
  labelled: number
  dated: number
}

/**
 * Split a page into lines and test each for a label and a date.
 *
 * @param text - the page.
 * @returns the counts.
 * @example
 *   bareScan('Title\nSource: Chamber 2014-10-13\n') //=> { lines: 3, labelled: 1, dated: 1 }
 */
export function bareScan(text: string): BareScan {
  const scan = { lines: 0, labelled: 0, dated: 0 }
  for (const line of text.split('\n')) {
    scan.lines++
    if (labelPattern.test(line)) scan.labelled++
    if (datePattern.test(line)) scan.dated++
  }
  return scan
}
