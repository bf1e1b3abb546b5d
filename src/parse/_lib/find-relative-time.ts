import {
  chineseRelativeUnits,
  justNowWords,
  type RelativeUnit,
  relativeDays,
  relativeOneWords,
  relativeUnits,
} from '../vocabulary/dates.js'
import { defaultDatePatterns } from './date-patterns.js'
import { readChineseClock, readChineseNumber, readClock, type TimeOfDay } from './read-time.js'

/**
 * A relative time found in a text (`2 hours ago`, `yesterday at 9:15`, `3天前`,
 * `昨天 10:30`, `刚刚`): how long before the moment the page was read it names.
 */
export interface RelativeTimeMatch {
  /** Offset of its first character in the searched text. */
  start: number
  /** Offset just past its last character. */
  end: number
  /** The text as printed. */
  text: string
  /** How many units before the reference moment: 2 for `2 hours ago`, 1 for `yesterday`. */
  amount: number
  unit: RelativeUnit
  /** The time of day printed with a named day (`昨天 10:30`, `yesterday at 9:15 am`). */
  time?: TimeOfDay
}

// Words as alternatives, longest first so that `hours` is tried before `h`.
function alternativesOf(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|')
}

const { cjkClock, cjkNumber, clock } = defaultDatePatterns

// An amount in figures or words; 两 is two, 半 a half.
const cjkAmount = `\\d{1,3}|${cjkNumber}|[两兩]|半`

// "2 hours ago", "an hour ago", "5 mins. ago", "3h ago"; "yesterday at 9:15 am",
// "today, 10:30"; "just now".
const englishPattern = new RegExp(
  `(?<![a-z\\d])(?:(?<amount>\\d{1,3}|${alternativesOf(relativeOneWords)})\\s*(?<unit>${alternativesOf(Object.keys(relativeUnits))})\\.?\\s+ago|(?<day>${alternativesOf(Object.keys(relativeDays).filter((word) => /^[a-z]/.test(word)))})(?:\\s*(?:,\\s*)?(?:at\\s+)?(?<time>${clock}))?|(?<now>${alternativesOf(justNowWords.filter((word) => /^[a-z]/.test(word)).map((word) => word.replace(/ /g, '\\s+')))}))(?![a-z])`,
  'gi',
)

// "3天前", "2小时前", "半小时前", "两个月前"; "昨天 10:30", "前天下午3点"; "刚刚".
const chinesePattern = new RegExp(
  `(?<!\\d)(?<amount>${cjkAmount})\\s*(?<unit>${alternativesOf(Object.keys(chineseRelativeUnits))})\\s*前(?!往)|(?<day>${alternativesOf(Object.keys(relativeDays).filter((word) => !/^[a-z]/.test(word)))})(?:\\s*(?<cjkTime>${cjkClock}))?|(?<now>${alternativesOf(justNowWords.filter((word) => !/^[a-z]/.test(word)))})`,
  'g',
)

// Half of each unit, in the next smaller one.
const halves: Readonly<Record<RelativeUnit, { amount: number; unit: RelativeUnit }>> = {
  second: { amount: 0, unit: 'second' },
  minute: { amount: 30, unit: 'second' },
  hour: { amount: 30, unit: 'minute' },
  day: { amount: 12, unit: 'hour' },
  week: { amount: 84, unit: 'hour' },
  month: { amount: 15, unit: 'day' },
  year: { amount: 6, unit: 'month' },
}

/**
 * Find the first relative time in a text: `2 hours ago`, `5 mins ago`, `an hour ago`,
 * `yesterday`, `yesterday at 9:15 am`, `just now`, `3天前`, `2小时前`, `半小时前`,
 * `昨天 10:30`, `刚刚`. It is never a date by itself: only a reference moment given by
 * the caller turns it into one (see `resolveRelativeTime`).
 *
 * @param text - a line or a part of one.
 * @returns the first relative time, or `undefined` when the text holds none.
 * @example
 *   findRelativeTime('By Jane Doe · 2 hours ago')
 *   //=> { start: 14, end: 25, text: '2 hours ago', amount: 2, unit: 'hour' }
 */
export function findRelativeTime(text: string): RelativeTimeMatch | undefined {
  // The first match of each pattern; of the two, the one printed first.
  const english = firstMatch(englishPattern, text)
  const chinese = firstMatch(chinesePattern, text)
  const match = chinese && (!english || chinese.index < english.index) ? chinese : english
  if (!match) return undefined
  const groups = match.groups ?? {}
  const start = match.index
  const end = start + match[0].length
  const printed = { start, end, text: text.slice(start, end) }
  if (groups.now !== undefined) return { ...printed, amount: 0, unit: 'second' }
  if (groups.day !== undefined) {
    const days = relativeDays[groups.day.toLowerCase()] ?? 0
    const time =
      groups.time !== undefined
        ? readClock(groups.time)
        : groups.cjkTime !== undefined
          ? readChineseClock(groups.cjkTime)
          : undefined
    return { ...printed, amount: Math.abs(days), unit: 'day', ...(time ? { time } : {}) }
  }
  const unitText = (groups.unit ?? '').toLowerCase()
  const unit = relativeUnits[unitText] ?? chineseRelativeUnits[unitText] ?? 'day'
  const amountText = (groups.amount ?? '').toLowerCase()
  // 半小时前 is half an hour: thirty minutes; 半天前 twelve hours, 半年前 six months.
  if (amountText === '半') return { ...printed, ...halves[unit] }
  const amount = relativeOneWords.includes(amountText)
    ? 1
    : readChineseNumber(amountText.replace(/[两兩]/g, '二'))
  return { ...printed, amount, unit }
}

function firstMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0
  const match = pattern.exec(text)
  pattern.lastIndex = 0
  return match
}
