/**
 * The words dates are printed with: month and weekday names, ordinal words, Chinese
 * numerals, zone names, named times of day, the words of relative times, and the names
 * of the date forms read. The date patterns are built from these lists once, when the
 * module loads.
 */

/** English month names and abbreviations, lower-case, to month numbers (1-12). */
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

/**
 * English weekday names and the abbreviations pages print (`Thu`, `Thurs`, `Tues`),
 * lower-case, to day numbers (0 Sunday to 6 Saturday).
 */
export const weekdayNames: Readonly<Record<string, number>> = {
  sunday: 0,
  sun: 0,
  monday: 1,
  mon: 1,
  tuesday: 2,
  tues: 2,
  tue: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thurs: 4,
  thur: 4,
  thu: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
}

/** The words a Chinese weekday starts with: `星期一`, `周日`, `週三`, `礼拜天`. */
export const chineseWeekdayPrefixes: ReadonlyArray<string> = ['星期', '週', '周', '礼拜', '禮拜']

/**
 * Chinese numerals as dates print them: digit by digit in years (`二〇一九年`, `二零一九年`),
 * in words in months, days and hours (`十二月`, `二十四日`, `廿四日`, `卅一日`).
 */
export const chineseNumerals: Readonly<Record<string, number>> = {
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
  十: 10,
  廿: 20,
  卅: 30,
}

/**
 * The day of a Chinese weekday after its prefix, to day numbers (0 Sunday to 6
 * Saturday): the numerals one to six (`星期一` Monday), and `日` or `天` for Sunday.
 */
export const chineseWeekdayDays: Readonly<Record<string, number>> = {
  ...Object.fromEntries(
    Object.entries(chineseNumerals).filter(([, number]) => number >= 1 && number <= 6),
  ),
  日: 0,
  天: 0,
}

/**
 * English ordinal words for the days of a month (`the fourteenth of March 2019`,
 * `March twenty-first, 2019`). A hyphenated word is also read with a space or nothing
 * between its parts.
 */
export const ordinalWords: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
  'twenty-second': 22,
  'twenty-third': 23,
  'twenty-fourth': 24,
  'twenty-fifth': 25,
  'twenty-sixth': 26,
  'twenty-seventh': 27,
  'twenty-eighth': 28,
  'twenty-ninth': 29,
  thirtieth: 30,
  'thirty-first': 31,
}

/**
 * Zone names with one offset, as minutes east of UTC: UTC and GMT, and the zones of North
 * America, Europe and Asia that news sites print after a time. CST is not one: pages in
 * China write it for China Standard Time, pages in the United States for Central time
 * (CDT and CT are US Central time only).
 * IST is not one either (India, Ireland and Israel all print it).
 */
export const zoneNames: Readonly<Record<string, number>> = {
  Z: 0,
  UT: 0,
  UTC: 0,
  GMT: 0,
  EST: -300,
  EDT: -240,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  WET: 0,
  WEST: 60,
  BST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  HKT: 480,
  SGT: 480,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
}

/**
 * Zone names that name a region whose offset changes with summer time (`11:30 p.m. ET`),
 * to the IANA zone whose offset on that day they stand for.
 */
export const zoneRegions: Readonly<Record<string, string>> = {
  ET: 'America/New_York',
  CT: 'America/Chicago',
  PT: 'America/Los_Angeles',
  MT: 'America/Denver',
}

/** Times of day printed as words (`at noon`, `at midnight`), to hours. */
export const namedTimes: Readonly<Record<string, number>> = {
  noon: 12,
  midday: 12,
  midnight: 0,
}

/**
 * Chinese parts of the day printed before a time, to the hours they add to it:
 * `下午3:20` is 15:20, `中午1点` 13:00 (`中午12点` stays 12:00), `凌晨2点` 02:00.
 */
export const chineseDayPeriods: Readonly<Record<string, 'morning' | 'noon' | 'evening'>> = {
  上午: 'morning',
  早上: 'morning',
  凌晨: 'morning',
  早: 'morning',
  中午: 'noon',
  下午: 'evening',
  晚上: 'evening',
  晚间: 'evening',
  晚間: 'evening',
  夜间: 'evening',
  夜間: 'evening',
  傍晚: 'evening',
  晚: 'evening',
}

/** The units of a relative time. */
export type RelativeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year'

/**
 * English units of a relative time (`2 hours ago`, `5 mins ago`, `3h ago`), singular,
 * plural and short, lower-case.
 */
