import { invalidArgument } from '../../schema/_lib/options.js'

/**
 * The parts of a rendered article that carry a class, and the suffix of each. A class
 * is the prefix (option `classPrefix`, default `news-article`) followed by the suffix:
 * `news-article`, `news-article__headline`. The list is the styling contract for other
 * tools; docs/rendering.md shows where each stands.
 */
export const classSuffixes = {
  article: '',
  breadcrumb: '__breadcrumb',
  header: '__header',
  headline: '__headline',
  subtitle: '__subtitle',
  meta: '__meta',
  source: '__source',
  authors: '__authors',
  author: '__author',
  jobTitle: '__job-title',
  editors: '__editors',
  date: '__date',
  modified: '__modified',
  label: '__label',
  body: '__body',
  translations: '__translations',
  alignLeft: '__align-left',
  alignCenter: '__align-center',
  alignRight: '__align-right',
} as const

/** A part of a rendered article that carries a class. */
export type ClassPart = keyof typeof classSuffixes

/**
 * The class of a part under a prefix.
 *
 * @param prefix - the prefix, such as `news-article`.
 * @param part - the part.
 * @returns the class name.
 * @throws {TypeError | RangeError} when `prefix` is not a string or `part` not a part.
 * @example
 *   className('news-article', 'headline') //=> 'news-article__headline'
 */
export function className(prefix: string, part: ClassPart): string {
  if (typeof prefix !== 'string')
    throw invalidArgument('prefix', prefix, 'a string such as "news-article"')
  if (!Object.hasOwn(classSuffixes, part)) {
    throw invalidArgument(
      'part',
      part,
      `one of ${Object.keys(classSuffixes).join(', ')}`,
      typeof part === 'string' ? 'range' : 'type',
    )
  }
  return `${prefix}${classSuffixes[part]}`
}
