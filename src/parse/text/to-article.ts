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
  // Set field by field, in the contract's order: an object literal of a dozen
  // conditional spreads is built the slow way on every page.
  const article: Record<string, unknown> = { type: 'NewsArticle' }
  if (parts.url) {
    article.id = idOf(parts.url)
    article.url = parts.url
  }
  article.language = parts.language
  article.headline = parts.headline
  if (parts.alternativeHeadline) article.alternativeHeadline = parts.alternativeHeadline
  article.authors = authors
  if (editors.length > 0) article.editors = editors
  if (parts.source) article.source = { name: parts.source }
  if (parts.publisher) article.publisher = parts.publisher
  if (parts.datePublished) article.datePublished = parts.datePublished
  if (parts.dateModified) article.dateModified = parts.dateModified
  if (parts.breadcrumb) article.breadcrumb = parts.breadcrumb
  if (parts.translations.length > 0) article.translations = uniqueTranslations(parts.translations)
  article.body = { type: 'root', children: parts.body }
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
