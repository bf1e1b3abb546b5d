import { compiledOnce } from '../_lib/compiled-once.js'
import {
  cjkWeekday,
  type DateContext,
  type DateMatch,
  findDates,
  matchBasicIsoDate,
  weekdayName,
} from '../_lib/find-dates.js'
import { splitOutsideDates } from '../_lib/split-outside-dates.js'
import { anyCaseAlternation, wordAlternation } from '../_lib/word-pattern.js'
import type { LabelField } from '../vocabulary/labels.js'
import { defaultVocabulary, type Vocabulary } from '../vocabulary/vocabulary.js'
import { cutName } from './cut-name.js'
import type { LabelMatcher } from './labels.js'
import { tidy } from './lines.js'
import { readReporterLine } from './reporter.js'
import { cutWidgetTail, type WidgetTail } from './widget-tail.js'

/** One labelled value read from a meta line. */
export interface LabelledValue {
  field: LabelField
  /** The label as printed (`Soruce`, `责任编辑`). */
  label: string
  /** The value, tidied, with separators and widget words around it removed. */
  value: string
  /** Dates printed inside the value (for date labels, the value's own date). */
  dates: DateMatch[]
  /** For a date label, text of the value besides its dates and weekdays (`UTC+18`, `PM?`). */
  rest?: string
}

/** What a meta line holds. */
export interface MetaLine {
  values: LabelledValue[]
  /** Dates printed without a label. */
  dates: DateMatch[]
  /**
   * Text that is neither a label, a value nor a date (`Hangzhou News`, `GDCOM`); none
   * for a line that holds no value and no date, which is no meta line at all.
   */
  rest: string[]
  /** Widget words cut from the end of values (`Large Medium Small Print`). */
  widgets: string[]
}

// Separators between the parts of a meta line, and brackets around them.
const edgeChars = new Set(' \t\u00a0\u3000|｜/／•·,，;；:：-–—[]【】()（）<>《》')

function trimEdges(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && edgeChars.has(text.charAt(start))) start++
  while (end > start && edgeChars.has(text.charAt(end - 1))) end--
  return start === 0 && end === text.length ? text : text.slice(start, end)
}

const weekdayWords = new RegExp(`\\b${weekdayName}\\b\\.?|${cjkWeekday}`, 'giu')

/**
 * Read a line of labelled values such as
 * `Soruce:The China Provinces and US States Cooperation Author:The China Provinces and US States Cooperation Add Time:2014-10-13 00:00:00`
 * or `发布时间: 2019-12-08 11:30:00 | 来源: 中国网 | 作者: 刘凯`.
 *
 * Labels may share a line in any order, with or without spaces, with half- or full-width
 * colons; a value runs to the next label or bar. `By Name` counts as an author label.
 * A line that holds no value and no date (a paragraph with figures in it) is no meta
 * line: what is left of it is not tidied into `rest`.
 *
 * @param text - a tidied line.
 * @param labels - the compiled label dictionary.
 * @param context - the page's language and era, for reading dates, and its vocabulary.
 * @returns the values, the dates printed without a label, and the remaining text.
 */
