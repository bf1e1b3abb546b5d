import { escapePattern, wordAlternation } from '../_lib/word-pattern.js'
import { thresholds } from '../vocabulary/thresholds.js'
import { widgetVocabulary } from '../vocabulary/widgets.js'

/** A value with the widget words and counters printed after it taken off. */
export interface WidgetTail {
  /** The value without them. */
  value: string
  /** What was taken off, as printed (`举报`, `12 Comments`, `Large Medium Small Print`). */
  widget: string
}

// Network names in share widgets (`Telegram`, `微博`) also end outlets' names ("The Daily
// Telegram"): only share words that name an action are taken off a value.
const widgetWords = [
  ...widgetVocabulary.sizes,
  ...widgetVocabulary.buttons,
  ...widgetVocabulary.comments,
  ...widgetVocabulary.reports,
  ...widgetVocabulary.share.filter((word) => /^(?:share|分享|收藏)/i.test(word)),
]
// Each word stands apart from the letters before it ("Share", not "Timeshare"; "大", not
// the last character of "华中"; "举报" after a space).
const words = `(?<![\\p{L}\\p{N}])(?:${wordAlternation(widgetWords)})`
// A number not preceded by another digit, so that a search starts once per number.
const counters = widgetVocabulary.counterForms.map((form) =>
  form.replace(/#/g, '(?<![\\d,.])\\d[\\d,.]*[万萬kK]?'),
)
// One widget word or counter at the end of a text, perhaps in brackets ("【打印】").
const last = new RegExp(
  `(?:[[【(（]\\s*)?(?:${[...counters, words].join('|')})(?:\\s*[\\]】)）])?$`,
  'iu',
)
// A cheap test for the tail's words and numbers, so that most values skip the search.
const hint = new RegExp(
  `\\d|${[...widgetWords].map((word) => escapePattern(word.split(' ')[0] ?? word)).join('|')}`,
  'i',
)

/**
 * Take widget words and counters off the end of a value, where pages print their share,
 * print, report and font-size buttons and their read and comment counters beside a
 * source or a byline: `来源：某某日报 举报`, `编辑：张三 有1234位读者读过`, `作者：李四 阅读
 * 5678`, `Source: Example Daily Share this article`, `By Jane Doe 12 Comments`.
 *
 * @param value - a tidied value.
 * @returns the value and what was taken off it; the value is kept whole when nothing
 *   but widget words would be left.
 * @example
 *   cutWidgetTail('某某日报 举报') //=> { value: '某某日报', widget: '举报' }
 */
export function cutWidgetTail(value: string): WidgetTail {
  const from = Math.max(0, value.length - thresholds.widgetTailLength)
  if (!hint.test(value.slice(from))) return { value, widget: '' }
  // Widget words are taken off one at a time, from the end, as long as some are left.
  let end = value.trimEnd().length
  for (let found = last.exec(value.slice(from, end)); found; ) {
    const start = from + found.index
    if (start === 0) break
    end = value.slice(0, start).trimEnd().length
    found = end > from ? last.exec(value.slice(from, end)) : null
  }
  if (end === value.trimEnd().length) return { value, widget: '' }
  return { value: value.slice(0, end), widget: value.slice(end).trim() }
}
