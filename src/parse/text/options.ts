import { HttpUrl } from '../../schema/http-url.js'
import { checkOption, checkOptionsObject, optionalBoolean } from '../_lib/check-option.js'
import {
  type InputOptions,
  type ResolvedInputOptions,
  resolveInputOptions,
} from '../_lib/input-options.js'
import { resolveTimeZone } from '../_lib/parser-options.js'
import type { ProvenanceOptions } from '../provenance.js'
import type { LabelDictionary, LabelField } from '../vocabulary/labels.js'
import type { PageLanguage } from './language.js'

/** Options for `parseText`. */
export interface TextParseOptions extends InputOptions, ProvenanceOptions {
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
export interface ResolvedTextOptions extends ResolvedInputOptions {
  timeZone: string
  language: PageLanguage | undefined
  url: string | undefined
  labels: Partial<LabelDictionary> | undefined
  provenance: boolean
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
 *   `url` not an http or https URL, `labels` names an unknown field, `encoding` is an
 *   unknown label or `maxInputLength` is not a whole number of 0 or more.
 */
export function resolveTextOptions(
  options: TextParseOptions | null | undefined,
): ResolvedTextOptions {
  const { timeZone, language, url, labels, provenance } = checkOptionsObject(options)
  checkOption(
    language === undefined || language === null || language === 'en' || language === 'zh',
    'language',
    language,
    '"en" or "zh"',
    typeof language === 'string' ? 'range' : 'type',
  )
  let pageUrl: string | undefined
  if (url !== undefined && url !== null) {
    const result = HttpUrl.safeParse(url)
    checkOption(
      result.success,
      'url',
      url,
      'an http or https URL',
      typeof url === 'string' ? 'range' : 'type',
    )
    pageUrl = result.data
  }
  return {
    ...resolveInputOptions(options),
    timeZone: resolveTimeZone(timeZone),
    language: language ?? undefined,
    url: pageUrl,
    labels: checkLabels(labels),
    provenance: optionalBoolean('provenance', provenance) ?? false,
  }
}

function checkLabels(labels: unknown): Partial<LabelDictionary> | undefined {
  if (labels === undefined || labels === null) return undefined
  checkOption(
    typeof labels === 'object' && !Array.isArray(labels),
    'labels',
    labels,
    'an object of word lists such as { source: ["Quelle"] }',
  )
  for (const [field, words] of Object.entries(labels as object)) {
    checkOption(
      fields.includes(field as LabelField),
      `labels.${field}`,
      words,
      `a field among ${fields.join(', ')}`,
      'range',
    )
    checkOption(
      Array.isArray(words) && words.every((word) => typeof word === 'string' && word.trim() !== ''),
      `labels.${field}`,
      words,
      'a list of non-empty strings',
    )
  }
  return labels as Partial<LabelDictionary>
}
