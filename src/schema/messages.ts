import { maxNesting } from './nesting.js'

/**
 * What each part of the model expects, in words a user can act on.
 *
 * Every schema in this folder reports its problems with one of these phrases, and
 * every validation issue's `message` is built from them (`expected a non-empty string`),
 * so that the wording of the whole package lives in this one table.
 */
export const expectations = {
  string: 'a string',
  nonEmptyString: 'a non-empty string',
  visibleString: 'a string with a visible character, not only white space or invisible characters',
  noControlCharacters:
    'text without control characters (U+0000-U+001F but tab and line ends, U+007F-U+009F)',
  wellFormedText:
    'text without lone surrogates (half of a UTF-16 surrogate pair, which is no character)',
  stringList: 'a list of strings',
  httpUrl: 'an http or https URL such as https://www.example.org/news/1',
  isoDate:
    'an ISO 8601 date such as 2014-10-13, or a date-time with offset such as 2014-10-13T00:00:00+08:00',
  languageTag: 'a BCP 47 language tag such as en, zh or zh-Hans',
  languageForms:
    "a BCP 47 language tag such as en or zh-CN, a locale such as zh_CN, or a language's name such as English or 中文",
  timeZone: 'an IANA time zone such as Asia/Shanghai',
  localizedNames: 'an object from BCP 47 language tags to names, such as { "zh": "商会" }',
  object: 'an object',
  list: 'a list',
  boolean: 'true or false',
  author: 'an author: an object whose type is "Person" or "Organization"',
  mention: 'a mention: an object whose type is "Person", "Organization" or "Place"',
  translations: 'a list of translations such as { "language": "zh", "label": "中文版" }',
  body: 'an mdast root such as { "type": "root", "children": [] }',
  nesting: `a value nested at most ${maxNesting} levels deep`,
  flowContent:
    'a block node: paragraph, heading, blockquote, list, code, html, table, thematicBreak, definition or footnoteDefinition',
  phrasingContent:
    'an inline node: text, emphasis, strong, delete, link, linkReference, image, imageReference, inlineCode, break, html or footnoteReference',
  listItem: 'a listItem node',
  tableRow: 'a tableRow node',
  tableCell: 'a tableCell node',
  headingDepth: 'a heading depth: a whole number from 1 to 6',
  referenceType: 'a reference type: "shortcut", "collapsed" or "full"',
  alignment: 'a list of column alignments: "left", "right", "center" or null',
  point: 'a point such as { "line": 1, "column": 1, "offset": 0 }',
  positiveInteger: 'a whole number of 1 or more',
  nonNegativeInteger: 'a whole number of 0 or more',
  nullableBoolean: 'true, false or null',
  nullableString: 'a string or null',
  nullableInteger: 'a whole number or null',
  positiveNumber: 'a number greater than 0',
  pageLanguage: '"en" or "zh"',
  dateOrder: '"day-month" or "month-day"',
  furniturePattern:
    'a line as printed, or a regular expression between slashes such as "/^Sponsored by .+$/i" (flags i and u)',
  wordList: 'a list of non-empty strings',
  monthNumber: 'a month number: a whole number from 1 to 12',
  weekdayNumber: 'a weekday number: a whole number from 0 (Sunday) to 6 (Saturday)',
  dayNumber: 'a day of the month: a whole number from 1 to 31',
  zoneOffset: 'an offset from UTC in minutes: a whole number from -720 to 840',
} as const

/** A key of {@link expectations}: one thing a value in the model can be expected to be. */
/** What a value nested too deep is reported to be: it is found at the first level past the limit. */
export const tooDeep = `a value ${maxNesting + 1} levels deep`

export type Expectation = keyof typeof expectations

/** The message of an object key that the strict model does not know. */
export const unknownKeyMessage = 'unknown key'

/**
 * Zod's `error` parameter for a schema or check that expects `what`.
 *
 * The phrase travels in the zod issue's message and becomes the user's words in
 * `toValidationIssues`.
 *
 * @param what - which expectation the schema states.
 * @returns an options object for a zod schema or check.
 * @example
 *   z.string(expect('string'))
 */
export function expect(what: Expectation): { error: () => string } {
  const phrase = expectations[what]
  return { error: () => phrase }
}
