import { compiledOnce } from '../_lib/compiled-once.js'
import { countHan } from '../_lib/han.js'
import { wordAlternation } from '../_lib/word-pattern.js'
import type { LabelDictionary } from '../vocabulary/labels.js'
import type { HeaderLimits } from '../vocabulary/page-parts.js'
import { thresholds as defaultThresholds, type Thresholds } from '../vocabulary/thresholds.js'
import { defaultVocabulary, type Vocabulary } from '../vocabulary/vocabulary.js'
import { type Entry, isRoleLine, isYearlessDate } from './classify.js'
import { looksLikeProse, sameSentenceLimits } from './furniture-limits.js'
import {
  endsWithCredit,
  isCreditLine,
  isNameLine,
  isReadingTime,
  isRelativeTime,
} from './header-lines.js'
import { findHeadline, type HeadlineChoice, isDeck, wrappedHeadline } from './headline.js'
import type { PageLanguage } from './language.js'
import { hasWords, isCaption, isTitleCase } from './shape.js'

type TextEntry = Extract<Entry, { kind: 'text' }>

/** Whether a text entry reads as running text, as the layout reads it. */
export type RunningTextTest = (entry: TextEntry) => boolean

/**
 * Whether a text entry reads as running text, as the layout reads it: a paragraph, or a
 * line that `looksLikeProse` with the default thresholds, whatever the page's. That is
 * the entry's own `running` when the page's sentence limits are the default ones; else
 * the line is asked again.
 *
 * @param thresholds - the page's thresholds, with which the entries were read.
 * @returns the test.
 */
export function runningTextTest(thresholds: Thresholds): RunningTextTest {
  return sameSentenceLimits(thresholds, defaultThresholds)
    ? readsAsRunningText
    : (entry) => entry.prose || looksLikeProse(entry.text)
}

const readsAsRunningText: RunningTextTest = (entry) => entry.running

/**
 * What a line is as a part of a header block: a byline or author line, a date, a time
 * that cannot date the article (a relative time, a date without its year), another meta
 * line (a source, an editor, a reading time), a role line, a name printed alone, a photo
 * credit, or a caption.
 */
export type HeaderMark =
  | 'author'
  | 'date'
  | 'time'
  | 'meta'
  | 'role'
  | 'name'
  | 'credit'
  | 'caption'

/** The parts of a page: where its header block, headline and body stand. */
export interface Layout {
  /** The headline, its wrapped lines and its deck. */
  headline: HeadlineChoice
  /**
   * The header block: the first and last entry of the headline and the meta lines
   * around it (inclusive), or `undefined` when the page prints no meta line near a
   * headline and the headline was a ranked choice.
   */
  header: { start: number; end: number } | undefined
  /** Entries of the header's names printed without a label (`Jane Doe` beside a date). */
  names: number[]
  /** Index of the body's first entry: what stands between the header and it is left out. */
  bodyStart: number
  /**
   * How the headline was found: with a header block, ranked, or from the text a meta line
   * leaves over (see docs/parsing-text.md).
   */
  rule: 'header-block' | 'ranked' | 'meta-leftover'
}

/** A run of meta lines: where it stands and what it holds. */
export interface HeaderCluster {
  /** Index of its first entry. */
  start: number
  /** How many of its lines print a date or a time. */
  dated: number
  /** Index of its last entry. */
  end: number
  /** What its lines are. */
  found: Set<HeaderMark>
  /** Entries of names printed alone beside a date or role line. */
  names: number[]
}

interface Header extends HeaderCluster {
  headline: number
}

