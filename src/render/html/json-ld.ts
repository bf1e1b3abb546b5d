import { invalidArgument } from '../../schema/_lib/options.js'
import type { NewsArticle } from '../../schema/article.js'
import type { Author } from '../../schema/author.js'
import type { Event } from '../../schema/event.js'
import type { Organization } from '../../schema/organization.js'
import type { Place } from '../../schema/place.js'
import { assertArticle } from '../../schema/validate-article.js'

/** A JSON value, as JSON-LD is made of. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined }

/**
 * The schema.org description of an article, as JSON-LD: a NewsArticle (headline,
 * language, dates, authors and editors, publisher, source organization and the source's
 * address as `isBasedOn`, keywords, the event it is about, the people and bodies it
 * mentions, where it happened, its translations) and, when the article has one, its
 * breadcrumb as a BreadcrumbList, together in an `@graph`.
 *
 * @param article - the article (it is validated first).
 * @returns the JSON-LD document, a plain object.
 * @throws {ArticleValidationError} (a `TypeError`) when `article` is not a valid article.
 * @example
 *   toJsonLd(article)['@graph'][0]['@type'] //=> 'NewsArticle'
 */
export function toJsonLd(article: NewsArticle): Record<string, Json> {
  return jsonLdOf(assertArticle(article))
}

/**
 * {@link toJsonLd} of an article already validated, as `toHast` has it.
 *
 * @param article - a valid article.
 * @returns the JSON-LD document.
 */
export function jsonLdOf(article: NewsArticle): Record<string, Json> {
  const news: Record<string, Json> = { '@type': 'NewsArticle' }
  put(news, '@id', article.url)
  put(news, 'url', article.url)
  put(news, 'identifier', article.id)
  put(news, 'headline', article.headline)
  put(news, 'alternativeHeadline', article.alternativeHeadline)
  put(news, 'description', article.description)
  put(news, 'inLanguage', article.language)
  put(news, 'datePublished', article.datePublished)
  put(news, 'dateModified', article.dateModified)
  put(news, 'author', article.authors.map(agent))
  put(news, 'editor', article.editors?.map(agent))
  if (article.publisher) put(news, 'publisher', organization(article.publisher))
  if (article.source) {
    const { name, organization: body = { type: 'Organization', name } } = article.source
    put(news, 'sourceOrganization', organization(body))
    put(news, 'isBasedOn', article.source.url)
  }
  put(news, 'keywords', article.keywords?.join(', '))
  if (article.about) put(news, 'about', event(article.about))
  put(
    news,
    'mentions',
    article.mentions?.map((item) => (item.type === 'Place' ? place(item) : agent(item))),
  )
  if (article.contentLocation) put(news, 'contentLocation', place(article.contentLocation))
  const translations: Json[] = []
  for (const { language, url } of article.translations ?? []) {
    if (url) translations.push({ '@type': 'NewsArticle', inLanguage: language, url })
  }
  put(news, 'workTranslation', translations)
  const graph: Json[] = [news]
  if (article.breadcrumb && article.breadcrumb.length > 0) {
    graph.push({
      '@type': 'BreadcrumbList',
      itemListElement: article.breadcrumb.map((name, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        name,
      })),
    })
  }
  return { '@context': 'https://schema.org', '@graph': graph }
}

// What could end a script element or open a comment in it, or end a line in old parsers.
const scriptBreakers = ['<', '>', '&', '\u2028', '\u2029']
const scriptBreakerPattern = /[<>&\u2028\u2029]/g

/**
 * Write JSON-LD for a `<script type="application/ld+json">` element: `<`, `>` and `&` are
 * written as `\u003c`, `\u003e` and `\u0026`, and U+2028 and U+2029 as escapes, so that no
 * value (`</script>`, `<!--`) can end the script or open a comment, whatever it holds.
 *
 * @param value - the JSON-LD document.
 * @returns the script's text.
 * @throws {TypeError} when `value` is not an object JSON can write (a cycle, a BigInt).
 * @example
 *   serializeJsonLd({ headline: '</script><script>alert(1)</script>' })
 *   //=> '{"headline":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}'
 */
export function serializeJsonLd(value: unknown): string {
  let json: string | undefined
  try {
    json = JSON.stringify(value)
  } catch {
    // A cycle, a BigInt, or a value nested too deep for the call stack.
    json = undefined
  }
  if (typeof json !== 'string' || typeof value !== 'object' || value === null) {
    throw invalidArgument('value', value, 'a JSON-LD document such as toJsonLd returns')
  }
  return scriptBreakers.some((character) => json.includes(character))
    ? json.replace(scriptBreakerPattern, unicodeEscape)
    : json
}

function unicodeEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
}

function agent(author: Author): Json {
  if (author.type === 'Organization') return organization(author)
  const person: Record<string, Json> = { '@type': 'Person', name: author.name }
  put(person, 'jobTitle', author.jobTitle)
  if (author.affiliation) put(person, 'affiliation', organization(author.affiliation))
  put(person, 'url', author.url)
  return person
}

function organization(value: Organization): Json {
  const body: Record<string, Json> = { '@type': 'Organization', name: value.name }
  const alternates: string[] = value.alternateNames ? [...value.alternateNames] : []
  for (const name of Object.values(value.localizedNames ?? {})) if (name) alternates.push(name)
  put(body, 'alternateName', alternates)
  put(body, 'url', value.url)
  if (value.parentOrganization)
    put(body, 'parentOrganization', organization(value.parentOrganization))
  return body
}

function event(value: Event): Json {
  const happening: Record<string, Json> = { '@type': 'Event' }
  put(happening, 'name', value.name)
  put(happening, 'startDate', value.startDate)
  if (value.location) put(happening, 'location', place(value.location))
  return happening
}

function place(value: Place): Json {
  return { '@type': 'Place', name: value.name }
}

// Set a property that has a value: no property for a missing value or an empty list.
function put(target: Record<string, Json>, key: string, value: Json | undefined): void {
  if (value !== undefined && !(Array.isArray(value) && value.length === 0)) target[key] = value
}
