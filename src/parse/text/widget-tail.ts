import { counterForms, widgetWords } from './byline-words.js'
import { escapePattern } from './word-pattern.js'

/** A value with the widget words and counters printed after it taken off. */
export interface WidgetTail {
  /** The value without them. */
  value: string
  /** What was taken off, as printed (`举报`, `12 Comments`, `Large Medium Small Print`). */
  widget: string
}

const words = [...widgetWords]
  .sort((a, b) => b.length - a.length)
  .map((word) => {
    const source = escapePattern(word).replace(/ /g, '\\s+')
    // A Latin word stands apart from the letters before it ("Share", not "Timeshare"); so
    // does a single Chinese character ("大", but not the last character of "华中").
    if (/^[a-z]/i.test(word)) return `(?<![\\p{L}\\p{N}])${source}`
    return word.length === 1 ? `(?<![\\p{L}\\p{N}])${source}` : source
  })
// A number not preceded by another digit, so that a search starts once per number.
const counters = counterForms.map((form) => form.replace(/#/g, '(?<![\\d,.])\\d[\\d,.]*[万萬kK]?'))
// One widget word or counter at the end of a text, perhaps in brackets ("【打印】").
const last = new RegExp(
  `(?:[[【(（]\\s*)?(?:${[...counters, ...words].join('|')})(?:\\s*[\\]】)）])?$`,
  'iu',
)
// A cheap test for the tail's words and numbers, so that most values skip the search.
const hint = new RegExp(
  `\\d|${[...widgetWords].map((word) => escapePattern(word.split(' ')[0] ?? word)).join('|')}`,
  'i',
)

/** The most characters at a value's end that are searched for widget words. */
export const widgetTailLength = 60

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
  const from = Math.max(0, value.length - widgetTailLength)
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
