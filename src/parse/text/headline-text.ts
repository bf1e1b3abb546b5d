import type { Diagnostic } from '../../schema/diagnostic.js'
import { diagnose } from '../_lib/diagnose.js'
import { type DateContext, findDates } from '../_lib/find-dates.js'
import type { Entry } from './classify.js'
import { type DateCandidate, dateRanks } from './dates.js'
import type { HeadlineChoice } from './headline.js'
import { clean } from './meta-line.js'
import { placeIn } from './place.js'

/** The headline's text, with the dates and list numbers printed on its line taken out. */
export interface HeadlineText {
  headline: string
  dates: DateCandidate[]
  diagnostics: Diagnostic[]
}

// The number of a scraped list item opening a headline: "1. Chairman Wu …".
const listNumber = /^\d{1,2}\.\s+(?=\S)/

/**
 * Read the headline's text from the entries the layout chose: its lines joined when it
 * is wrapped, or the text a meta line leaves over besides its labels and dates, the number of a scraped list item cut from its start (reported), and a
 * date glued to either end (`… Hebei University 2015-07-10`) taken out as a date printed
 * under the headline.
 *
 * @param entries - the page's entries.
 * @param choice - where the headline stands.
 * @param context - the page's language and era, for reading dates.
 * @returns the headline, its dates and what was reported.
 */
export function readHeadlineText(
  entries: ReadonlyArray<Entry>,
  choice: HeadlineChoice,
  context: DateContext,
): HeadlineText {
  const main = entries[choice.index] as Entry
  const diagnostics: Diagnostic[] = []
  // A meta line's leftover text is the headline of a page that prints no other title.
  let headline =
    main.kind === 'meta'
      ? main.meta.rest.join(' ')
      : [choice.firstLine, choice.index, choice.lastLine]
          .map((index) => (index === undefined ? undefined : entries[index]))
          .flatMap((entry) => (entry?.kind === 'text' ? [entry.text] : []))
          .join(' ')
  const numbered = listNumber.exec(headline)
  if (numbered) {
    headline = headline.slice(numbered[0].length)
    const actual = numbered[0].trim()
    diagnostics.push(diagnose('site-furniture', 'info', placeIn(main.line, actual), { actual }))
  }
  const dates: DateCandidate[] = []
  for (const date of findDates(headline, context).reverse()) {
    const before = headline.slice(0, date.start)
    const after = headline.slice(date.end)
    if (clean(after) === '' || clean(before) === '') {
      headline = clean(`${before} ${after}`) || headline
      dates.push({ match: date, line: main.line, rank: dateRanks.belowHeadline })
    }
  }
  return { headline, dates, diagnostics }
}
