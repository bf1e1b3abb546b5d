import { HttpUrl } from '../../schema/http-url.js'
import type { Organization } from '../../schema/organization.js'
import { type SiteProfile, VocabularyAdditions } from '../../schema/site-profile.js'
import { checkLimitNames } from '../_lib/check-limit-names.js'
import { checkOption, checkOptionsObject, optionalBoolean } from '../_lib/check-option.js'
import { checkSchemaOption } from '../_lib/check-schema-option.js'
import { compiledOnce } from '../_lib/compiled-once.js'
import {
  type InputOptions,
  type ResolvedInputOptions,
  resolveInputOptions,
} from '../_lib/input-options.js'
import { resolveTimeZone } from '../_lib/parser-options.js'
import type { BuiltInProfileName } from '../profiles/built-in-profiles.js'
import { profileVocabulary, resolveProfile } from '../profiles/resolve-profile.js'
import type { ProvenanceOptions } from '../provenance.js'
import { extendVocabulary } from '../vocabulary/extend-vocabulary.js'
import type { LabelDictionary, LabelField } from '../vocabulary/labels.js'
import { defaultVocabulary, type Vocabulary } from '../vocabulary/vocabulary.js'
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
   * The same as `vocabulary.labels`.
   */
  labels?: Partial<Record<LabelField, ReadonlyArray<string>>> | null | undefined
  /**
   * Words to add to the vocabulary the page is read with, by family, such as
   * `{ roles: { jobs: ['anchor'] }, widgets: { share: ['Mastodon'] } }`: lists are
   * appended to `defaultVocabulary`'s, a label word given for one field leaves the
   * others, furniture entries (lines as printed, or `/patterns/`) are added, and
   * thresholds replace the default ones by name (default: none; see `VocabularyAdditions`).
   */
  vocabulary?: VocabularyAdditions | null | undefined
  /**
   * What to know about the site the page comes from: a `SiteProfile` (such as one read
   * from a JSON file) or a built-in profile's name, `'generic'` or `'cccme'`. Its
   * vocabulary and furniture are added before `labels` and `vocabulary`; its time zone
   * and language apply unless `timeZone` or `language` is given; its date order reads
   * all-figure dates; its publisher becomes the article's (default: none).
   */
  profile?: SiteProfile | BuiltInProfileName | null | undefined
  /**
   * The moment the page was saved or fetched, as an ISO 8601 date-time string
   * (`'2021-06-03T10:00:00Z'`) or a `Date`: a relative time in the page's header
   * (`2 hours ago`, `3天前`) is counted back from it and dates the article when no
   * printed date does (default: none; without it a relative time never dates the article).
   */
  referenceDate?: string | Date | null | undefined
  /** A file name for the message of a thrown `ArticleParseError` (default: none). */
  file?: string | null | undefined
}

/** The options with their defaults applied and checked. */
export interface ResolvedTextOptions extends ResolvedInputOptions {
  timeZone: string
  language: PageLanguage | undefined
  url: string | undefined
  labels: Partial<LabelDictionary> | undefined
  /** The vocabulary the page is read with: the default, extended by the options. */
  vocabulary: Vocabulary
  /** How the site prints all-figure dates, from the profile. */
  dateOrder: 'day-month' | 'month-day' | undefined
  /** The site's publisher, from the profile. */
  publisher: Organization | undefined
  /** Whether to return the provenance of each field. */
  provenance: boolean
  /** The moment relative times are counted back from, when given. */
  referenceDate: Date | undefined
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
 *   unknown label or `maxInputLength` is not a whole number of 0 or more, or `profile`
 *   or `vocabulary` has an unknown key or a bad value (the message names its key path),
 *   or `referenceDate` is not a valid ISO 8601 date-time.
 */
export function resolveTextOptions(
  options: TextParseOptions | null | undefined,
): ResolvedTextOptions {
  const { timeZone, language, url, labels, vocabulary, profile, provenance, referenceDate } =
    checkOptionsObject(options)
  const site: SiteProfile = profile === undefined || profile === null ? {} : resolveProfile(profile)
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
  const checkedLabels = checkLabels(labels)
  const input = resolveInputOptions(options)
  return {
    encoding: input.encoding,
    maxInputLength: input.maxInputLength,
    file: input.file,
    timeZone: resolveTimeZone(timeZone ?? site.timeZone),
    language: language ?? site.language,
    url: pageUrl,
    labels: checkedLabels,
    provenance: optionalBoolean('provenance', provenance) ?? false,
    vocabulary: extendVocabulary(
      extendVocabulary(
        profile === undefined || profile === null ? defaultVocabulary : profileVocabulary(site),
        checkedLabels && labelAdditionsOf(checkedLabels),
      ),
      checkVocabulary(vocabulary),
    ),
    dateOrder: site.dateOrder,
    publisher: site.publisher,
    referenceDate: checkReferenceDate(referenceDate),
  }
}

// An ISO 8601 date-time: a day, a time, and a zone (Z or an offset), as `Date` reads it.
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/

function checkReferenceDate(value: unknown): Date | undefined {
  if (value === undefined || value === null) return undefined
  checkOption(
    typeof value === 'string' || value instanceof Date,
    'referenceDate',
    value,
    'an ISO 8601 date-time string or a Date',
  )
  const date = value instanceof Date ? value : new Date(value as string)
  checkOption(
    (value instanceof Date || isoDateTime.test(value as string)) && !Number.isNaN(date.getTime()),
    'referenceDate',
    value,
    'a valid date-time such as "2021-06-03T10:00:00Z"',
    'range',
  )
  return date
}

// The labels option is the vocabulary's labels: the same additions object for the same
// labels object, so the vocabulary made from it is made once.
const labelAdditionsOf = compiledOnce(
  (labels: Partial<LabelDictionary>): VocabularyAdditions => ({
    labels: labels as NonNullable<VocabularyAdditions['labels']>,
  }),
)

function checkVocabulary(vocabulary: unknown): VocabularyAdditions | undefined {
  if (vocabulary === undefined || vocabulary === null) return undefined
  checkOption(
    typeof vocabulary === 'object' && !Array.isArray(vocabulary),
    'vocabulary',
    vocabulary,
    'an object of word families such as { roles: { jobs: ["anchor"] } }',
  )
  const additions = checkSchemaOption(VocabularyAdditions, 'vocabulary', vocabulary as object)
  checkLimitNames(additions, 'vocabulary')
  return additions
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
