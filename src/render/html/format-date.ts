import { TZDate } from '@date-fns/tz'
import { UTCDate } from '@date-fns/utc'
import type { Locale } from 'date-fns'
import { format } from 'date-fns/format'
import { enUS } from 'date-fns/locale/en-US'
import { zhCN } from 'date-fns/locale/zh-CN'

/** The date-fns locales for the languages articles are written in. */
export const dateLocales: Readonly<Record<'en' | 'zh', Locale>> = { en: enUS, zh: zhCN }

/** How dates and date-times are printed, per language (date-fns format patterns). */
export const datePatterns: Readonly<Record<'en' | 'zh', { date: string; dateTime: string }>> = {
  en: { date: 'MMMM d, yyyy', dateTime: 'MMMM d, yyyy HH:mm' },
  zh: { date: 'yyyy年M月d日', dateTime: 'yyyy年M月d日 HH:mm' },
}

/**
 * Print an article's date for readers: `October 13, 2014` or `2014年10月13日`, with the
 * time when the date has one, in the article's own time zone (the offset it was written
 * with) unless a zone is given.
 *
 * @param iso - the date as the model holds it (`2014-10-13` or `2014-10-13T17:00:00+08:00`).
 * @param language - `en` or `zh`.
 * @param timeZone - an IANA zone to print the time in (default: the date's own offset).
 * @param locale - a date-fns locale to print with (default: by `language`).
 * @returns the printed date.
 */
export function formatArticleDate(
  iso: string,
  language: 'en' | 'zh',
  timeZone?: string,
  locale?: Locale,
): string {
  const { date, dateTime } = datePatterns[language]
  const options = { locale: locale ?? dateLocales[language] }
  if (iso.length === 10) return format(wallClock(iso), date, options)
  // In its own zone, a date-time is printed as written: its wall-clock fields are read
  // as they stand, with no zone arithmetic.
  if (timeZone === undefined) return format(wallClock(iso), dateTime, options)
  return format(new TZDate(iso, timeZone), dateTime, options)
}

// `2014-10-13` or `2014-10-13T17:00:00+08:00` as a date holding the same fields in UTC,
// printed in UTC: the same on every machine, whatever its own zone and its summer time
// (a local 02:30 that a spring-forward skips would print as 03:30). The fields are set
// one by one, as the Date constructor reads years 0 to 99 as 1900 to 1999.
function wallClock(iso: string): Date {
  const field = (start: number) => Number(iso.slice(start, start + 2))
  const date = new Date(0)
  date.setUTCFullYear(Number(iso.slice(0, 4)), field(5) - 1, field(8))
  if (iso.length > 10) date.setUTCHours(field(11), field(14), field(17), 0)
  return new UTCDate(date.getTime())
}
