import { diagnose } from '../_lib/diagnose.js'
import { findDates } from '../_lib/find-dates.js'
import { readSplitDate, splitDateLineLength } from '../_lib/read-split-date.js'
import { ArticleParseError } from '../article-parse-error.js'
import type { Vocabulary } from '../vocabulary/vocabulary.js'
import { joinBreadcrumb } from './breadcrumb.js'
import { type ClassifyContext, classifyLine, type Entry } from './classify.js'
import { type DateCandidate, dateRanks } from './dates.js'
import { isShortLine } from './furniture-limits.js'
import { compileLabels } from './labels.js'
import { detectLanguage, isTraditional } from './language.js'
import { type Line, splitLines } from './lines.js'
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
 * A crawler's date stamp opening the first line is read and cut from it. In the header
 * (the short lines above the first long one), a date printed over two or three
 * consecutive lines (`March 14,` / `2019`) is one line, and so is a breadcrumb trail
 * continued on the next line.
 *
 * @param text - the page, as `readInput` cleaned it.
 * @param settings - the resolved options (language, labels, file name).
 * @returns the entries, the reading context, and the stamp.
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
  const header = headerLength(lines, context)
  const joined = joinSplitDates(
    lines.filter((line) => line.text !== ''),
    text,
    header,
    context,
  )
  const entries = readSplitBylines(
    joinTrails(
      joined.map((line) => classifyLine(line, context)),
      text,
      context.vocabulary,
    ),
    context,
  )
  return { entries, context, stamp }
}

// How many lines open the page before its first long one: the header, where dates
// split over lines are read.
function headerLength(lines: ReadonlyArray<Line>, context: { vocabulary: Vocabulary }): number {
  const index = lines.findIndex((line) => !isShortLine(line.text, context.vocabulary.thresholds))
  return index < 0 ? lines.length : index
}

// One line made of consecutive lines of the page: its raw text runs from the first
// line's start to the last line's end, line breaks included, so that places in it span
// the lines.
function mergeLines(first: Line, last: Line, text: string, tidied: string): Line {
  return {
    number: first.number,
    offset: first.offset,
    column: first.column,
    raw: text.slice(first.offset, last.offset + last.raw.length),
    text: tidied,
  }
}

// Whether lines follow one another in the page, with no blank line between them.
function consecutive(lines: ReadonlyArray<Line>): boolean {
  return lines.every(
    (line, index) => index === 0 || line.number === (lines[index - 1]?.number ?? 0) + 1,
  )
}

// A date printed over two or three consecutive short header lines becomes one line.
function joinSplitDates(
  lines: ReadonlyArray<Line>,
  text: string,
  header: number,
  context: ClassifyContext,
): Line[] {
  const result: Line[] = []
  // A line is read for a date of its own once, though up to three tries take it.
  const dateAlone: boolean[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line
    // A date split over lines starts on a short line: a longer one (most of a Chinese
    // page's paragraphs, which are all "short") is not read for one.
    if (index < header && line.text.length <= splitDateLineLength) {
      const next = lines.slice(index, Math.min(index + 3, header))
      const date = readSplitDate(
        next.map((each) => each.text),
        context,
        (text, offset) => (dateAlone[index + offset] ??= findDates(text, context).length > 0),
      )
      const taken = date && next.slice(0, date.lineCount)
      const last = taken?.[taken.length - 1]
      if (taken && last && consecutive(taken)) {
        const tidied = taken.map((each) => each.text).join(' ')
        result.push(mergeLines(line, last, text, tidied))
        index += taken.length - 1
        continue
      }
    }
    result.push(line)
  }
  return result
}

// A breadcrumb trail continued on the next line is one trail.
function joinTrails(entries: ReadonlyArray<Entry>, text: string, vocabulary: Vocabulary): Entry[] {
  const result: Entry[] = []
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as Entry
    const next = entries[index + 1]
    if (entry.kind === 'breadcrumb' && next && consecutive([entry.line, next.line])) {
      const trail = joinBreadcrumb(entry.line.text, next.line.text, vocabulary)
      if (trail) {
        const tidied = `${entry.line.text} ${next.line.text}`
        result.push({
          kind: 'breadcrumb',
          line: mergeLines(entry.line, next.line, text, tidied),
          ...trail,
        })
        index++
        continue
      }
    }
    result.push(entry)
  }
  return result
}
