import { type DateParts, isRealDate } from './date-parts.js'

/** A date found in a text, with where it stands and whether it exists. */
export interface DateMatch {
  /** Offset of the first character of the date in the searched text. */
  start: number
  /** Offset just past its last character. */
  end: number
  /** The text of the date as printed. */
  text: string
  /** The date read from it. */
  parts: DateParts
  /** `false` for a date that does not exist, such as 30 February. */
  real: boolean
  /** Which form of {@link dateForms} it was written in. */
  form: DateForm
}

/** Context that decides between readings of the same digits. */
export interface DateContext {
  /** The page's language: `12/11/2020` is 11 December in English pages (default: `'en'`). */
  language?: 'en' | 'zh'
  /** Read 2- and 3-digit years before 年 as years of the Republic of China era (default: `false`). */
  rocEra?: boolean
}

/** The names of the printed date forms that {@link findDates} reads. */
export type DateForm =
  | 'year-month-day'
  | 'chinese'
  | 'roc-era'
  | 'month-day-year'
  | 'day-month-year'
  | 'time-month-day-year'
  | 'numeric-day-month-year'
  | 'year-month-name-day'
  | 'chinese-numerals'
  | 'basic-iso'

/** English month names and abbreviations, to month numbers. */
export const monthNames: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
}

/** A pattern source for an English month name or abbreviation (one capture group). */
export const monthPattern = `(${Object.keys(monthNames)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?(?![a-z])`
/** A pattern source for an English weekday, whole or shortened (`Monday`, `Thu`, `Tues.`). */
export const weekdayName = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?'
/** A pattern source for a Chinese weekday (`星期一`, `週日`, `礼拜天`). */
export const cjkWeekday = '(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]'
/** A pattern source for an optional weekday before a date (`Wednesday, `). */
export const weekdayPattern = `(?:${weekdayName}\\.?,?\\s*)?`
// A weekday that ends just before a date, for the forms that take one outside their pattern.
const weekdayBefore = new RegExp(`(?<![a-z])${weekdayName}\\.?,?\\s*$`, 'i')
// An optional weekday after a numeric date, in English or Chinese (`2014-10-13 Monday`,
// `2014-10-13 星期一`): a part of the date as printed.
const weekdayAfter = `(?:(?:\\s*,\\s*|\\s+)(?:${weekdayName}\\b\\.?|${cjkWeekday}))?`
const clock =
  '(\\d{1,2})\\s*[:：]\\s*(\\d{2})(?:\\s*[:：]\\s*(\\d{2})(?:[.,]\\d+)?)?(?:\\s*([ap])\\.?\\s*m\\b\\.?)?'
// An offset of at most 14 hours, as offsets are (`+08:00`, `+0800`, `+08`): so that the
// end of a time range (`17:00-18:00`) is not read as one.
const zone =
  '(?:\\s*(Z|[+-](?:0\\d|1[0-4])(?::?[0-5]\\d)?|(?:UTC|GMT)(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?|UT|[EMP][SD]T)(?![a-z]))?'

/**
 * Zone names a date may end with, as minutes east of UTC: UTC and GMT, and the North
 * American zones RFC 2822 names. CST and CDT are not read: pages in China write CST for
 * China Standard Time.
 */
export const zoneNames: Readonly<Record<string, number>> = {
  Z: 0,
  UT: 0,
  UTC: 0,
  GMT: 0,
  EST: -300,
  EDT: -240,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
}
// (No two runs of white space stand side by side in these patterns: a long run of spaces
// would make the search try every way to share it out.)
const cjkClock =
  '(?:(上午|下午|中午|晚上|晚间|晚間|夜间|夜間|傍晚|早上|凌晨|晚|早)\\s*)?(\\d{1,2})\\s*[:：时時]\\s*(\\d{2})(?:\\s*[:：分]\\s*(\\d{2})\\s*秒?)?分?'

// Every English form names a month: a text without a month's first letters has none.
const monthHint = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i

