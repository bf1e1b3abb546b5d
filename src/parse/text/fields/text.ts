import { compiledOnce } from '../../_lib/compiled-once.js'
import { diagnose } from '../../_lib/diagnose.js'
import { findDates } from '../../_lib/find-dates.js'
import { wordAlternation } from '../../_lib/word-pattern.js'
import { defaultVocabulary, type Vocabulary } from '../../vocabulary/vocabulary.js'
import { dateRanks } from '../dates.js'
import { splitNames } from '../names.js'
import { placeIn } from '../place.js'
import { reportDropped } from '../report-dropped.js'
import { type FieldHandler, placeOf } from './types.js'

// An editor's credit closing a paragraph: "(Web editor: Zhang Kaiwei)", "(編輯:楊昇儒)1120209".
const closingCreditOf = compiledOnce(
  (vocabulary: Vocabulary) =>
    new RegExp(
      `[(（【[]\\s*(?:${wordAlternation(vocabulary.labels.editor)})\\s*[:：]\\s*([^()（）【】[\\]\\s](?:[^()（）【】[\\]]*[^()（）【】[\\]\\s])?)\\s*[)）】\\]]\\s*(?:\\d+\\s*)?$`,
      'iu',
    ),
)
closingCreditOf(defaultVocabulary)

// A closing credit ends in its bracket, or in the digits printed after it: most
// paragraphs end otherwise, and are not searched.
function endsLikeCredit(text: string): boolean {
  return creditEnd.test(text.trimEnd().slice(-1))
}

const creditEnd = /^[)）】\]\d]$/

/**
 * Read a text line by where the layout puts it: a name printed alone in the header; a
 * caption, credit or button between the header and the body; a line above the header,
 * in the footer or in a block of furniture (left out); the headline printed again; or a
 * line of the body, with an editor's credit closing it read as an editor.
 *
 * @param entry - the text line.
 * @param index - its index among the page's entries.
 * @param page - the page as the earlier stages read it.
 * @param state - what was read above it.
 * @returns the line's place in the article, or a diagnostic.
 */
export const readText: FieldHandler<'text'> = (entry, index, page, state) => {
  const { layout, marks } = page
  const at = placeOf(entry)
  const { headline } = layout
  if (index === headline.subtitle) return { alternativeHeadline: entry.text }
  if (layout.names.includes(index)) return { name: entry }
  const before = index < (layout.header?.start ?? headline.index)
  const inHeader =
    layout.header !== undefined && index >= layout.header.start && index <= layout.header.end
  // A line of the header opening with a date label whose text was not read as a meta line
  // ("Published February 24, 2020Last updated July 21, 2022This article is …"): its
  // dates count as printed under the headline; the line is reported.
  if (inHeader && marks[index] === 'time') {
    const dates = findDates(entry.text, page.context)
      .filter((date) => date.real)
      .map((match) => ({ match, line: entry.line, rank: dateRanks.belowHeadline }))
    return { dates, diagnostics: [reportDropped('unlabelled-text', at, entry.line.text)] }
  }
  if (!before && index > headline.index && index < layout.bodyStart) {
    const caption =
      marks[index] === 'caption' || marks[index] === 'credit' || marks[index + 1] === 'credit'
    return {
      diagnostics: [
        reportDropped(caption ? 'photo-caption' : 'site-furniture', at, entry.line.text),
      ],
    }
  }
  if (entry.text === page.headline || entry.text === page.headlineLine) {
    const place = placeIn(entry.line, entry.text)
    return {
      diagnostics: [diagnose('repeated-headline', 'info', place, { actual: entry.line.text })],
    }
  }
  if (before || state.ended || index < state.blockEnd) {
    return { diagnostics: [reportDropped('site-furniture', at, entry.line.text)] }
  }
  const { vocabulary } = page.context
  const closingCredit = closingCreditOf(vocabulary)
  const tail = entry.text.slice(-vocabulary.thresholds.closingCreditTail)
  const credit = endsLikeCredit(tail) ? closingCredit.exec(tail) : null
  return {
    body: entry,
    ...(credit?.[1] ? { editors: splitNames(credit[1], vocabulary).authors } : {}),
  }
}
