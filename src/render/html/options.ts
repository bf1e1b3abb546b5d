import type { Locale } from 'date-fns'
import { invalidArgument, readOptions } from '../../schema/_lib/options.js'
import { isTimeZone } from '../../schema/time-zone.js'
import { defaultHtmlLabels, type HtmlLabels } from './labels.js'

/** How a whole HTML page is made around the article (option `document`). */
export interface DocumentOptions {
  /** The page's `<title>` (default: the headline). */
  title?: string | null | undefined
  /**
   * The default stylesheet: `'inline'` in a `<style>` element, `'link'` to
   * `stylesheetUrl`, or `'none'` (default: `'inline'`).
   */
  stylesheet?: 'inline' | 'link' | 'none' | null | undefined
  /** Where the stylesheet is, for `stylesheet: 'link'` (default: `'styles.css'`). */
  stylesheetUrl?: string | null | undefined
}

/** Options for `toHast` and `renderHtml`. */
export interface HtmlOptions {
  /** Make a whole HTML5 page rather than an `<article>` element (default: `false`). */
  document?: boolean | DocumentOptions | null | undefined
  /** Levels to move the headline (and every heading below it) down: `1` makes it `<h2>` (default: `0`). */
  headingOffset?: number | null | undefined
  /** Add a JSON-LD `<script>` describing the article for search engines (default: `true`). */
  jsonLd?: boolean | null | undefined
  /** The IANA zone to print times in (default: the zone each date was written with). */
  timeZone?: string | null | undefined
  /** A date-fns locale to print dates with (default: by the article's language). */
  locale?: Locale | null | undefined
  /** Words to print instead of the defaults (default: by the article's language). */
  labels?: Partial<HtmlLabels> | null | undefined
  /** `target` of links to other sites, such as `'_blank'` (default: none). */
  linkTarget?: string | null | undefined
  /** `rel` of links to other sites (default: `['noopener', 'noreferrer']` with a `linkTarget`, else none). */
  rel?: ReadonlyArray<string> | null | undefined
  /** Base URL that relative links and images are resolved against (default: kept relative). */
  baseUrl?: string | null | undefined
  /** The prefix of every class (default: `'news-article'`). */
  classPrefix?: string | null | undefined
}

/** The options with their defaults applied and checked. */
export interface ResolvedHtmlOptions {
  document: Required<{ [K in keyof DocumentOptions]: NonNullable<DocumentOptions[K]> }> | undefined
  headingOffset: number
  jsonLd: boolean
  timeZone: string | undefined
  locale: Locale | undefined
  labels: Partial<HtmlLabels>
  linkTarget: string | undefined
  rel: ReadonlyArray<string> | undefined
  baseUrl: string | undefined
  classPrefix: string
}

/** The options `toHast` and `renderHtml` take. */
const htmlOptionNames = [
  'document',
  'headingOffset',
  'jsonLd',
  'timeZone',
  'locale',
  'labels',
  'linkTarget',
  'rel',
  'baseUrl',
  'classPrefix',
] as const satisfies ReadonlyArray<keyof HtmlOptions>

/** The options of `document`. */
const documentOptionNames = [
  'title',
  'stylesheet',
  'stylesheetUrl',
] as const satisfies ReadonlyArray<keyof DocumentOptions>

/** The values of `document.stylesheet`. */
const stylesheets = ['inline', 'link', 'none'] as const

/** The keys of `labels`: those of the built-in labels. */
const labelNames = Object.keys(defaultHtmlLabels.en) as Array<keyof HtmlLabels>

/**
 * Check the options of `toHast` and `renderHtml` and apply their defaults. A key it does
 * not know is an error, so that a typo is reported rather than ignored.
 *
 * @param options - what the caller passed.
 * @param headline - the article's headline, the page's default title.
 * @returns the resolved options.
 * @throws {TypeError | RangeError} naming the option that is wrong.
 */
