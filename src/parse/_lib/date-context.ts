import type { DateVocabulary } from '../vocabulary/dates.js'

/** Context that decides between readings of the same digits. */
export interface DateContext {
  /** The page's language: `12/11/2020` is 11 December in English pages (default: `'en'`). */
  language?: 'en' | 'zh'
  /** Read 2- and 3-digit years before 年 as years of the Republic of China era (default: `false`). */
  rocEra?: boolean
  /**
   * Which number comes first in an all-figure date such as `12/11/2020`, as a site prints
   * it: `'month-day'` reads 11 December 2020 the US way, `'day-month'` 12 November. A first
   * number past 12 is a day either way (default: the language decides: month first for
   * `/` on English pages, day first otherwise).
   */
  dateOrder?: 'day-month' | 'month-day'
  /**
   * The words dates are printed with, as a site's vocabulary extends them (month, weekday,
   * ordinal and zone names); the forms built from each vocabulary object are kept, so pass
   * the same object for every page (default: the default date vocabulary).
   */
  dates?: DateVocabulary | undefined
}