export function readMetaLine(
  text: string,
  labels: LabelMatcher,
  context: MetaLineContext,
): MetaLine {
  const patterns = patternsOf(context.vocabulary ?? defaultVocabulary)
  const found = labels.find(text)
  const values: LabelledValue[] = []
  const loose: string[] = []
  const widgets: string[] = []
  loose.push(found.length > 0 ? text.slice(0, found[0]?.start) : text)
  for (const [index, label] of found.entries()) {
    const field = labels.fieldOf(label.label)
    if (field === undefined) continue
    const next = found[index + 1]?.start ?? text.length
    let raw = text.slice(label.end, next)
    // A bar ends a value: what follows it is a part of its own.
    // (A bar between a date and its time, "December 19, 2016 | 7:08pm", does not.)
    const [head = raw, ...afterBar] = splitOutsideDates(raw, '|｜', context)
    const bar = afterBar.length > 0 ? head.length : -1
    if (bar >= 0) {
      loose.push(raw.slice(bar + 1))
      raw = raw.slice(0, bar)
    }
    // A closing bracket without its opening one ends a value too: "(編輯:呂佳蓉)1131210".
    const close = unmatchedClose(raw)
    if (close >= 0) {
      loose.push(raw.slice(close + 1))
      raw = raw.slice(0, close)
    }
    values.push(readValue(field, label.label, raw, context, widgets, patterns.vocabulary))
  }
  const dates: DateMatch[] = []
  const rest: string[] = []
  // Where in `rest` a stretch stands as printed, to be cleaned once the line is known to
  // hold meta data.
  const leftovers: number[] = []
  // A Chinese byline holds a reporter's word: the parts of a line without one are not
  // read for it, part by part.
  const mayReport = patterns.reporterWord.test(text)
  for (const part of loose) {
    for (const piece of splitOutsideDates(part, '|｜', context).map((s) => s.trim())) {
      const partDates = findDates(piece, context)
      for (const date of partDates) dates.push(date)
      // "Posted on May 5, 2020 by John Smith": the date stands inside the byline's label.
      const postedWidgets: string[] = []
      const posted = matchByline(removeDates(piece, partDates), postedWidgets, patterns)
      if (posted && patterns.postedVerb.test(posted.label)) {
        values.push(posted)
        for (const widget of postedWidgets) widgets.push(widget)
        continue
      }
      // Otherwise a date ends a byline's name ("by Julia Horowitz November 29, 2016:
      // 3:42 PM ET"), and a byline may be glued to a date before it ("October 4,
      // 2011By John Ward"): each stretch between dates is read on its own. A piece
      // without dates is one stretch, read for a byline just above.
      for (const stretch of splitAtDates(piece, partDates)) {
        const read =
          partDates.length === 0
            ? withWidgets(posted, postedWidgets, widgets)
            : matchByline(stretch, widgets, patterns)
        const byline = read ?? (mayReport ? readReporter(stretch, rest, patterns) : undefined)
        if (byline) {
          values.push(byline)
          continue
        }
        leftovers.push(rest.length)
        rest.push(stretch)
      }
    }
  }
  // No value and no date: no widget words were read either.
  if (values.length === 0 && dates.length === 0) return { values, dates, rest: [], widgets }
  for (const at of leftovers) rest[at] = clean((rest[at] as string).replace(weekdayWords, ' '))
  for (const value of values) {
    if (value.field !== 'published' && value.field !== 'updated') {
      for (const date of value.dates) dates.push(date)
      value.dates = []
    }
    // A name ends at an e-mail address, a handle, a bullet, a relative time: what
    // follows it is reported, not a part of the name.
    if (value.field === 'author' || value.field === 'editor') {
      const { name, cut } = cutName(value.value, patterns.vocabulary)
      value.value = name
      for (const part of cut) rest.push(part)
    }
  }
  return {
    values,
    dates,
    rest: rest.filter((part, at) => part !== '' || !leftovers.includes(at)),
    widgets: widgets.filter((widget) => widget !== ''),
  }
}

/**
 * Read a byline without a colon: `By Xin Zhiming and Liu Jie (chinadaily.com.cn)`.
 * The name must start with a capital letter, so `By the end of 2016` is not a byline.
 *
 * @param text - a part of a line.
 * @param vocabulary - the byline words (default: `defaultVocabulary`).
 * @returns the author value, or `undefined`.
 */
export function readByline(
  text: string,
  vocabulary: Vocabulary = defaultVocabulary,
): LabelledValue | undefined {
  return matchByline(text, [], patternsOf(vocabulary))
}

// A byline, its widget words put in `widgets`; a photo or translation credit without a
// colon ("Photos by John Roe") is an ignored value.
function matchByline(
  text: string,
  widgets: string[],
  patterns: ReturnType<typeof patternsOf>,
): LabelledValue | undefined {
  const trimmed = tidy(text)
  const credit = patterns.creditLine.exec(trimmed)
  const match = credit ?? patterns.byline.exec(trimmed) ?? patterns.postedBy.exec(trimmed)
  if (!match?.[1] || !match[2]) return undefined
  const { value, widget } = cleanValue(match[2], patterns.vocabulary)
  if (widget !== '') widgets.push(widget)
  return { field: credit ? 'ignored' : 'author', label: tidy(match[1]), value, dates: [] }
}

// A byline read with its widget words set apart: the widget words join `widgets`.
function withWidgets(
  byline: LabelledValue | undefined,
  itsWidgets: ReadonlyArray<string>,
  widgets: string[],
): LabelledValue | undefined {
  if (byline) for (const widget of itsWidgets) widgets.push(widget)
  return byline
}

// "聯合報 記者林宸誼／即時報導" between two dates: a Chinese byline; what stands
// around the name (the outlet, where it was reported from) goes to `rest`.
function readReporter(
  text: string,
  rest: string[],
  patterns: ReturnType<typeof patternsOf>,
): LabelledValue | undefined {
  const word = patterns.reporterWord.exec(text)
  if (!word) return undefined
  const reporter = readReporterLine(tidy(text), patterns.vocabulary)
  if (!reporter) return undefined
  for (const part of reporter.rest) rest.push(part)
  return { field: 'author', label: word[0], value: reporter.name, dates: [] }
}

/** What reading a meta line needs besides the labels: the page's dates and vocabulary. */
export interface MetaLineContext extends DateContext {
  /** The byline and credit words (default: `defaultVocabulary`). */
  vocabulary?: Vocabulary | undefined
}