/**
 * Find a page's layout: its header block (the cluster of meta lines: bylines, dates,
 * labelled source and editor lines, a relative or reading time, a role line, with the
 * headline over or under it), then the body's first line of running text under the
 * block. A page with no header block falls back to {@link findHeadline}'s ranked choice.
 *
 * Each cluster gets its headline (the nearer of the title-shaped line above it, past
 * decks, captions, credits and buttons, and the one right under it); clusters on either
 * side of one headline are one header. Headers are weighed by what they hold (an author
 * or a date two; a name beside a date, a relative time, a role or another meta line one;
 * one more each for a headline of full length, a headline printed twice and running text
 * right under the block); the heaviest wins, the earlier of two equal ones.
 *
 * @param entries - the page's entries, in order.
 * @param marks - what each entry is as a part of a header (from {@link markHeaderLines}).
 * @param language - the page's language.
 * @param vocabulary - the words and limits read: the header limits of its page parts, the
 *   thresholds of the ranked choice (default: `defaultVocabulary`).
 * @returns the layout, or `undefined` when no line can be the headline.
 */
export function findLayout(
  entries: ReadonlyArray<Entry>,
  marks: ReadonlyArray<HeaderMark | undefined>,
  language: PageLanguage,
  vocabulary: Vocabulary = defaultVocabulary,
): Layout | undefined {
  const limits = vocabulary.pageParts.headerLimits
  const running = runningTextTest(vocabulary.thresholds)
  const best = chooseHeader(entries, marks, language, limits, running)
  if (!best) {
    const ranked = findHeadline(entries, language, vocabulary.thresholds)
    const chosen = ranked === undefined ? undefined : entries[ranked.index]
    // A page whose only title is what a meta line leaves over ("Machinery exports |
    // Updated: 2019-04-02") takes it as the headline, rather than a paragraph.
    if (!ranked || (chosen?.kind === 'text' && !chosen.title)) {
      const leftover = findMetaLeftover(entries, ranked?.index ?? entries.length)
      if (leftover !== undefined) {
        const header = { start: leftover, end: leftover }
        return {
          headline: { index: leftover },
          header,
          names: [],
          bodyStart: leftover + 1,
          rule: 'meta-leftover',
        }
      }
    }
    if (!ranked) return undefined
    const end = Math.max(ranked.index, ranked.lastLine ?? 0, ranked.subtitle ?? 0)
    return { headline: ranked, header: undefined, names: [], bodyStart: end + 1, rule: 'ranked' }
  }
  const index = best.headline
  const headline: HeadlineChoice = { index }
  const self = entries[index] as TextEntry
  if (language === 'en' && wrappedHeadline(entries[index - 1], self)) {
    headline.firstLine = index - 1
  } else if (language === 'en' && wrappedHeadline(self, entries[index + 1])) {
    headline.lastLine = index + 1
  }
  const deckIndex = (headline.lastLine ?? index) + 1
  const deck = entries[deckIndex]
  if (
    deck?.kind === 'text' &&
    marks[deckIndex] === undefined &&
    deckIndex < best.start &&
    isDeck(self, deck, language)
  ) {
    headline.subtitle = deckIndex
  }
  const start = Math.min(best.start, headline.firstLine ?? index)
  const end = Math.max(best.end, headline.lastLine ?? index, headline.subtitle ?? index)
  return {
    headline,
    header: { start, end },
    names: best.names,
    bodyStart: findBodyStart(entries, marks, end + 1, limits, running),
    rule: 'header-block',
  }
}

