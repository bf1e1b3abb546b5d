import type { NewsArticle } from '../../schema/article.js'
import type { Author } from '../../schema/author.js'
import type { Event } from '../../schema/event.js'
import type { Organization } from '../../schema/organization.js'
import type { Place } from '../../schema/place.js'

/** A JSON value, as JSON-LD is made of. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined }

/**
 * The schema.org description of an article, as JSON-LD: a NewsArticle (headline,
 * language, dates, authors and editors, publisher, source organization and the source's
 * address as `isBasedOn`, keywords, the event it is about, the people and bodies it
 * mentions, where it happened, its translations) and, when the article has one, its
 * breadcrumb as a BreadcrumbList, together in an `@graph`.
 *
 * @param article - a valid article.
 * @returns the JSON-LD document, a plain object.
 */
export function toJsonLd(article: NewsArticle): Record<string, Json> {
  const news: Record<string, Json | undefined> = {
    '@type': 'NewsArticle',
    ...(article.url ? { '@id': article.url, url: article.url } : {}),
    ...(article.id ? { identifier: article.id } : {}),
    headline: article.headline,
    alternativeHeadline: article.alternativeHeadline,
    description: article.description,
    inLanguage: article.language,
    datePublished: article.datePublished,
    dateModified: article.dateModified,
    author: article.authors.length > 0 ? article.authors.map(agent) : undefined,
    editor: article.editors?.map(agent),
    publisher: article.publisher ? organization(article.publisher) : undefined,
    sourceOrganization: article.source
      ? organization(
          article.source.organization ?? { type: 'Organization', name: article.source.name },
        )
      : undefined,
    isBasedOn: article.source?.url,
    keywords: article.keywords?.join(', '),
    about: article.about ? event(article.about) : undefined,
    mentions: article.mentions?.map((item) => (item.type === 'Place' ? place(item) : agent(item))),
    contentLocation: article.contentLocation ? place(article.contentLocation) : undefined,
    workTranslation: article.translations
      ?.filter((translation) => translation.url)
      .map((translation) => ({
        '@type': 'NewsArticle',
        inLanguage: translation.language,
        url: translation.url,
      })),
  }
  const graph: Json[] = [compact(news)]
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

/**
 * Write JSON-LD for a `<script type="application/ld+json">` element: `<`, `>` and `&` are
 * written as `\u003c`, `\u003e` and `\u0026`, and U+2028 and U+2029 as escapes, so that no
 * value (`</script>`, `<!--`) can end the script or open a comment, whatever it holds.
 *
 * @param value - the JSON-LD document.
 * @returns the script's text.
 * @example
 *   serializeJsonLd({ headline: '</script><script>alert(1)</script>' })
 *   //=> '{"headline":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}'
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
}

function agent(author: Author): Json {
  if (author.type === 'Organization') return organization(author)
  return compact({
    '@type': 'Person',
    name: author.name,
    jobTitle: author.jobTitle,
    affiliation: author.affiliation ? organization(author.affiliation) : undefined,
    url: author.url,
  })
}

function organization(value: Organization): Json {
  const alternates = [...(value.alternateNames ?? []), ...Object.values(value.localizedNames ?? {})]
  return compact({
    '@type': 'Organization',
    name: value.name,
    alternateName: alternates.length > 0 ? alternates : undefined,
    url: value.url,
    parentOrganization: value.parentOrganization
      ? organization(value.parentOrganization)
      : undefined,
  })
}

function event(value: Event): Json {
  return compact({
    '@type': 'Event',
    name: value.name,
    startDate: value.startDate,
    location: value.location ? place(value.location) : undefined,
  })
}

function place(value: Place): Json {
  return { '@type': 'Place', name: value.name }
}

function compact(value: Record<string, Json | undefined>): Record<string, Json> {
  const result: Record<string, Json> = {}
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined && !(Array.isArray(item) && item.length === 0)) result[key] = item
  }
  return result
}
