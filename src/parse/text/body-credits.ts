import type { Author } from '../../schema/author.js'
import { defaultVocabulary } from '../vocabulary/index.js'
import type { ClassifyContext, Entry } from './classify.js'
import { findDateline } from './dateline.js'
import { type DateCandidate, dateRanks } from './dates.js'
import type { Line } from './lines.js'
import { findOpeningReporter, findReporter } from './reporter.js'

type TextEntry = Extract<Entry, { kind: 'text' }>

/** What the body's own lines say about the article: a dateline's date, a reporter. */
export interface BodyCredits {
  dates: DateCandidate[]
  authors: Author[]
  /** The line each author was credited on. */
  authorLines: Line[]
}

/**
 * Read the credits printed inside the body's lines: a dateline opening one of the first
 * two paragraphs (`NEW YORK, Feb. 5, 2019 --`), for a page that prints no date of its
 * own, and on a Chinese page with no author, a reporter's credit opening one of the first
 * two paragraphs (the first may be a summary or a photo caption) or closing the last.
 *
 * @param lines - the body's lines, in order.
 * @param needs - which credits the page still lacks.
 * @param context - the page's language and era.
 * @returns the dates and authors found.
 */
export function readBodyCredits(
  lines: ReadonlyArray<TextEntry>,
  needs: { date: boolean; author: boolean },
  context: ClassifyContext,
): BodyCredits {
  const dates: DateCandidate[] = []
  const authors: Author[] = []
  const authorLines: Line[] = []
  const opening = lines.slice(0, 2).map((entry) => entry.text)
  if (needs.date) {
    for (const entry of lines.slice(0, 2)) {
      const dateline = findDateline(entry.text, context)
      if (dateline) {
        dates.push({ match: dateline, line: entry.line, rank: dateRanks.dateline })
        break
      }
    }
  }
  if (needs.author && context.language === 'zh') {
    const vocabulary = context.vocabulary ?? defaultVocabulary
    const closing = lines[lines.length - 1]?.text
    const name =
      findOpeningReporter(opening, vocabulary) ??
      (closing === undefined
        ? undefined
        : findReporter(closing.slice(-vocabulary.thresholds.reporterClosing), vocabulary))
    const credited = lines.find((entry) => entry.text.includes(name ?? '\u0000'))
    if (name && credited) {
      authors.push({ type: 'Person', name })
      authorLines.push(credited.line)
    }
  }
  return { dates, authors, authorLines }
}