function chooseHeader(
  entries: ReadonlyArray<Entry>,
  marks: ReadonlyArray<HeaderMark | undefined>,
  language: PageLanguage,
  limits: HeaderLimits,
  running: RunningTextTest,
): Header | undefined {
  const { copies, bar } = countCopies(entries)
  // A cluster in a list of stories printed alike is an item of the list, not a header.
  const clusters = findClusters(entries, marks, limits, running).filter(
    (cluster) => !inList(marks, cluster, limits),
  )
  const aboves = clusters.map((cluster) =>
    headlineAbove(entries, marks, cluster.start, language, bar, limits),
  )
  const headers: Header[] = []
  for (const [position, cluster] of clusters.entries()) {
    const headline = headlineOf(
      entries,
      marks,
      cluster,
      aboves[position],
      aboves[position + 1],
      limits,
    )
    if (headline === undefined) continue
    const named = cluster.names.filter((at) => at !== headline)
    const found = new Set(cluster.found)
    if (named.length === 0) found.delete('name')
    const last = headers[headers.length - 1]
    if (last && last.headline === headline) {
      last.end = Math.max(last.end, cluster.end)
      last.dated += cluster.dated
      for (const mark of found) last.found.add(mark)
      last.names.push(...named)
    } else {
      const { start, dated, end } = cluster
      headers.push({ start, dated, end, found, names: named, headline })
    }
  }
  let best: { header: Header; score: number } | undefined
  for (const header of headers) {
    const { found, headline } = header
    const weight =
      (found.has('author') ? 2 : header.names.length > 0 ? 1 : 0) +
      (found.has('date') ? 2 : found.has('time') ? 1 : 0) +
      (found.has('meta') || found.has('role') ? 1 : 0)
    // A header prints its date once or twice (published, updated); a list of stories
    // prints one per story.
    if (weight < 2 || header.dated > limits.mostDates) continue
    const end = Math.max(header.end, headline)
    const prose = proseBelow(entries, end, limits, running)
    if (prose === undefined) continue
    // A day alone (an e-paper's issue date over its page furniture) makes a header only
    // with the headline beside it and the running text right under it; a date with its
    // time of day (a publication time) needs the headline beside it.
    if (weight === 2 && !found.has('author')) {
      const beside =
        textsBetween(entries, marks, headline, header.start) === 0 ||
        textsBetween(entries, marks, header.end, headline) === 0
      const timed = hasTime(entries, header)
      if (!beside || (!timed && textsBetween(entries, marks, end, prose) > 2)) continue
    }
    const { text } = entries[headline] as TextEntry
    const score =
      weight +
      ((copies.get(text) ?? 0) > 1 ? 1 : 0) +
      (isFullTitle(text, language) ? 1 : 0) +
      (prose - end <= limits.nearBody ? 1 : 0)
    // Of two equal headers, the one naming an author.
    const better =
      !best ||
      score > best.score ||
      (score === best.score && found.has('author') && !best.header.found.has('author'))
    if (better) best = { header, score }
  }
  return best?.header
}

// How many times each title-shaped text is printed, exactly or as a title bar's
// "Headline | Site"; a title bar's copies are counted under `bar`.
function countCopies(entries: ReadonlyArray<Entry>): {
  copies: Map<string, number>
  bar: Set<string>
} {
  const copies = new Map<string, number>()
  const bar = new Set<string>()
  const add = (text: string) => copies.set(text, (copies.get(text) ?? 0) + 1)
  for (const entry of entries) {
    if (entry.kind !== 'text' && entry.kind !== 'furniture') continue
    const text = entry.kind === 'text' ? entry.text : entry.line.text
    if (entry.kind === 'text' && entry.title) add(text)
    const title = titleOfBar(text)
    if (title) {
      add(title)
      bar.add(title)
    }
  }
  return { copies, bar }
}

// A page title as a browser's title bar prints it: "Headline | Site", "Headline - Site":
// the headline (10 to 200 characters), a separator between spaces, and the site's name
// (2 to 40 characters without a separator). Found from the line's last separator, so a
// line is read once.
//
// A title bar's separators, the last of a line: one with no other after it.
const lastSeparatorPattern = /[|–—_-][^|–—_-]*$/g

// The offset of the line's last separator at or after `stop`, or `stop - 1`.
function lastSeparator(text: string, stop: number): number {
  lastSeparatorPattern.lastIndex = stop
  const found = lastSeparatorPattern.exec(text)
  lastSeparatorPattern.lastIndex = 0
  return found ? found.index : stop - 1
}

function titleOfBar(text: string): string | undefined {
  // 200 code points take at most 400 UTF-16 units, 40 at most 80.
  if (text.length > 400 + 3 + 80) return undefined
  // The site's name takes at most 80 units after the separator and its space.
  const stop = Math.max(0, text.length - 82)
  const at = lastSeparator(text, stop)
  if (at < Math.max(1, stop) || text.charAt(at - 1) !== ' ' || text.charAt(at + 1) !== ' ')
    return undefined
  const site = text.slice(at + 2)
  const title = text.slice(0, at - 1)
  return lengthWithin(site, 2, 40) && lengthWithin(title, 10, 200) ? title : undefined
}