export const relativeUnits: Readonly<Record<string, RelativeUnit>> = {
  second: 'second',
  seconds: 'second',
  sec: 'second',
  secs: 'second',
  s: 'second',
  minute: 'minute',
  minutes: 'minute',
  min: 'minute',
  mins: 'minute',
  m: 'minute',
  hour: 'hour',
  hours: 'hour',
  hr: 'hour',
  hrs: 'hour',
  h: 'hour',
  day: 'day',
  days: 'day',
  d: 'day',
  week: 'week',
  weeks: 'week',
  wk: 'week',
  wks: 'week',
  w: 'week',
  month: 'month',
  months: 'month',
  mo: 'month',
  mos: 'month',
  year: 'year',
  years: 'year',
  yr: 'year',
  yrs: 'year',
  y: 'year',
}

/** Chinese units of a relative time before `前` (`3天前`, `2小时前`, `5分钟前`). */
export const chineseRelativeUnits: Readonly<Record<string, RelativeUnit>> = {
  秒: 'second',
  秒钟: 'second',
  秒鐘: 'second',
  分: 'minute',
  分钟: 'minute',
  分鐘: 'minute',
  小时: 'hour',
  小時: 'hour',
  个小时: 'hour',
  個小時: 'hour',
  钟头: 'hour',
  鐘頭: 'hour',
  天: 'day',
  日: 'day',
  周: 'week',
  週: 'week',
  星期: 'week',
  个星期: 'week',
  個星期: 'week',
  个月: 'month',
  個月: 'month',
  年: 'year',
}

/** Words for an amount of one in an English relative time (`an hour ago`). */
export const relativeOneWords: ReadonlyArray<string> = ['a', 'an', 'one']

/**
 * Named days relative to the reference date, to the days they add to it (`yesterday`,
 * `昨天 10:30`).
 */
export const relativeDays: Readonly<Record<string, number>> = {
  today: 0,
  yesterday: -1,
  今天: 0,
  今日: 0,
  昨天: -1,
  昨日: -1,
  前天: -2,
}

/** Words for a moment ago (`just now`, `刚刚`). */
export const justNowWords: ReadonlyArray<string> = [
  'just now',
  'moments ago',
  'a moment ago',
  '刚刚',
  '剛剛',
  '刚才',
  '剛才',
]

/**
 * The names of the printed date forms that `findDates` reads, each with an example.
 *
 * - `year-month-day`: `2019-03-14 09:30`, `2019/3/14`, `2019-03-14T09:30:00+08:00`;
 * - `chinese`: `2019年3月14日 上午9:30`, `2019年3月14`, `2019年3月14日，星期四`, `14号`;
 * - `chinese-numerals`: `二〇一九年三月廿四日`;
 * - `roc-era`: `108年3月14日` on traditional-character pages;
 * - `month-day-year`: `March 14, 2019 at 9:30 a.m.`, `Mar/14/2019`, `March fourteenth, 2019`;
 * - `day-month-year`: `14 March 2019`, `14-Mar-2019`, `the fourteenth of March 2019`,
 *   `Thu, 14 Mar 2019 09:30:00 +0000`;
 * - `year-month-name-day`: `2019 March 14`, `2019, Mar 14`, `2019-Mar-14`;
 * - `asctime`: `Thu Mar 14 09:30:00 2019`;
 * - `numeric-day-month-year`: `14.03.2019`, `14.3.2019`, `3/14/2019`, `3/14/19 9:30pm`;
 * - `basic-iso`: `20190314T093000`, as a labelled value alone.
 *
 * A time may stand after the date, joined by a space, `,`, `:`, `.`, `|`, `•`, `-`, `@`
 * or `at` (`at noon`, `9h45`, `3.05 pm`, `4 a.m.`, `11:30 p.m. ET`), or before it
 * (`10:25 AM, March 5, 2019`).
 */
export const dateFormNames = [
  'year-month-day',
  'chinese',
  'chinese-numerals',
  'roc-era',
  'month-day-year',
  'day-month-year',
  'year-month-name-day',
  'asctime',
  'numeric-day-month-year',
  'basic-iso',
] as const

/** The name of a printed date form (the list is `defaultVocabulary.dates.dateFormNames`). */
export type DateForm = (typeof dateFormNames)[number]

/** The date vocabulary as one object, as the parser's vocabulary holds it. */
export const dateVocabulary = {
  monthNames,
  weekdayNames,
  chineseWeekdayPrefixes,
  chineseWeekdayDays,
  chineseNumerals,
  ordinalWords,
  zoneNames,
  zoneRegions,
  namedTimes,
  chineseDayPeriods,
  relativeUnits,
  chineseRelativeUnits,
  relativeOneWords,
  relativeDays,
  justNowWords,
  dateFormNames,
} as const

/** The shape of the date words, `defaultVocabulary.dates`. */
export type DateVocabulary = typeof dateVocabulary
