import type { RootContent } from 'mdast'
import type { NewsArticle } from '../../schema/article.js'
import type { Author } from '../../schema/author.js'
import type { Diagnostic } from '../../schema/diagnostic.js'
import type { Organization } from '../../schema/organization.js'
import { validateArticle } from '../../schema/validate-article.js'
import { diagnose } from '../_lib/diagnose.js'
import { ArticleParseError } from '../article-parse-error.js'
import type { PageLanguage } from './language.js'
import type { Line } from './lines.js'
import { placeIn } from './place.js'
import type { LanguageSwitch } from './translations.js'

/** Everything the earlier stages read, ready to be made an article. */
export interface ArticleParts {
  url: string | undefined
  language: PageLanguage
  headline: string
  alternativeHeadline: string | undefined
  authors: ReadonlyArray<Author>
  editors: ReadonlyArray<Author>
  source: string | undefined
  datePublished: string | undefined
  dateModified: string | undefined
  breadcrumb: string[] | undefined
  /** The site's publisher, from a profile. */
  publisher: Organization | undefined
  translations: ReadonlyArray<LanguageSwitch>
  body: RootContent[]
}

/**
 * Make the article from its parts and validate it against the content model.
 *
 * @param parts - the fields read from the page.
 * @param headlineLine - the headline's line, where a validation failure is reported.
 * @param diagnostics - what was reported so far, carried by the error if one is thrown.
 * @param file - the file name for the error's message.
 * @returns the valid article.
 * @throws {ArticleParseError} when a value read fails the model (a bug in a detector,
 *   reported as data rather than thrown from inside zod).
 */
export function toArticle(
  parts: ArticleParts,
  headlineLine: Line,
  diagnostics: ReadonlyArray<Diagnostic>,
  file: string | undefined,
): NewsArticle {
  const authors = named(parts.authors)
  const editors = named(parts.editors)
  const article: Record<string, unknown> = {
    type: 'NewsArticle',
    ...(parts.url ? { id: idOf(parts.url), url: parts.url } : {}),
    language: parts.language,
    headline: parts.headline,
    ...(parts.alternativeHeadline ? { alternativeHeadline: parts.alternativeHeadline } : {}),
    authors,
    ...(editors.length > 0 ? { editors } : {}),
    ...(parts.source ? { source: { name: parts.source } } : {}),
    ...(parts.publisher ? { publisher: parts.publisher } : {}),
    ...(parts.datePublished ? { datePublished: parts.datePublished } : {}),
    ...(parts.dateModified ? { dateModified: parts.dateModified } : {}),
    ...(parts.breadcrumb ? { breadcrumb: parts.breadcrumb } : {}),
    ...(parts.translations.length > 0
      ? { translations: uniqueTranslations(parts.translations) }
      : {}),
    body: { type: 'root', children: parts.body },
  }
  const result = validateArticle(article)
  if (result.success) return result.article
  const at = placeIn(headlineLine)
  const invalid = result.issues.map((issue) =>
    diagnose('invalid-value', 'error', at, {
      actual: `${issue.path}: ${issue.received ?? ''}`,
      expected: issue.expected,
    }),
  )
  throw new ArticleParseError([...diagnostics, ...invalid], file)
}

function named(authors: ReadonlyArray<Author>): Author[] {
  return authors.filter((author) => author.name !== '')
}

function uniqueTranslations(links: ReadonlyArray<LanguageSwitch>): LanguageSwitch[] {
  const seen = new Set<string>()
  return links.filter((link) => {
    if (seen.has(link.language)) return false
    seen.add(link.language)
    return true
  })
}

// A stable id from the page's address: its host and path, in lower case, with
// everything but letters and digits made dashes.
function idOf(url: string): string {
  const { hostname, pathname } = new URL(url)
  const path = pathname.replace(/\.[a-z0-9]+$/i, '')
  return `${hostname}${path}`
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|(?<!-)-+$/g, '')
}