// Whether a text has from `least` to `most` code points. A code point takes one or two
// UTF-16 units: they are counted only when the units alone cannot tell.
function lengthWithin(text: string, least: number, most: number): boolean {
  if (text.length < least || text.length > 2 * most) return false
  if (text.length <= most && text.length >= 2 * least) return true
  let count = 0
  for (let index = 0; index < text.length; index++) {
    // The second half of a surrogate pair adds nothing.
    const code = text.charCodeAt(index)
    const before = text.charCodeAt(index - 1)
    if (!(code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff)) count++
  }
  return count >= least && count <= most
}

// The first meta line above `before` whose text besides its labels and dates could be a
// headline: two words, or four Han characters.
function findMetaLeftover(entries: ReadonlyArray<Entry>, before: number): number | undefined {
  for (let at = 0; at < before && at < entries.length; at++) {
    const entry = entries[at]
    if (entry?.kind !== 'meta') continue
    const rest = entry.meta.rest.join(' ')
    if (countHan(rest, 4) >= 4 || rest.split(' ').filter((word) => /\p{L}/u.test(word)).length >= 2)
      return at
  }
  return undefined
}

/**
 * Group the meta lines of a page into clusters: marked entries with at most
 * `headerLimits.gap` other entries between them, none of them running text. Credits and
 * captions stand between meta lines without joining them.
 *
 * @param entries - the page's entries, in order.
 * @param marks - what each entry is as a part of a header.
 * @param limits - the header limits read (default: those of `defaultVocabulary`).
 * @param running - what reads as running text (default: the entry's own `running`,
 *   which is {@link runningTextTest}'s answer for entries read with the default thresholds).
 * @returns the clusters, in order.
 */
export function findClusters(
  entries: ReadonlyArray<Entry>,
  marks: ReadonlyArray<HeaderMark | undefined>,
  limits: HeaderLimits = defaultVocabulary.pageParts.headerLimits,
  running: RunningTextTest = readsAsRunningText,
): HeaderCluster[] {
  const clusters: HeaderCluster[] = []
  let open: HeaderCluster | undefined
  for (const [index, entry] of entries.entries()) {
    const mark = marks[index]
    if (mark === undefined || mark === 'credit' || mark === 'caption') {
      // Running text and a breadcrumb trail (site chrome over the article) end a cluster.
      const prose = entry.kind === 'text' && running(entry)
      // So does a title of a headline's length (a headline between a date and a byline).
      const titled = entry.kind === 'text' && entry.title && isHeadlineLength(entry.text)
      const barrier = prose || titled || entry.kind === 'breadcrumb'
      if (open && (barrier || index - open.end > limits.gap)) {
        clusters.push(open)
        open = undefined
      }
      continue
    }
    if (!open) open = { start: index, dated: 0, end: index, found: new Set(), names: [] }
    open.end = index
    open.found.add(mark)
    // A meta line may hold several parts: "By Jane Doe December 28, 2016",
    // "2020-02-19 20:29 Source: Example Daily".
    if (mark === 'date' || mark === 'time') open.dated++
    if (entry.kind === 'meta') {
      if (hasDate(entry)) open.found.add('date')
      // A labelled source, editor or date ("Source:", "Updated:", "发布时间：") is a
      // header's own line.
      if (
        entry.meta.values.some((value) => value.field !== 'author' && value.field !== 'ignored')
      ) {
        open.found.add('meta')
      }
    }
    if (mark === 'name') open.names.push(index)
  }
  if (open) clusters.push(open)
  return clusters
}

