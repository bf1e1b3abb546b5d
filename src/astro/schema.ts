import { z } from 'zod/v3'
import type { NewsArticle } from '../schema/article.js'
import { validateArticle } from '../schema/validate-article.js'

/**
 * The article schema in the form Astro 5 reads: a zod 3 schema (Astro bundles zod 3 and
 * calls `safeParseAsync` with zod 3's options, reads `error.errors` and writes types with
 * zod-to-ts). Its input is anything, its output a valid `NewsArticle`.
 */
export type NewsArticleSchema = z.ZodType<NewsArticle, z.ZodTypeDef, unknown>

/** The type Astro writes for the collection's entries in `.astro/content.d.ts`. */
export const newsArticleTypeReference = 'import("@cccme/news-model").NewsArticle'

/** What zod-to-ts hands a schema's `getType`: TypeScript's node factory, as far as used here. */
interface TypeScriptFactory {
  factory: { createTypeReferenceNode(name: string): unknown }
}

/**
 * The article schema for Astro's `defineCollection`, built on the zod 3 that the zod 4
 * package ships as `zod/v3`, so that the library needs neither astro nor a second zod.
 * It checks each entry with {@link validateArticle} (the library's zod 4 schemas): a
 * valid article comes back with its strings trimmed, an invalid one fails with one zod 3
 * issue per validation issue (its path and message), which Astro prints under the
 * entry's collection and id. `astro sync` types the entries as the library's
 * `NewsArticle` (the schema tells zod-to-ts so through `getType`).
 *
 * @returns a new schema.
 * @example
 *   newsArticleSchema().safeParse({ type: 'NewsArticle' }).success //=> false
 */
export function newsArticleSchema(): NewsArticleSchema {
  const schema = z.unknown().transform((value, context): NewsArticle => {
    const result = validateArticle(value)
    if (result.success) return result.article
    for (const issue of result.issues) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        message: issue.message,
        path: issue.segments,
      })
    }
    return z.NEVER
  })
  // zod-to-ts (which `astro sync` runs on a loader's schema) prints what `getType`
  // returns instead of walking the schema; without it the entries would be `unknown`.
  Object.assign(schema._def, {
    getType: (ts: TypeScriptFactory) =>
      ts.factory.createTypeReferenceNode(newsArticleTypeReference),
  })
  return schema
}
