// The ways the project's fixtures write a date, so that a generated page writes its own
// date the way its template did.

/** A calendar date and a time of day, as written on a page. */
export interface PageDate {
  year: number
  /** 1 to 12. */
  month: number
  /** 1 to 31. */
  day: number
  hour: number
  minute: number
}

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const chineseWeekdays = '日一二三四五六'
const month = months.join('|')
const weekday = weekdays.join('|')

const pad = (value: number): string => String(value).padStart(2, '0')
const weekdayOf = (date: PageDate): number =>
  new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()
const time = (date: PageDate): string => `${pad(date.hour)}:${pad(date.minute)}`
const english = (date: PageDate): string => `${months[date.month - 1]} ${date.day}, ${date.year}`
const iso = (date: PageDate): string => `${date.year}-${pad(date.month)}-${pad(date.day)}`
const chinese = (date: PageDate): string => `${date.year}年${date.month}月${date.day}日`

/**
 * The date forms, most specific first: the pattern that finds one (without flags) and how
 * to write a date in it.
 */
export const dateForms: ReadonlyArray<{ pattern: RegExp; write: (date: PageDate) => string }> = [
  {
    pattern: /\d{4}年\d{2}月\d{2}日 星期[一二三四五六日天]/,
    write: (d) =>
      `${d.year}年${pad(d.month)}月${pad(d.day)}日 星期${chineseWeekdays[weekdayOf(d)]}`,
  },
  { pattern: /\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/, write: (d) => `${chinese(d)} ${time(d)}` },
  {
    pattern: /\d{4}年\d{2}月\d{2}日/,
    write: (d) => `${d.year}年${pad(d.month)}月${pad(d.day)}日`,
  },
  { pattern: /\d{4}年\d{1,2}月\d{1,2}日/, write: chinese },
  // The Republic of China's years, counted from 1912.
  {
    pattern: /(?<!\d)\d{2,3}年\d{1,2}月\d{1,2}日/,
    write: (d) => `${d.year - 1911}年${d.month}月${d.day}日`,
  },
  { pattern: /\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/, write: (d) => `${iso(d)} ${time(d)}:00` },
  { pattern: /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/, write: (d) => `${iso(d)} ${time(d)}` },
  { pattern: /\d{4}-\d{2}-\d{2}/, write: iso },
  {
    pattern: new RegExp(`\\d{2}:\\d{2}, (?:${month}) \\d{1,2}, \\d{4}`),
    write: (d) => `${time(d)}, ${english(d)}`,
  },
  {
    pattern: new RegExp(`(?:${weekday}), (?:${month}) \\d{1,2}, \\d{4}`),
    write: (d) => `${weekdays[weekdayOf(d)]}, ${english(d)}`,
  },
  { pattern: new RegExp(`(?:${month}) \\d{1,2}, \\d{4}`), write: english },
]

const anyFormSource = dateForms.map((form) => `(${form.pattern.source})`).join('|')
const anyForm = new RegExp(anyFormSource, 'g')
const someForm = new RegExp(anyFormSource)

/**
 * Write a date in place of every date in a text, each in the form it was written in.
 *
 * @param text - a part of a page.
 * @param date - the date to write.
 * @returns the text with its dates replaced.
 * @example
 *   redate('Add Time:2016-05-12 09:30:00', { year: 2009, month: 1, day: 2, hour: 8, minute: 5 })
 *   //=> 'Add Time:2009-01-02 08:05:00'
 */
export function redate(text: string, date: PageDate): string {
  return text.replace(anyForm, (...groups: unknown[]) => {
    const index = groups.slice(1, dateForms.length + 1).findIndex((group) => group !== undefined)
    return dateForms[index]?.write(date) ?? String(groups[0])
  })
}

/**
 * Whether a text holds a date in one of the {@link dateForms}.
 *
 * @param text - a part of a page.
 * @returns whether a date was found.
 */
export function holdsDate(text: string): boolean {
  return someForm.test(text)
}