// The headline of a cluster: the title-shaped line above it, or the one right under it
// (a date or a byline printed over the title) when the next cluster's headline is that
// line too (a date over the title, the byline under it), or when the line above is two
// lines of text farther away.
function headlineOf(
  entries: ReadonlyArray<Entry>,
  marks: ReadonlyArray<HeaderMark | undefined>,
  cluster: HeaderCluster,
  above: number | undefined,
  nextAbove: number | undefined,
  limits: HeaderLimits,
): number | undefined {
  const below = headlineBelow(entries, marks, cluster.end, limits)
  // A short Title Case headline right over the date reads as a name too
  // ("Chamber Opens New Office" over "Add Time: …"): with no other title around, it is
  // the headline.
  const first = entries[cluster.start]
  if (above === undefined && below === undefined && marks[cluster.start] === 'name') {
    return first?.kind === 'text' && first.title ? cluster.start : undefined
  }
  if (above === undefined || below === undefined) return above ?? below
  if (below === nextAbove) return below
  const over = textsBetween(entries, marks, above, cluster.start)
  return over >= textsBetween(entries, marks, cluster.end, below) + 2 ? below : above
}

// How many text entries other than captions and credits stand between two entries.
function textsBetween(
  entries: ReadonlyArray<Entry>,
  marks: ReadonlyArray<HeaderMark | undefined>,
  from: number,
  to: number,
): number {
  let count = 0
  for (let at = from + 1; at < to; at++) {
    if (entries[at]?.kind === 'text' && marks[at] !== 'caption' && marks[at] !== 'credit') count++
  }
  return count
}

// Whether a name printed alone stands right beside a date or a role line.
function besideDate(marks: ReadonlyArray<HeaderMark | undefined>, at: number): boolean {
  const beside = (mark: HeaderMark | undefined) =>
    mark === 'date' || mark === 'time' || mark === 'role'
  return beside(marks[at - 1]) || beside(marks[at + 1])
}

// The headline over a header block: the nearest title-shaped line above it, past
// prose decks, captions, credits and furniture; a full-length title (four words, or
// eight Han characters) before a short one (a button, a section name), and the headline
// over a deck rather than the deck.
function headlineAbove(
  entries: ReadonlyArray<Entry>,
  marks: ReadonlyArray<HeaderMark | undefined>,
  start: number,
  language: PageLanguage,
  titleBars: ReadonlySet<string>,
  limits: HeaderLimits,
): number | undefined {
  const titles: number[] = []
  let texts = 0
  for (let at = start - 1; at >= 0 && start - at <= limits.above; at--) {
    const entry = entries[at] as Entry
    if (marks[at] === 'credit' || marks[at] === 'caption') continue
    if (entry.kind === 'breadcrumb' || entry.kind === 'meta') break
    if (entry.kind !== 'text') continue
    if (++texts > limits.textBetween) break
    if (entry.title) titles.push(at)
  }
  const full = (at: number) =>
    isFullTitle((entries[at] as Extract<Entry, { kind: 'text' }>).text, language)
  // A title printed twice, in the title bar ("Headline | Site") and over the byline, is
  // the headline, whatever stands between.
  const twice = titles.find((at) =>
    titleBars.has((entries[at] as Extract<Entry, { kind: 'text' }>).text),
  )
  const chosen = twice ?? titles.find(full) ?? titles[0]
  if (chosen === undefined) return undefined
  // Two titles stacked over the byline: the upper is the headline when the lower is its
  // deck (in sentence case under a Title Case headline), else the upper is a kicker.
  const above = titles[titles.indexOf(chosen) + 1]
  const upper = above === undefined ? undefined : entries[above]
  const lower = entries[chosen]
  if (
    above !== undefined &&
    upper?.kind === 'text' &&
    lower?.kind === 'text' &&
    textsBetween(entries, marks, above, chosen) === 0 &&
    (isDeck(upper, lower, language) || isSentenceCaseUnder(upper.text, lower.text, language))
  ) {
    return above
  }
  return chosen
}

// A sentence-case line under a Title Case headline of five words or more.
function isSentenceCaseUnder(headline: string, deck: string, language: PageLanguage): boolean {
  if (language === 'zh') return false
  return isTitleCase(headline) && !isTitleCase(deck) && hasWords(headline, 5)
}