export function resolveHtmlOptions(options: unknown, headline: string): ResolvedHtmlOptions {
  const given = readOptions(options, htmlOptionNames)
  const headingOffset = given.headingOffset ?? 0
  if (typeof headingOffset !== 'number') {
    throw invalidArgument('headingOffset', headingOffset, 'a whole number from 0 to 5')
  }
  if (!Number.isInteger(headingOffset) || headingOffset < 0 || headingOffset > 5) {
    throw invalidArgument('headingOffset', headingOffset, 'a whole number from 0 to 5', 'range')
  }
  const jsonLd = given.jsonLd ?? true
  if (typeof jsonLd !== 'boolean') throw invalidArgument('jsonLd', jsonLd, 'true or false')
  const timeZone = optionalString(given, 'timeZone', 'an IANA zone such as "Asia/Shanghai"')
  if (timeZone !== undefined && !isTimeZone(timeZone)) {
    throw invalidArgument('timeZone', timeZone, 'an IANA zone such as "Asia/Shanghai"', 'range')
  }
  const classPrefix =
    optionalString(given, 'classPrefix', 'a CSS class name such as "news-article"') ??
    'news-article'
  if (!/^[A-Za-z_][\w-]*$/.test(classPrefix)) {
    throw invalidArgument(
      'classPrefix',
      classPrefix,
      'a CSS class name such as "news-article"',
      'range',
    )
  }
  const baseUrl = optionalString(given, 'baseUrl', 'an http or https URL')
  if (baseUrl !== undefined && !isHttpUrl(baseUrl)) {
    throw invalidArgument('baseUrl', baseUrl, 'an http or https URL', 'range')
  }
  const linkTarget = optionalString(given, 'linkTarget', 'a browsing context such as "_blank"')
  const rel = given.rel ?? undefined
  if (
    rel !== undefined &&
    (!Array.isArray(rel) || rel.some((word) => typeof word !== 'string' || !/^[^\s]+$/.test(word)))
  ) {
    throw invalidArgument('rel', rel, 'a list of link types such as ["noopener"]')
  }
  return {
    document: readDocument(given.document, headline),
    headingOffset,
    jsonLd,
    timeZone,
    locale: readLocale(given.locale),
    labels: readLabels(given.labels),
    linkTarget,
    rel:
      (rel as ReadonlyArray<string> | undefined) ??
      (linkTarget ? ['noopener', 'noreferrer'] : undefined),
    baseUrl,
    classPrefix,
  }
}

function readDocument(value: unknown, headline: string): ResolvedHtmlOptions['document'] {
  if (value === undefined || value === null || value === false) return undefined
  if (value !== true && (typeof value !== 'object' || Array.isArray(value))) {
    throw invalidArgument('document', value, 'true, false or an object such as { title: "News" }')
  }
  const page = readOptions(value === true ? {} : value, documentOptionNames, 'document')
  const title = optionalString(page, 'title', 'a string', 'document.') ?? headline
  const stylesheet = page.stylesheet ?? 'inline'
  if (!(stylesheets as ReadonlyArray<unknown>).includes(stylesheet)) {
    throw invalidArgument(
      'document.stylesheet',
      stylesheet,
      '"inline", "link" or "none"',
      typeof stylesheet === 'string' ? 'range' : 'type',
    )
  }
  const stylesheetUrl =
    optionalString(page, 'stylesheetUrl', 'a URL such as "styles.css"', 'document.') ?? 'styles.css'
  return { title, stylesheet: stylesheet as (typeof stylesheets)[number], stylesheetUrl }
}

// date-fns reads a locale's `localize`, `formatLong` and `match`: an object without them
// (a language tag such as "fr") would fail deep inside date-fns.
function readLocale(value: unknown): Locale | undefined {
  if (value === undefined || value === null) return undefined
  const locale = value as Partial<Record<keyof Locale, unknown>>
  if (
    typeof value !== 'object' ||
    typeof locale.localize !== 'object' ||
    locale.localize === null ||
    typeof locale.formatLong !== 'object' ||
    locale.formatLong === null
  ) {
    throw invalidArgument('locale', value, 'a date-fns locale such as `fr` from "date-fns/locale"')
  }
  return value as Locale
}

function readLabels(value: unknown): Partial<HtmlLabels> {
  const given = readOptions(value, labelNames, 'labels')
  const labels: Partial<HtmlLabels> = {}
  for (const key of labelNames) {
    const words = given[key]
    if (words === undefined) continue
    if (typeof words !== 'string') throw invalidArgument(`labels.${key}`, words, 'a string')
    labels[key] = words
  }
  return labels
}

// An option that is a string when given: `undefined` when absent or null.
function optionalString(
  options: Record<string, unknown>,
  key: string,
  expected: string,
  prefix = '',
): string | undefined {
  const value = options[key]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw invalidArgument(`${prefix}${key}`, value, expected)
  return value
}

function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol)
  } catch {
    return false
  }
}
