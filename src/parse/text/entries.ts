import { diagnose } from '../_lib/diagnose.js'
import { findDates } from '../_lib/find-dates.js'
import { ArticleParseError } from '../article-parse-error.js'
import type { Vocabulary } from '../vocabulary/vocabulary.js'
import { type ClassifyContext, classifyLine, type Entry } from './classify.js'
import { type DateCandidate, dateRanks } from './dates.js'
import { compileLabels } from './labels.js'
import { detectLanguage, isTraditional } from './language.js'
import { splitLines } from './lines.js'
import type { ResolvedTextOptions } from './options.js'
import { readSplitBylines } from './split-byline.js'

/** What the entries stage makes of a page: each non-blank line classified once. */
export interface PageEntries {
  /** The page's entries, in order. */
  entries: Entry[]
  /** The vocabulary, labels, language and era the page is read with. */
  context: ClassifyContext & { vocabulary: Vocabulary }
  /** A crawler's stamp at the very top (` date 2023-03-14 <title>`), the weakest date. */
  stamp: DateCandidate | undefined
}

// A crawler's stamp at the very top of some saved pages: " date 2023-03-14 <title>".
const crawlerStamp = /^date\s+(\d{4}-\d{2}-\d{2})\s*/i

/**
 * Split a page into lines and classify each non-blank line once: furniture, a menu, a
 * breadcrumb trail, a language switch, a meta line or text (see {@link classifyLine}).
 * A crawler's date stamp opening the first line is read and cut from it.
 *
 * @param text - the page, as `readInput` cleaned it.
 * @param settings - the resolved options (language, labels, file name).
 * @returns the entries, the reading context and the stamp.
 * @throws {ArticleParseError} when the page has no line that is not blank.
 */
export function readEntries(text: string, settings: ResolvedTextOptions): PageEntries {
  const lines = splitLines(text).filter((line) => line.text !== '')
  if (lines.length === 0) {
    throw new ArticleParseError(
      [diagnose('empty-input', 'error', { line: 1, column: 1 })],
      settings.file,
    )
  }
  const language = settings.language ?? detectLanguage(text)
  const { vocabulary } = settings
  const context: ClassifyContext & { vocabulary: Vocabulary } = {
    vocabulary,
    dates: vocabulary.dates,
    labels: compileLabels(vocabulary.labels),
    language,
    rocEra: language === 'zh' && isTraditional(text),
    ...(settings.dateOrder ? { dateOrder: settings.dateOrder } : {}),
  }
  let stamp: DateCandidate | undefined
  const [first] = lines
  const match = first ? crawlerStamp.exec(first.text) : null
  if (first && match) {
    const [date] = findDates(match[1] ?? '', context)
    if (date) stamp = { match: date, line: first, rank: dateRanks.stamp }
    lines[0] = { ...first, text: first.text.slice(match[0].length) }
  }
  const entries = readSplitBylines(
    lines.filter((line) => line.text !== '').map((line) => classifyLine(line, context)),
    context,
  )
  return { entries, context, stamp }
}