// The headline under a header block printed over it (a date and a byline over the
// title): the first title-shaped line right under it.
function headlineBelow(
  entries: ReadonlyArray<Entry>,
  marks: ReadonlyArray<HeaderMark | undefined>,
  end: number,
  limits: HeaderLimits,
): number | undefined {
  for (let at = end + 1; at < entries.length && at - end <= limits.gap + 1; at++) {
    const entry = entries[at]
    if (entry?.kind !== 'text' || marks[at] === 'credit') continue
    return entry.title ? at : undefined
  }
  return undefined
}

// A title as long as most headlines: six words in Title Case, or ten Han characters.
function isHeadlineLength(text: string): boolean {
  return countHan(text, 10) >= 10 || (hasWords(text, 6) && isTitleCase(text))
}

// A headline of full length: four words, or eight Han characters.
function isFullTitle(text: string, language: PageLanguage): boolean {
  if (language === 'zh') return countHan(text, 8) >= 8
  return hasWords(text, 4)
}

// The first line of running text under a header block, within reach.
function proseBelow(
  entries: ReadonlyArray<Entry>,
  end: number,
  limits: HeaderLimits,
  running: RunningTextTest,
): number | undefined {
  for (let at = end + 1; at < entries.length && at - end <= limits.toBody; at++) {
    const entry = entries[at]
    if (entry?.kind === 'breadcrumb') return undefined
    if (entry?.kind === 'text' && running(entry)) return at
  }
  return undefined
}

// The body's first line under the header block: the first line of running text, or a
// line right above running text that ends like a sentence or is as long as one (an
// opening paragraph); captions, credits, widgets and related links before it are left
// out. A standfirst over the lead photo (a paragraph, then a caption or a credit within
// a few lines) is not the body's start either: the body starts under the photo. With no
// running text within reach, the line right under the header.
function findBodyStart(
  entries: ReadonlyArray<Entry>,
  marks: ReadonlyArray<HeaderMark | undefined>,
  from: number,
  limits: HeaderLimits,
  running: RunningTextTest,
): number {
  const first = firstRunningText(entries, marks, from, limits, running)
  if (first === undefined) return from
  for (let at = first + 1; at < entries.length && at - first <= limits.standfirst; at++) {
    if (marks[at] === 'caption' || marks[at] === 'credit') {
      return firstRunningText(entries, marks, at + 1, limits, running) ?? first
    }
    const entry = entries[at]
    if (entry?.kind === 'text' && entry.prose) break
  }
  return first
}