interface DateFormSpec {
  form: DateForm
  /** A cheap test that a text may hold this form at all. */
  hint: RegExp
  pattern: RegExp
  /** Whether a weekday may stand before the date (`Thu 08-10-2017`), outside the pattern. */
  weekdayBefore?: boolean
  read(groups: ReadonlyArray<string | undefined>, context: DateContext): DateParts | undefined
}

/**
 * The date forms read in pages, most specific first. Each reads its groups into parts;
 * where two forms match overlapping text, the one that starts first, then the longer,
 * wins.
 */
export const dateForms: ReadonlyArray<DateFormSpec> = [
  {
    // 2014-10-13 00:00:00, 2014/10/13, 2014.10.13, 2023/2/9 18:30, 2014-10-13T00:00:00+08:00,
    // Mon 2014-10-13
    form: 'year-month-day',
    hint: /\d{4}\s*[-/.]/,
    weekdayBefore: true,
    pattern: new RegExp(
      `(?<!\\d)(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?!\\d)${weekdayAfter}(?:(?:T|\\s+|\\s*,\\s*)${clock}${zone})?`,
      'gi',
    ),
    read: (g) => withTime(dateOf(g[1], g[3], g[4]), g.slice(5, 9), g[9]),
  },
  {
    // 2014年10月13日, 2014年10月13日 17:00, 2014 年 10 月 13 日 下午3时, 2016年3月20日(日) 21時40分
    form: 'chinese',
    hint: /年/,
    pattern: new RegExp(
      `(?<!\\d)(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號](?:\\s*(?:${cjkWeekday}|[(（](?:${cjkWeekday}|[一二三四五六日天])[)）]))?(?:\\s*${cjkClock})?`,
      'g',
    ),
    read: (g) => withCjkTime(dateOf(g[1], g[2], g[3]), g.slice(4, 8)),
  },
  {
    // 110年3月5日 on traditional-character pages: year 110 of the Republic is 2021.
    form: 'roc-era',
    hint: /年/,
    pattern: new RegExp(
      `(?<!\\d)(\\d{2,3})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號](?:\\s*${cjkClock})?`,
      'g',
    ),
    read: (g, context) => {
      if (!context.rocEra) return undefined
      return withCjkTime(dateOf(String(Number(g[1]) + 1911), g[2], g[3]), g.slice(4, 8))
    },
  },
  {
    // 08:12, May 19, 2022 (the time first, as news agencies print it)
    form: 'time-month-day-year',
    hint: monthHint,
    pattern: new RegExp(
      `${clock},?\\s+${weekdayPattern}${monthPattern}\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:,\\s*)?(\\d{4})(?!\\d)`,
      'gi',
    ),
    read: (g) =>
      withTime(
        dateOf(g[7], String(monthNames[(g[5] ?? '').toLowerCase()]), g[6]),
        g.slice(1, 5),
        undefined,
      ),
  },
  {
    // October 13, 2014; Oct. 13, 2014; April 17,2017; Wednesday, October 08, 2008 14:00;
    // November 29, 2016: 3:42 PM
    form: 'month-day-year',
    hint: monthHint,
    pattern: new RegExp(
      `${weekdayPattern}${monthPattern}\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:,\\s*)?(\\d{4})(?!\\d)(?:(?:,?\\s*(?:at\\s+|@\\s*)?|\\s*[-–|:]\\s*)${clock}${zone})?`,
      'gi',
    ),
    read: (g) =>
      withTime(
        dateOf(g[3], String(monthNames[(g[1] ?? '').toLowerCase()]), g[2]),
        g.slice(4, 8),
        g[8],
      ),
  },
  {
    // 17 April 2017; 9 June 2010; 12 Jun, 2024; 06-May-2020; 13/Oct/2014; Mon, 13 Oct 2014 00:00:00 +0800
    form: 'day-month-year',
    hint: monthHint,
    pattern: new RegExp(
      `${weekdayPattern}(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*|[-/.])(?:of\\s+)?${monthPattern}(?:,?\\s*|[-/.])(\\d{4})(?!\\d)(?:(?:,?\\s*(?:at\\s+|@\\s*)?)${clock}${zone})?`,
      'gi',
    ),
    read: (g) =>
      withTime(
        dateOf(g[3], String(monthNames[(g[2] ?? '').toLowerCase()]), g[1]),
        g.slice(4, 8),
        g[8],
      ),
  },
  {
    // 2014 October 13, 2014 Oct. 13 14:42
    form: 'year-month-name-day',
    hint: monthHint,
    pattern: new RegExp(
      `(?<!\\d)(\\d{4}),?\\s+${monthPattern}\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+${clock}${zone})?`,
      'gi',
    ),
    read: (g) =>
      withTime(
        dateOf(g[1], String(monthNames[(g[2] ?? '').toLowerCase()]), g[3]),
        g.slice(4, 8),
        g[8],
      ),
  },
  {
    // 二〇一四年十月十三日, 二零一四年十月十三日: years digit by digit, months and days in words.
    form: 'chinese-numerals',
    hint: /[〇零一二三四五六七八九]年/,
    pattern:
      /([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号號]/g,
    read: (g) => {
      const year = [...(g[1] ?? '')].map((char) => chineseDigits[char] ?? 0).join('')
      return dateOf(year, String(chineseNumber(g[2] ?? '')), String(chineseNumber(g[3] ?? '')))
    },
  },
  {
    // 11/17/2020 (month first in English pages unless the first number passes 12),
    // 24.11.2022 and 24-11-2022 (day first), Thu 08-10-2017
    form: 'numeric-day-month-year',
    hint: /\d[/.-]\d{1,2}[/.-]\d{4}/,
    weekdayBefore: true,
    pattern: new RegExp(
      `(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?!\\d)${weekdayAfter}(?:\\s+${clock})?`,
      'gi',
    ),
    read: (g, context) => {
      const first = Number(g[1])
      const second = Number(g[3])
      const monthFirst = g[2] === '/' && (context.language ?? 'en') === 'en' && first <= 12
      const [m, d] = monthFirst || second > 12 ? [first, second] : [second, first]
      return withTime(dateOf(g[4], String(m), String(d)), g.slice(5, 9), undefined)
    },
  },
]

/**
 * Find every date printed in a text, in the forms of {@link dateForms}.
 *
 * @param text - one line or a few, as printed.
 * @param context - the page's language and era.
 * @returns the dates in the order they stand, without overlaps; impossible dates
 *   (30 February) are included with `real: false`.
 * @example
 *   findDates('Add Time:2014-10-13 00:00:00')[0].parts
 *   //=> { year: 2014, month: 10, day: 13, time: { hour: 0, minute: 0, second: 0 } }
 */
export function findDates(input: string, context: DateContext = {}): DateMatch[] {
  // Full-width digits and colons (２０２０年５月６日 １０：２０) read as their ASCII forms;
  // each is one UTF-16 unit, so offsets stay those of the input.
  const text = /[０-９：／．－]/.test(input)
    ? input.replace(/[０-９：／．－]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    : input
  // Every form has digits, in figures or (before 年) in Chinese: a text without any has no date.
  if (!/\d/.test(text) && !/[〇零一二三四五六七八九]年/.test(text)) return []
  const found: DateMatch[] = []
  for (const spec of dateForms) {
    if (!spec.hint.test(text)) continue
    spec.pattern.lastIndex = 0
    for (const match of text.matchAll(spec.pattern)) {
      const parts = spec.read(match, context)
      if (!parts) continue
      // A weekday before a numeric date is a part of it ("Thu 08-10-2017"): looked for
      // here rather than in the patterns, which would then be tried at every letter.
      const before = spec.weekdayBefore
        ? weekdayBefore.exec(text.slice(Math.max(0, match.index - 12), match.index))
        : null
      const start = match.index - (before?.[0].length ?? 0)
      found.push({
        start,
        end: match.index + match[0].length,
        text: input.slice(start, match.index + match[0].length),
        parts,
        real: isRealDate(parts),
        form: spec.form,
      })
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: DateMatch[] = []
  for (const match of found) {
    const last = kept[kept.length - 1]
    if (last && match.start < last.end) continue
    kept.push(match)
  }
  return kept
}

const chineseDigits: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

// 一 to 三十一: a ten, units, or tens and units ("十三", "二十", "三十一").
function chineseNumber(text: string): number {
  const [tens, units] = text.includes('十') ? text.split('十') : ['', text]
  const ten = text.includes('十') ? (tens === '' ? 1 : (chineseDigits[tens ?? ''] ?? 0)) : 0
  const unit = units === '' || units === undefined ? 0 : (chineseDigits[units] ?? 0)
  return ten * 10 + unit
}

/**
 * Read a date in ISO 8601's basic format, as a labelled value may hold one alone:
 * `20141013`, `20141013T170000`, `20141013T170000+0800`. It is not looked for in
 * running text, where eight digits are as often a number.
 *
 * @param text - the whole value.
 * @returns the date, or `undefined` when the value is not one.
 */
export function readBasicIsoDate(text: string): DateParts | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    text.trim(),
  )
  if (!match) return undefined
  const parts = dateOf(match[1], match[2], match[3])
  if (match[4] === undefined) return parts
  return withTime(parts, [match[4], match[5], match[6], undefined], match[7])
}

/**
 * {@link readBasicIsoDate} as a date match covering the whole value.
 *
 * @param text - the whole value.
 * @returns the match, or `undefined`.
 */
export function matchBasicIsoDate(text: string): DateMatch | undefined {
  const parts = readBasicIsoDate(text)
  if (!parts) return undefined
  const value = text.trim()
  return {
    start: 0,
    end: value.length,
    text: value,
    parts,
    real: isRealDate(parts),
    form: 'basic-iso',
  }
}

function dateOf(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
): DateParts {
  return { year: Number(year), month: Number(month), day: Number(day) }
}

function withTime(
  parts: DateParts,
  clockGroups: ReadonlyArray<string | undefined>,
  zoneText: string | undefined,
): DateParts {
  const [hour, minute, second, meridiem] = clockGroups
  if (hour === undefined || minute === undefined) return parts
  let h = Number(hour)
  if (meridiem) {
    const pm = meridiem.toLowerCase() === 'p'
    if (h === 12) h = pm ? 12 : 0
    else if (pm) h += 12
  }
  const result: DateParts = {
    ...parts,
    time: { hour: h, minute: Number(minute), second: second === undefined ? 0 : Number(second) },
  }
  const offset = readOffset(zoneText)
  if (offset !== undefined) result.offset = offset
  return result
}

// Parts of the day printed before a Chinese time that put it after noon.
const eveningPeriods: ReadonlySet<string> = new Set([
  '下午',
  '晚上',
  '晚间',
  '晚間',
  '夜间',
  '夜間',
  '傍晚',
  '晚',
])

function withCjkTime(parts: DateParts, groups: ReadonlyArray<string | undefined>): DateParts {
  const [period, hour, minute, second] = groups
  if (hour === undefined || minute === undefined) return parts
  let h = Number(hour)
  if (period !== undefined && eveningPeriods.has(period) && h < 12) h += 12
  // Noon hours: 中午12点 is 12:00, 中午1点 is 13:00.
  if (period === '中午' && h < 11) h += 12
  return { ...parts, time: { hour: h, minute: Number(minute), second: Number(second ?? 0) } }
}

// `Z`, `+0800`, `+08:00`, `+08`, `UTC`, `GMT+3`, `UTC+05:30`, `EST` into minutes east of
// UTC; none for an offset of more than 14 hours, which no place has.
function readOffset(text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  const compact = text.replace(/\s+/g, '').toUpperCase()
  const named = zoneNames[compact]
  if (named !== undefined) return named
  const match = /^(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$/.exec(compact)
  if (!match) return undefined
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0)
  if (minutes > 14 * 60) return undefined
  return match[1] === '-' ? -minutes : minutes
}