const patternsOf = compiledOnce((vocabulary: Vocabulary) => {
  const { bylines, roles } = vocabulary
  // The label in any case, the name starting with a capital: no `i` flag, which would
  // let \p{Lu} match small letters too. A page may print the label twice, once for
  // screen readers ("Byby JANE DOE"); a kind of piece may stand before it ("Analysis by").
  const bylineLabel = `(?:${anyCaseAlternation(['By'])}\\s*)?(?:${anyCaseAlternation(bylines.words)}|(?:${anyCaseAlternation(bylines.pieceKinds)})\\s+${anyCaseAlternation(['by'])})`
  const creditLabel = anyCaseAlternation(roles.notAuthors.filter((word) => / by$/i.test(word)))
  return {
    /** "Posted on May 5, 2020 by John Smith", once its date is taken out. */
    postedVerb: new RegExp(`^(?:${wordAlternation(bylines.postedVerbs)})`, 'i'),
    postedBy: new RegExp(
      `^((?:${anyCaseAlternation(bylines.postedVerbs)})(?:\\s+[Oo]n)?\\s*[Bb]y)\\s+(\\p{Lu}.*)$`,
      'u',
    ),
    byline: new RegExp(`^(${bylineLabel})\\s+(\\p{Lu}.*)$`, 'u'),
    creditLine: new RegExp(`^(${creditLabel})\\s+(\\p{Lu}.*)$`, 'u'),
    vocabulary,
    /** A reporter's word, which a Chinese byline between dates holds (`記者`). */
    reporterWord: new RegExp(wordAlternation(roles.chineseReporters), 'u'),
    /**
     * What a line must hold to carry meta data: a colon, a digit, a Chinese credit's
     * slash, or a byline's or credit's words at its start. The slash is searched for,
     * and the character before it looked behind at, rather than every Han character
     * followed by the next.
     */
    metaHint: new RegExp(
      `[:：\\d]|[/／](?<=\\p{Script=Han}[/／])|^(?:${bylineLabel}|${creditLabel})\\s`,
      'u',
    ),
  }
})
patternsOf(defaultVocabulary)

/**
 * Whether a line may carry meta data at all: only a line with a colon, a digit, a
 * Chinese credit's slash (`文/张三`) or a byline's words at its start (`By`, `Analysis
 * by`, `Photos by`) can; most paragraphs are passed over without reading them for labels.
 *
 * @param text - a tidied line.
 * @param vocabulary - the byline and credit words (default: `defaultVocabulary`).
 * @returns `true` when {@link readMetaLine} may find something in it.
 * @example
 *   mayBeMetaLine('Byby JANE DOE') //=> true
 *   mayBeMetaLine('The chamber opened an office.') //=> false
 */
export function mayBeMetaLine(text: string, vocabulary: Vocabulary = defaultVocabulary): boolean {
  return patternsOf(vocabulary).metaHint.test(text)
}

// Brackets, by code: "(", "（", "[", "【" and their closing ones.
const openingBrackets = new Set([0x28, 0xff08, 0x5b, 0x3010])
const closingBrackets = new Set([0x29, 0xff09, 0x5d, 0x3011])

function unmatchedClose(text: string): number {
  if (!/[)）\]】]/.test(text)) return -1
  let depth = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (openingBrackets.has(code)) depth++
    else if (closingBrackets.has(code)) {
      if (depth === 0) return index
      depth--
    }
  }
  return -1
}

function readValue(
  field: LabelField,
  label: string,
  raw: string,
  context: DateContext,
  widgets: string[],
  vocabulary: Vocabulary,
): LabelledValue {
  const isDate = field === 'published' || field === 'updated'
  const dates = findDates(raw, context)
  // A date label's value may be ISO 8601's basic format alone: "Date: 20141013".
  const basic = isDate && dates.length === 0 ? matchBasicIsoDate(raw) : undefined
  if (basic) dates.push(basic)
  const text = isDate ? raw : removeDates(raw, dates)
  const cleaned = cleanValue(text, vocabulary)
  if (cleaned.widget !== '') widgets.push(cleaned.widget)
  const value: LabelledValue = { field, label: tidy(label), value: cleaned.value, dates }
  if (isDate && dates.length > 0) {
    const rest = clean(removeDates(raw, dates).replace(weekdayWords, ' '))
    if (rest !== '') value.rest = rest
  }
  return value
}

function splitAtDates(text: string, dates: DateMatch[]): string[] {
  const stretches: string[] = []
  let from = 0
  for (const date of dates) {
    stretches.push(text.slice(from, date.start))
    from = date.end
  }
  stretches.push(text.slice(from))
  return stretches
}

function removeDates(text: string, dates: DateMatch[]): string {
  let result = text
  for (const date of [...dates].reverse()) {
    result = `${result.slice(0, date.start)} ${result.slice(date.end)}`
  }
  return result
}

/**
 * Tidy a value: white space, the separators and brackets around it, and widget words
 * after it go.
 *
 * @param text - a value as cut from its line.
 * @param vocabulary - the widget words (default: `defaultVocabulary`).
 * @returns the value.
 * @example
 *   clean(' | Zhongshan Daily Large Medium Small Print') //=> 'Zhongshan Daily'
 */
export function clean(text: string, vocabulary: Vocabulary = defaultVocabulary): string {
  return cleanValue(text, vocabulary).value
}

// The value, and the widget words taken off its end.
function cleanValue(text: string, vocabulary: Vocabulary): WidgetTail {
  const cut = cutWidgetTail(trimEdges(tidy(text)), vocabulary)
  return { value: trimEdges(cut.value), widget: trimEdges(cut.widget) }
}