function firstRunningText(
  entries: ReadonlyArray<Entry>,
  marks: ReadonlyArray<HeaderMark | undefined>,
  from: number,
  limits: HeaderLimits,
  running: RunningTextTest,
): number | undefined {
  for (let at = from; at < entries.length && at - from <= limits.toBody; at++) {
    const entry = entries[at]
    if (entry?.kind !== 'text' || marks[at] !== undefined) continue
    if (running(entry)) return at
    const next = entries[at + 1]
    const opens = next?.kind === 'text' && next.prose && marks[at + 1] === undefined
    const sentence = /[.!?。！？]["”’')）]?$/u.test(entry.text)
    if (opens && (sentence || (!entry.title && hasWords(entry.text, limits.sentenceWords)))) {
      return at
    }
  }
  return undefined
}

// Whether a header stands in a list of stories printed alike, each with its date or
// byline: three lines of one kind, its own and those within a few entries over or
// under it.
function inList(
  marks: ReadonlyArray<HeaderMark | undefined>,
  header: HeaderCluster,
  limits: HeaderLimits,
): boolean {
  const reach = limits.listReach
  const count = (kind: HeaderMark, from: number, to: number) => {
    let found = 0
    for (let at = Math.max(0, from); at <= to && at < marks.length; at++) {
      if (marks[at] === kind) found++
    }
    return found
  }
  return listKinds.some((kind) => {
    if (!header.found.has(kind)) return false
    const own = count(kind, header.start, header.end)
    const over = count(kind, header.start - reach, header.start - 1)
    const under = count(kind, header.end + 1, header.end + reach)
    return own + Math.max(over, under) >= limits.listItems
  })
}

const listKinds: ReadonlyArray<HeaderMark> = ['author', 'date', 'time']

// Whether a header's meta lines print a time of day with their date.
function hasTime(entries: ReadonlyArray<Entry>, header: HeaderCluster): boolean {
  for (let at = header.start; at <= header.end; at++) {
    const entry = entries[at]
    if (entry?.kind !== 'meta') continue
    const dates = [...entry.meta.dates, ...entry.meta.values.flatMap((value) => value.dates)]
    if (dates.some((date) => date.real && date.parts.time !== undefined)) return true
  }
  return false
}

// A line opening with a date label and holding digits ("Updated on September 19 at
// 3:15 p.m.", "Published February 24, 2020Last updated July 21, 2022"), a date that
// was not read.
const dateLabelOf = compiledOnce(
  (labels: LabelDictionary) =>
    new RegExp(
      `^(?:${wordAlternation([...labels.published, ...labels.updated])})(?![\\p{L}])`,
      'iu',
    ),
)

function startsWithDateLabel(text: string, vocabulary: Vocabulary): boolean {
  const { dateLabelLine } = vocabulary.pageParts.headerLimits
  return (
    text.length <= dateLabelLine && dateLabelOf(vocabulary.labels).test(text) && /\d/.test(text)
  )
}

function hasDate(entry: Extract<Entry, { kind: 'meta' }>): boolean {
  const { values, dates } = entry.meta
  return dates.some((date) => date.real) || values.some((value) => value.dates.some((d) => d.real))
}

/**
 * Say what each entry of a page is as a part of a header block: a byline or author
 * line, a date line (a date, a relative time), another meta line (a source, an editor, a
 * reading time), a role line, a name printed alone, a photo credit, or a caption (a line
 * followed by a credit, or ending in one). Other entries get `undefined`.
 *
 * @param entries - the page's entries, in order.
 * @param vocabulary - the label, role and credit words and the header limits read
 *   (default: `defaultVocabulary`).
 * @returns one mark (or `undefined`) per entry.
 */
export function markHeaderLines(
  entries: ReadonlyArray<Entry>,
  vocabulary: Vocabulary = defaultVocabulary,
): Array<HeaderMark | undefined> {
  const marks = entries.map((entry): HeaderMark | undefined => {
    // "Photo: Jane Doe" reads as a labelled line, but it is a credit.
    if (
      (entry.kind === 'meta' || entry.kind === 'text') &&
      isCreditLine(entry.line.text, vocabulary)
    ) {
      return 'credit'
    }
    if (entry.kind === 'meta') {
      const { values } = entry.meta
      if (values.some((value) => value.field === 'author')) return 'author'
      if (hasDate(entry)) return 'date'
      if (isYearlessDate(entry.line.text)) return 'time'
      if (isRoleLine(entry.line.text, vocabulary)) return 'role'
      return 'meta'
    }
    if (entry.kind !== 'text') return undefined
    if (isRelativeTime(entry.text, vocabulary) || startsWithDateLabel(entry.text, vocabulary)) {
      return 'time'
    }
    if (isReadingTime(entry.text)) return 'meta'
    // A credit line was told above: a text entry's text is its line's.
    if (isNameLine(entry.text, vocabulary)) return 'name'
    return undefined
  })
  for (const [index, entry] of entries.entries()) {
    if (entry.kind !== 'text') continue
    // A name counts beside a date, a time or a role line; a short title over its deck
    // and byline ("Broken Pledge", a sentence, "By Jane Doe") is not a name.
    if (marks[index] === 'name') {
      const next = entries[index + 1]
      const byline = marks[index + 2] === 'author'
      const overDeck = entry.title && next?.kind === 'text' && next.prose && byline
      if (overDeck || !besideDate(marks, index)) marks[index] = undefined
    }
    if (marks[index] !== undefined) continue
    const credited = endsWithCredit(entry.text, vocabulary)
    if (credited || (!entry.title && (marks[index + 1] === 'credit' || isCaption(entry.text)))) {
      marks[index] = 'caption'
    }
  }
  return marks
}
