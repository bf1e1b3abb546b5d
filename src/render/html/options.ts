import type { Locale } from 'date-fns'
import { isTimeZone } from '../../schema/time-zone.js'
import type { HtmlLabels } from './labels.js'

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

/**
 * Check the options of `toHast` and `renderHtml` and apply their defaults.
 *
 * @param options - what the caller passed.
 * @param headline - the article's headline, the page's default title.
 * @returns the resolved options.
 * @throws {TypeError | RangeError} naming the option that is wrong.
 */
export function resolveHtmlOptions(
  options: HtmlOptions | null | undefined,
  headline: string,
): ResolvedHtmlOptions {
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new TypeError(`Invalid \`options\` ${String(options)}: expected an object or undefined`)
  }
  const {
    document,
    headingOffset = 0,
    jsonLd = true,
    timeZone,
    locale,
    labels,
    linkTarget,
    rel,
    baseUrl,
    classPrefix = 'news-article',
  } = options ?? {}
  const offset = headingOffset ?? 0
  if (!Number.isInteger(offset) || offset < 0 || offset > 5) {
    throw new RangeError(
      `Invalid \`headingOffset\` ${String(headingOffset)}: expected a whole number from 0 to 5`,
    )
  }
  if (timeZone !== undefined && timeZone !== null && !isTimeZone(timeZone)) {
    throw new RangeError(
      `Invalid \`timeZone\` ${JSON.stringify(timeZone)}: expected an IANA zone such as "Asia/Shanghai"`,
    )
  }
  const prefix = classPrefix ?? 'news-article'
  if (!/^[A-Za-z_][\w-]*$/.test(prefix)) {
    throw new RangeError(
      `Invalid \`classPrefix\` ${JSON.stringify(prefix)}: expected a CSS class name such as "news-article"`,
    )
  }
  if (baseUrl !== undefined && baseUrl !== null && !isHttpUrl(baseUrl)) {
    throw new RangeError(
      `Invalid \`baseUrl\` ${JSON.stringify(baseUrl)}: expected an http or https URL`,
    )
  }
  if (
    rel !== undefined &&
    rel !== null &&
    (!Array.isArray(rel) || rel.some((word) => typeof word !== 'string'))
  ) {
    throw new TypeError(
      `Invalid \`rel\` ${String(rel)}: expected a list of strings such as ["noopener"]`,
    )
  }
  const page = document === true ? {} : document || undefined
  return {
    document: page
      ? {
          title: page.title ?? headline,
          stylesheet: page.stylesheet ?? 'inline',
          stylesheetUrl: page.stylesheetUrl ?? 'styles.css',
        }
      : undefined,
    headingOffset: offset,
    jsonLd: jsonLd ?? true,
    timeZone: timeZone ?? undefined,
    locale: locale ?? undefined,
    labels: labels ?? {},
    linkTarget: linkTarget ?? undefined,
    rel: rel ?? (linkTarget ? ['noopener', 'noreferrer'] : undefined),
    baseUrl: baseUrl ?? undefined,
    classPrefix: prefix,
  }
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false
  try {
    return /^https?:$/.test(new URL(value).protocol)
  } catch {
    return false
  }
}
