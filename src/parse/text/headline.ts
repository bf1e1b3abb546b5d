import { thresholds as defaultThresholds, type Thresholds } from '../vocabulary/thresholds.js'
import type { Entry } from './classify.js'
import type { PageLanguage } from './language.js'
import { isTitleCase } from './shape.js'

type TextEntry = Extract<Entry, { kind: 'text' }>

/** Where the headline stands among a page's entries, and a subtitle under it. */
export interface HeadlineChoice {
  /** Index of the headline's entry. */
  index: number
  /** Index of the entry holding the headline's first line, when it is wrapped above. */
  firstLine?: number
  /** Index of the entry holding the headline's last line, when it is wrapped below. */
  lastLine?: number
  /** Index of a subtitle (deck) entry under it, if any. */
  subtitle?: number
}

// Words an English headline does not end with: a line ending in one runs on into the
// next ("… Meet Buyers from" / "Germany and France in Shanghai").
const runOnWord =
  /\b(?:a|an|the|of|from|to|in|on|at|for|with|and|or|but|by|as|into|between|about|over|under|after|amid|via|its|their)$/i
// A line ending in punctuation that closes a sentence or a label runs on into nothing.
const closed = /[.!?:;。！？：；]$/

/**
 * Find the headline among a page's entries: the title-like line nearest above the
 * first paragraph of running text (skipping meta lines, furniture and lines that
 * cannot be titles), or, when a line is printed twice just above the body (a page title
 * and a headline), that line. A sentence-case line under a Title Case line is taken as
 * its subtitle.
 *
 * @param entries - the page's entries, in order.
 * @param language - the page's language.
 * @param thresholds - the length thresholds (default: `thresholds`).
 * @returns the choice, or `undefined` when no line can be the headline.
 */
export function findHeadline(
  entries: ReadonlyArray<Entry>,
  language: PageLanguage,
  thresholds: Thresholds = defaultThresholds,
): HeadlineChoice | undefined {
  // A line that a wrapped line above runs on into is the middle of a paragraph, never
  // the headline.
  const texts = entries.flatMap((entry, index) =>
    entry.kind === 'text' && !continuesParagraph(entries[index - 1], entry, thresholds)
      ? [{ entry, index }]
      : [],
  )
  const prose = texts.filter(({ entry }) => entry.prose).map(({ index }) => index)
  let from = 0
  for (const end of prose) {
    const choice = nearestTitle(entries, from, end, language, thresholds)
    if (choice) return choice
    from = end + 1
  }
  // No running text below (or none at all, as in a hard-wrapped release): the first
  // title-like line, else the first short line.
  const title = texts.find(({ entry, index }) => index >= from && entry.title)
  if (title) return { index: title.index }
  const first = texts.find(({ entry }) =>
    codePointsAtMost(entry.text, thresholds.fallbackHeadlineLength),
  )
  return first ? { index: first.index } : undefined
}

function nearestTitle(
  entries: ReadonlyArray<Entry>,
  from: number,
  end: number,
  language: PageLanguage,
  thresholds: Thresholds,
): HeadlineChoice | undefined {
  for (let index = end - 1; index >= from; index--) {
    const entry = entries[index]
    if (entry?.kind !== 'text') continue
    if (!entry.title) continue
    const above = previousTitle(entries, index, from)
    if (above !== undefined && isDeck(entries[above] as TextEntry, entry, language, thresholds)) {
      return { index: above, subtitle: index }
    }
    const choice: HeadlineChoice = { index }
    if (language === 'zh') return choice
    if (index - 1 >= from && wrappedHeadline(entries[index - 1], entry, thresholds))
      choice.firstLine = index - 1
    else if (index + 1 < end && wrappedHeadline(entry, entries[index + 1], thresholds))
      choice.lastLine = index + 1
    return choice
  }
  return undefined
}

/**
 * Whether two entries are one headline wrapped over two lines: they stand on
 * consecutive lines, the upper one does not end a sentence, and it ends in a word no
 * headline ends with, or the lower one goes on in lower case.
 *
 * @param upper - the entry above.
 * @param lower - the entry below.
 * @param thresholds - the length thresholds (default: `thresholds`).
 * @returns `true` when the two lines are one headline.
 */
export function wrappedHeadline(
  upper: Entry | undefined,
  lower: Entry | undefined,
  thresholds: Thresholds = defaultThresholds,
): boolean {
  if (upper?.kind !== 'text' || lower?.kind !== 'text' || lower.prose) return false
  if (upper.line.number !== lower.line.number - 1) return false
  if (closed.test(upper.text)) return false
  if (upper.text.length + lower.text.length > thresholds.wrappedHeadlineLength) return false
  return runOnWord.test(upper.text) || /^\p{Ll}/u.test(lower.text)
}

// The nearest title-like text entry above `index` with nothing but blank, meta or
// furniture lines between.
function previousTitle(
  entries: ReadonlyArray<Entry>,
  index: number,
  from: number,
): number | undefined {
  for (let above = index - 1; above >= from; above--) {
    const entry = entries[above]
    if (!entry) continue
    if (entry.kind === 'text') return entry.title ? above : undefined
    if (entry.kind === 'breadcrumb' || entry.kind === 'switch') return undefined
  }
  return undefined
}

/**
 * Whether a line is the deck (standfirst) of the headline above it: in English, a
 * sentence-case line longer than a Title Case headline of five words or more; in
 * Chinese, a line opening with a dash.
 *
 * @param headline - the headline's entry.
 * @param deck - the entry under it.
 * @param language - the page's language.
 * @param thresholds - the length thresholds (default: `thresholds`).
 * @returns `true` for a deck.
 */
export function isDeck(
  headline: TextEntry,
  deck: TextEntry,
  language: PageLanguage,
  thresholds: Thresholds = defaultThresholds,
): boolean {
  if (language === 'zh') return /^[—–-]{1,2}/.test(deck.text)
  const headlineWords = headline.text.split(/\s+/).length
  const deckWords = deck.text.split(/\s+/).length
  return (
    isTitleCase(headline.text, thresholds) &&
    !isTitleCase(deck.text, thresholds) &&
    headlineWords >= thresholds.deckHeadlineWords &&
    deckWords > headlineWords
  )
}

// Whether a text has at most `most` code points, without spreading a long line into an
// array of its characters.
function codePointsAtMost(text: string, most: number): boolean {
  if (text.length <= most) return true
  if (text.length > most * 2) return false
  let count = 0
  for (const _ of text) if (++count > most) return false
  return true
}

// Whether a line goes on a wrapped line right above it: the upper line has a wrapped
// line's width and ends without closing a sentence, in a comma or a word no headline
// ends with, or the lower line goes on in lower case.
function continuesParagraph(
  upper: Entry | undefined,
  lower: Entry,
  thresholds: Thresholds,
): boolean {
  if (upper?.kind !== 'text' || upper.line.number !== lower.line.number - 1) return false
  const { wrapWidthLeast: least, wrapWidthMost: most } = thresholds
  const width = upper.text.length
  if (width < least || width > most || closed.test(upper.text) || !upper.text.includes(' ')) {
    return false
  }
  const next = lower.kind === 'text' ? lower.text : lower.line.text
  return /^\p{Ll}/u.test(next) || /[,;]$/.test(upper.text) || runOnWord.test(upper.text)
}
