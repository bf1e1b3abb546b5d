import { HttpUrl } from '../../schema/http-url.js'
import { isTimeZone } from '../../schema/time-zone.js'
import type { LabelDictionary, LabelField } from './labels.js'
import type { PageLanguage } from './language.js'

/** Options for `parseText`. */
export interface TextParseOptions {
  /**
   * The IANA time zone the page's times are printed in; a date-time gets this zone's
   * offset at that moment (default: `'Asia/Shanghai'`).
   */
  timeZone?: string | null | undefined
  /** The page's language, `'en'` or `'zh'` (default: detected from the script of the text). */
  language?: PageLanguage | null | undefined
  /** The page's address: becomes the article's `url`, and its `id` (default: none). */
  url?: string | null | undefined
  /**
   * More label words per field, for sites with labels of their own, such as
   * `{ source: ['Quelle'], ignored: ['Likes'] }` (default: none; see `defaultLabels`).
   */
  labels?: Partial<Record<LabelField, ReadonlyArray<string>>> | null | undefined
  /** A file name for the message of a thrown `ArticleParseError` (default: none). */
  file?: string | null | undefined
}

/** The options with their defaults applied and checked. */
export interface ResolvedTextOptions {
  timeZone: string
  language: PageLanguage | undefined
  url: string | undefined
  labels: Partial<LabelDictionary> | undefined
  file: string | undefined
}

const fields: ReadonlyArray<LabelField> = [
  'source',
  'author',
  'editor',
  'published',
  'updated',
  'ignored',
]

/**
 * Check the options of `parseText` and apply their defaults.
 *
 * @param options - what the caller passed.
 * @returns the resolved options.
 * @throws {TypeError} when `options` or one of its fields has the wrong type.
 * @throws {RangeError} when `timeZone` is not an IANA zone, `language` not `en` or `zh`,
 *   or `url` not an http or https URL.
 */
export function resolveTextOptions(
  options: TextParseOptions | null | undefined,
): ResolvedTextOptions {
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new TypeError(`Invalid \`options\` ${String(options)}: expected an object or undefined`)
  }
  const { timeZone = 'Asia/Shanghai', language, url, labels, file } = options ?? {}
  const zone = timeZone ?? 'Asia/Shanghai'
  if (typeof zone !== 'string' || !isTimeZone(zone)) {
    throw new RangeError(
      `Invalid \`timeZone\` ${JSON.stringify(zone)}: expected an IANA zone such as "Asia/Shanghai"`,
    )
  }
  if (language !== undefined && language !== null && language !== 'en' && language !== 'zh') {
    throw new RangeError(`Invalid \`language\` ${JSON.stringify(language)}: expected "en" or "zh"`)
  }
  let pageUrl: string | undefined
  if (url !== undefined && url !== null) {
    const result = HttpUrl.safeParse(url)
    if (!result.success) {
      throw new RangeError(`Invalid \`url\` ${JSON.stringify(url)}: expected an http or https URL`)
    }
    pageUrl = result.data
  }
  if (file !== undefined && file !== null && typeof file !== 'string') {
    throw new TypeError(`Invalid \`file\` ${String(file)}: expected a string`)
  }
  return {
    timeZone: zone,
    language: language ?? undefined,
    url: pageUrl,
    labels: checkLabels(labels),
    file: file ?? undefined,
  }
}

function checkLabels(labels: TextParseOptions['labels']): Partial<LabelDictionary> | undefined {
  if (labels === undefined || labels === null) return undefined
  if (typeof labels !== 'object') {
    throw new TypeError(`Invalid \`labels\` ${String(labels)}: expected an object of word lists`)
  }
  for (const [field, words] of Object.entries(labels)) {
    if (!fields.includes(field as LabelField)) {
      throw new RangeError(
        `Invalid \`labels.${field}\`: expected one of the fields ${fields.join(', ')}`,
      )
    }
    if (
      !Array.isArray(words) ||
      words.some((word) => typeof word !== 'string' || word.trim() === '')
    ) {
      throw new TypeError(`Invalid \`labels.${field}\`: expected a list of non-empty strings`)
    }
  }
  return labels as Partial<LabelDictionary>
}
