import {
  cjkWeekday,
  type DateContext,
  type DateMatch,
  findDates,
  matchBasicIsoDate,
  weekdayName,
} from '../_lib/find-dates.js'
import { anyCaseAlternation, wordAlternation } from '../_lib/word-pattern.js'
import { bylineVocabulary } from '../vocabulary/bylines.js'
import type { LabelField } from '../vocabulary/labels.js'
import { thresholds } from '../vocabulary/thresholds.js'
import { widgetVocabulary } from '../vocabulary/widgets.js'
import type { LabelMatcher } from './labels.js'
import { tidy } from './lines.js'

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
  /** Text that is neither a label, a value nor a date (`Hangzhou News`, `GDCOM`). */
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

// Widget words printed after a value on the same line ("Zhongshan Daily Large Medium Small
// Print", "↑大 ↓小", "参与互动(0)"): font sizes, buttons and comment widgets with a count.
const tailWords = [...widgetVocabulary.sizes, ...widgetVocabulary.buttons]
// Words that may stand in a widget after a value; the full pattern runs only when one does.
const widgetWord = new RegExp(
  wordAlternation([...tailWords, ...widgetVocabulary.comments], '\\s*'),
  'i',
)
// Applied only to a value's last `widgetTailLength` characters.
const widgetTail = new RegExp(
  `(?:\\s*(?:[[【]\\s*)?(?:${wordAlternation(tailWords, '\\s*')}|(?:${wordAlternation(widgetVocabulary.comments, '\\s*')})\\(?\\d*\\)?)(?:\\s*[\\]】])?)+\\s*$`,
  'i',
)
// A value made of nothing but Latin widget words is no value ("Large Medium Small").
const latinWidgetStart = new RegExp(
  `^(?:${wordAlternation(tailWords.filter((word) => /^[a-z]/i.test(word)))})`,
  'i',
)
const weekdayWords = new RegExp(`\\b${weekdayName}\\b\\.?|${cjkWeekday}`, 'giu')

/**
 * Read a line of labelled values such as
 * `Soruce:The China Provinces and US States Cooperation Author:The China Provinces and US States Cooperation Add Time:2014-10-13 00:00:00`
 * or `发布时间: 2019-12-08 11:30:00 | 来源: 中国网 | 作者: 刘凯`.
 *
 * Labels may share a line in any order, with or without spaces, with half- or full-width
 * colons; a value runs to the next label or bar. `By Name` counts as an author label.
 *
 * @param text - a tidied line.
 * @param labels - the compiled label dictionary.
 * @param context - the page's language and era, for reading dates.
 * @returns the values, the dates printed without a label, and the remaining text.
 */
export function readMetaLine(text: string, labels: LabelMatcher, context: DateContext): MetaLine {
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
    const bar = raw.search(/[|｜]/)
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
    const trimmed = trimEdges(tidy(raw))
    const end = trimmed.slice(Math.max(0, trimmed.length - thresholds.widgetTailLength))
    const tail = widgetWord.test(end) ? widgetTail.exec(end) : null
    if (tail && tail[0].trim() !== '') widgets.push(trimEdges(tidy(tail[0])))
    values.push(readValue(field, label.label, raw, context))
  }
  const dates: DateMatch[] = []
  const rest: string[] = []
  for (const part of loose) {
    for (const piece of part.split(/[|｜]/).map((s) => s.trim())) {
      const partDates = findDates(piece, context)
      for (const date of partDates) dates.push(date)
      // "Posted on May 5, 2020 by John Smith": the date stands inside the byline's label.
      const posted = readByline(removeDates(piece, partDates))
      if (posted && postedVerb.test(posted.label)) {
        values.push(posted)
        continue
      }
      // Otherwise a date ends a byline's name ("by Julia Horowitz November 29, 2016:
      // 3:42 PM ET"), and a byline may be glued to a date before it ("October 4,
      // 2011By John Ward"): each stretch between dates is read on its own.
      for (const stretch of splitAtDates(piece, partDates)) {
        const byline = readByline(stretch)
        if (byline) {
          values.push(byline)
          continue
        }
        const left = clean(stretch.replace(weekdayWords, ' '))
        if (left !== '') rest.push(left)
      }
    }
  }
  for (const value of values) {
    if (value.field !== 'published' && value.field !== 'updated') {
      for (const date of value.dates) dates.push(date)
      value.dates = []
    }
  }
  return { values, dates, rest, widgets: widgets.filter((widget) => widget !== '') }
}

/**
 * Read a byline without a colon: `By Xin Zhiming and Liu Jie (chinadaily.com.cn)`.
 * The name must start with a capital letter, so `By the end of 2016` is not a byline.
 *
 * @param text - a part of a line.
 * @returns the author value, or `undefined`.
 */
export function readByline(text: string): LabelledValue | undefined {
  const trimmed = tidy(text)
  const match = bylinePattern.exec(trimmed) ?? postedBy.exec(trimmed)
  if (!match?.[1] || !match[2]) return undefined
  return { field: 'author', label: tidy(match[1]), value: clean(match[2]), dates: [] }
}

// "Posted on May 5, 2020 by John Smith", once its date is taken out.
const postedVerb = new RegExp(`^(?:${wordAlternation(bylineVocabulary.postedVerbs)})`, 'i')
const postedBy = new RegExp(
  `^((?:${anyCaseAlternation(bylineVocabulary.postedVerbs)})(?:\\s+[Oo]n)?\\s*[Bb]y)\\s+(\\p{Lu}.*)$`,
  'u',
)

// The label in any case, the name starting with a capital: no `i` flag, which would
// let \p{Lu} match small letters too.
const bylinePattern = new RegExp(
  `^(${anyCaseAlternation(bylineVocabulary.words)})\\s+(\\p{Lu}.*)$`,
  'u',
)

function unmatchedClose(text: string): number {
  if (!/[)）\]】]/.test(text)) return -1
  let depth = 0
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index)
    if ('(（[【'.includes(char)) depth++
    else if (')）]】'.includes(char)) {
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
): LabelledValue {
  const isDate = field === 'published' || field === 'updated'
  const dates = findDates(raw, context)
  // A date label's value may be ISO 8601's basic format alone: "Date: 20141013".
  const basic = isDate && dates.length === 0 ? matchBasicIsoDate(raw) : undefined
  if (basic) dates.push(basic)
  const text = isDate ? raw : removeDates(raw, dates)
  const value: LabelledValue = { field, label: tidy(label), value: clean(text), dates }
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
 * @returns the value.
 */
export function clean(text: string): string {
  let value = trimEdges(tidy(text))
  // Widget words stand at the end: only the end of a long value is searched for them.
  const cut = Math.max(0, value.length - thresholds.widgetTailLength)
  const end = value.slice(cut)
  const withoutWidgets = widgetWord.test(end)
    ? value.slice(0, cut) + end.replace(widgetTail, '')
    : value
  if (withoutWidgets !== value && withoutWidgets.trim() !== '') value = withoutWidgets
  else if (withoutWidgets.trim() === '' && latinWidgetStart.test(value)) {
    value = ''
  }
  return trimEdges(tidy(value))
}
