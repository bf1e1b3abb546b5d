import * as z from 'zod'
import { objectFor, type UnknownKeys, type WithUnknownKeys } from './_lib/object.js'
import { invalidArgument } from './_lib/options.js'
import { modelRegistry } from './_lib/registry.js'
import { defineAuthor } from './author.js'
import { defineBody } from './body.js'
import { defineEvent } from './event.js'
import { HttpUrl } from './http-url.js'
import { IsoDate } from './iso-date.js'
import { LanguageTag } from './language-tag.js'
import { expect } from './messages.js'
import { defineOrganization } from './organization.js'
import { definePerson } from './person.js'
import { definePlace } from './place.js'
import { defineSource } from './source.js'
import { NonEmptyString } from './text.js'
import { defineTranslation } from './translation.js'

/**
 * Build the NewsArticle schema, and every schema inside it, for a policy on unknown keys.
 *
 * The keys are declared in the contract's order, which is also the order in which a
 * validated article's keys come out.
 *
 * @param unknownKeys - `'reject'` for the strict model, `'keep'` for the lenient one.
 * @returns the schema, registered under the id `NewsArticle` when strict.
 * @throws {RangeError} when `unknownKeys` is not `'reject'` or `'keep'`.
 */
export function defineNewsArticle(unknownKeys: UnknownKeys) {
  if (unknownKeys !== 'reject' && unknownKeys !== 'keep') {
    throw invalidArgument('unknownKeys', unknownKeys, '"reject" or "keep"', 'range')
  }
  const NewsArticle = newsArticleOf(
    unknownKeys,
    defineOrganization(unknownKeys),
    defineBody(unknownKeys),
  )
  if (unknownKeys === 'reject') {
    NewsArticle.register(modelRegistry, {
      id: 'NewsArticle',
      description:
        'A news article of the chamber: headline, byline, dates, source, breadcrumb and body.',
    })
  }
  return NewsArticle
}

/**
 * Build the NewsArticle schema around given Organization and Body schemas: the full ones
 * for {@link defineNewsArticle}, or ones without a reference cycle for a schema zod can
 * compile.
 *
 * @param unknownKeys - the policy on unknown keys.
 * @param organization - the Organization schema of that policy.
 * @param body - the schema of the body.
 * @returns the schema, not registered.
 */
export function newsArticleOf<B extends z.ZodType>(
  unknownKeys: UnknownKeys,
  organization: ReturnType<typeof defineOrganization>,
  body: B,
) {
  const person = definePerson(unknownKeys, organization)
  const author = defineAuthor(person, organization)
  const place = definePlace(unknownKeys)
  const stringList = z.array(NonEmptyString, expect('stringList'))
  const authors = z.array(author, expect('list'))
  const NewsArticle = objectFor(unknownKeys)(
    {
      type: z.literal('NewsArticle'),
      id: NonEmptyString.optional(),
      url: HttpUrl.optional(),
      language: LanguageTag,
      headline: NonEmptyString,
      alternativeHeadline: NonEmptyString.optional(),
      description: NonEmptyString.optional(),
      authors,
      editors: authors.optional(),
      source: defineSource(unknownKeys, organization).optional(),
      publisher: organization.optional(),
      datePublished: IsoDate.optional(),
      dateModified: IsoDate.optional(),
      breadcrumb: stringList.optional(),
      keywords: stringList.optional(),
      translations: z.array(defineTranslation(unknownKeys), expect('translations')).optional(),
      body,
      mentions: z
        .array(
          z.discriminatedUnion('type', [person, organization, place], expect('mention')),
          expect('list'),
        )
        .optional(),
      about: defineEvent(unknownKeys, place).optional(),
      contentLocation: place.optional(),
    },
    expect('object'),
  )
  return NewsArticle
}

/**
 * A news article, strict: every key must be one the contract names.
 *
 * @example
 *   NewsArticle.parse({
 *     type: 'NewsArticle',
 *     language: 'en',
 *     headline: 'The Cooperation Conference Was Held in Beijing',
 *     authors: [],
 *     body: { type: 'root', children: [] },
 *   })
 */
export const NewsArticle = /*#__PURE__*/ defineNewsArticle('reject')

/** A news article, as validated by {@link NewsArticle}. */
export type NewsArticle = z.infer<typeof NewsArticle>

/** A news article as a tool may write it before validation (strings untrimmed). */
export type NewsArticleInput = z.input<typeof NewsArticle>

/**
 * A news article, lenient: the same rules as {@link NewsArticle}, but keys the contract
 * does not name are kept untouched, at every level, for tools that carry their own fields.
 *
 * @example
 *   LenientNewsArticle.parse({ ...article, cmsId: 42 }).cmsId //=> 42
 */
export const LenientNewsArticle: z.ZodType<LenientNewsArticle> =
  /*#__PURE__*/ defineNewsArticle('keep')

/**
 * A news article that may carry extra keys, as validated by {@link LenientNewsArticle}.
 * The body keeps mdast's own types, whose nodes may carry extra keys already.
 */
export type LenientNewsArticle = WithUnknownKeys<Omit<NewsArticle, 'body'>> & {
  body: NewsArticle['body']
}
