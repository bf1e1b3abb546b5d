import * as z from 'zod'
import type { UnknownKeys } from './_lib/object.js'
import { type NewsArticle, newsArticleOf } from './article.js'
import { compileBodyParser } from './compiled-body.js'
import { defineOrganization } from './organization.js'

/**
 * How many parent organizations deep ({@link Organization}'s `parentOrganization`) the
 * compiled schema goes. An article nesting them deeper is valid all the same: it is
 * checked by the full schema, only more slowly.
 */
export const compiledNesting = 4

/**
 * How many validations with one policy run on the full schema before the compiled one is
 * made. Making it costs some 100 ms, well spent on a batch of articles but not on a
 * one-off validation (a CLI run on one file).
 */
export const compileAfterUses = 16

/** Reads an input to the article it is, or to `undefined` when the full schema must look. */
export type ArticleParser = (input: unknown) => NewsArticle | undefined

const cache = new Map<
  UnknownKeys,
  { uses: number; runtime: ArticleParser; parser?: ArticleParser | undefined }
>()

/**
 * The quick way to validate an article, for `validateArticle` to try first: the full
 * schema without issue reports for the first {@link compileAfterUses} validations, then
 * {@link compileArticleParser}'s compiled one, made once and kept.
 *
 * @param unknownKeys - the policy on unknown keys.
 * @param full - the full schema of that policy.
 * @returns the parser to use for this validation.
 */
export function articleParser(unknownKeys: UnknownKeys, full: z.ZodType): ArticleParser {
  let entry = cache.get(unknownKeys)
  if (entry === undefined) {
    entry = { uses: 0, runtime: runtimeParser(full) }
    cache.set(unknownKeys, entry)
  }
  entry.uses += 1
  if (entry.parser === undefined && entry.uses > compileAfterUses) {
    entry.parser = compileArticleParser(unknownKeys, full)
  }
  return entry.parser ?? entry.runtime
}

/**
 * Compile an article parser: the NewsArticle schema compiled by zod (`z.compile`) to one
 * generated function, then the body node by node ({@link compileBodyParser}). zod
 * compiles no schema with a reference cycle, so the compiled one has organizations nested
 * {@link compiledNesting} deep rather than to any depth, and takes the body as it is: the
 * body, which nests by nature, is parsed apart.
 *
 * What it accepts, it parses to the very value the full schema would give (a test holds
 * them to it); whatever it refuses (bad data, deeper nesting) is left to the full schema,
 * which reports the issues. Under `z.config({ jitless: true })` nothing is compiled and
 * the full schema does all the work; where `new Function` is refused, zod itself falls
 * back to it.
 *
 * @param unknownKeys - the policy on unknown keys.
 * @param full - the full schema of that policy, whose body schema is used.
 * @returns the parser.
 */
export function compileArticleParser(unknownKeys: UnknownKeys, full: z.ZodType): ArticleParser {
  if (z.config().jitless) return runtimeParser(full)
  const head = z.compile(
    newsArticleOf(unknownKeys, defineOrganization(unknownKeys, compiledNesting), z.unknown()),
  )
  const nodes = compileBodyParser(unknownKeys)
  const body = (full as z.ZodObject).shape.body as z.ZodType<NewsArticle['body']>
  return (input) => {
    const article = head.safeParse(input)
    if (!article.success) return undefined
    const given = (input as { body?: unknown }).body
    // Node by node first; what that refuses, the body's full schema reads or refuses.
    let text = nodes(given)
    if (text === undefined) {
      const parsed = body.safeParse(given)
      if (!parsed.success) return undefined
      text = parsed.data
    }
    article.data.body = text
    return article.data as NewsArticle
  }
}

function runtimeParser(full: z.ZodType): ArticleParser {
  return (input) => {
    const result = full.safeParse(input)
    return result.success ? (result.data as NewsArticle) : undefined
  }
}
