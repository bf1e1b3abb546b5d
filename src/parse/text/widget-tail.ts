import { compiledOnce } from '../_lib/compiled-once.js'
import { escapePattern, wordAlternation } from '../_lib/word-pattern.js'
import { defaultVocabulary, type Vocabulary } from '../vocabulary/vocabulary.js'

/** A value with the widget words and counters printed after it taken off. */
export interface WidgetTail {
  /** The value without them. */
  value: string
  /** What was taken off, as printed (`举报`, `12 Comments`, `Large Medium Small Print`). */
  widget: string
}

const patternsOf = compiledOnce((vocabulary: Vocabulary) => {
  const widgets = vocabulary.widgets
  // Network names in share widgets (`Telegram`, `微博`) also end outlets' names ("The
  // Daily Telegram"): only share words that name an action are taken off a value.
  const widgetWords = [
    ...widgets.sizes,
    ...widgets.buttons,
    ...widgets.comments,
    ...widgets.reports,
    ...widgets.share.filter((word) => /^(?:share|分享|收藏)/i.test(word)),
  ]
  // A Latin word or a single character stands apart from the letters before it ("Share",
  // not "Timeshare"; "大", not the last character of "华中"); a longer Chinese word may be
  // glued to the value ("求是网参与互动").
  const gluedWords = widgetWords.filter((word) => /^\p{Script=Han}{2,}$/u.test(word))
  const apartWords = widgetWords.filter((word) => !gluedWords.includes(word))
  const words = `(?<![\\p{L}\\p{N}])(?:${wordAlternation(apartWords)})|${wordAlternation(gluedWords)}`
  // A number not preceded by another digit, so that a search starts once per number.
  const counters = widgets.counterForms.map((form) =>
    form.replace(/#/g, '(?<![\\d,.])\\d[\\d,.]*[万萬kK]?'),
  )
  const widget = `(?:${[...counters, words].join('|')})(?:\\s*[\\]】)）])?`
  return {
    /** One widget word or counter at the end of a text, perhaps in brackets ("【打印】"). */
    last: new RegExp(`(?:[[【(（]\\s*)?${widget}$`, 'iu'),
    /**
     * Whether `last` matches a text: tried at the text's end only (sticky, from there),
     * looking behind, where `last` is tried at every character.
     */
    endsWithWidget: new RegExp(`(?<=${widget})$`, 'iuy'),
    /** A cheap test for the tail's words and numbers, so that most values skip the search. */
    hint: new RegExp(
      `\\d|${widgetWords.map((word) => escapePattern(word.split(' ')[0] ?? word)).join('|')}`,
      'i',
    ),
  }
})
patternsOf(defaultVocabulary)

/**
 * Take widget words and counters off the end of a value, where pages print their share,
 * print, report and font-size buttons and their read and comment counters beside a
 * source or a byline: `来源：某某日报 举报`, `编辑：张三 有1234位读者读过`, `作者：李四 阅读
 * 5678`, `Source: Example Daily Share this article`, `By Jane Doe 12 Comments`.
 *
 * @param value - a tidied value.
 * @param vocabulary - the widget words and the tail's length (default: `defaultVocabulary`).
 * @returns the value and what was taken off it. When nothing but widget words would be
 *   left, a Latin value (`Large Medium Small`) is all widget and a Chinese one (`中`) is
 *   kept whole.
 * @example
 *   cutWidgetTail('某某日报 举报') //=> { value: '某某日报', widget: '举报' }
 */
export function cutWidgetTail(
  value: string,
  vocabulary: Vocabulary = defaultVocabulary,
): WidgetTail {
  const { last, hint, endsWithWidget } = patternsOf(vocabulary)
  const from = Math.max(0, value.length - vocabulary.thresholds.widgetTailLength)
  if (!hint.test(value.slice(from))) return { value, widget: '' }
  const whole = value.trimEnd().length
  const tail = value.slice(from, whole)
  endsWithWidget.lastIndex = tail.length
  if (!endsWithWidget.test(tail)) return { value, widget: '' }
  // Widget words are taken off one at a time, from the end, as long as some are left.
  let end = whole
  for (let found = last.exec(value.slice(from, end)); found; ) {
    const start = from + found.index
    if (start === 0) {
      // A value of nothing but Latin widget words ("Large Medium Small") is no value; a
      // Chinese one ("中") may be a name.
      return /^[a-z]/i.test(value) ? { value: '', widget: value.trim() } : { value, widget: '' }
    }
    end = value.slice(0, start).trimEnd().length
    found = end > from ? last.exec(value.slice(from, end)) : null
  }
  if (end === whole) return { value, widget: '' }
  return { value: value.slice(0, end), widget: value.slice(end).trim() }
}
