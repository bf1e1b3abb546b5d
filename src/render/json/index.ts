import type { UnknownKeys } from '../../schema/_lib/object.js'
import { invalidArgument, readOptions } from '../../schema/_lib/options.js'
import type { LenientNewsArticle, NewsArticle } from '../../schema/article.js'
import { ArticleValidationError } from '../../schema/article-validation-error.js'
import { assertArticle } from '../../schema/validate-article.js'
import { nonJsonValue } from './non-json-value.js'

const jsonRenderOptionNames = ['indent', 'unknownKeys'] as const

/** Options for {@link renderJson}. */
export interface JsonRenderOptions {
  /** Spaces per level of indentation; `0` writes one line (default: `2`). */
  indent?: number | null | undefined
  /**
   * What to do with keys the contract does not name (default: `'reject'`): `'keep'`
   * writes them after the contract's keys, in the order they came.
   */
  unknownKeys?: UnknownKeys | null | undefined
}

/**
 * Write an article as JSON in the canonical form: keys in the contract's order,
 * strings trimmed, absent fields left out, UTF-8 text unescaped, and a final newline.
 * The same article always gives the same bytes, and reading the output back with
 * `parseJson` and writing it again gives them once more.
 *
 * @param article - the article (it is validated first).
 * @param options - indentation and the policy on unknown keys.
 * @returns the JSON text.
 * @throws {ArticleValidationError} (a `TypeError`) when `article` is not a valid article,
 *   or a key kept with `unknownKeys: 'keep'` holds what JSON cannot (a BigInt, a function).
 * @throws {TypeError | RangeError} when an option is unknown or wrong: `indent` not a
 *   whole number from 0 to 10, `unknownKeys` not `'reject'` or `'keep'`.
 * @example
 *   renderJson({ headline: 'Hi', type: 'NewsArticle', language: 'en', authors: [], body: { type: 'root', children: [] } })
 *   //=> '{\n  "type": "NewsArticle",\n  "language": "en",\n  "headline": "Hi",\n …'
 */
export function renderJson(
  article: NewsArticle | LenientNewsArticle,
  options?: JsonRenderOptions | null,
): string {
  const { indent, unknownKeys } = readOptions(options, jsonRenderOptionNames)
  const spaces = indent ?? 2
  if (typeof spaces !== 'number') {
    throw invalidArgument('indent', spaces, 'a whole number from 0 to 10')
  }
  if (!Number.isInteger(spaces) || spaces < 0 || spaces > 10) {
    throw invalidArgument('indent', spaces, 'a whole number from 0 to 10', 'range')
  }
  const policy = (unknownKeys ?? 'reject') as UnknownKeys
  const valid = assertArticle(article, { unknownKeys: policy })
  // Only kept unknown keys can hold what JSON cannot: the model's own values are JSON.
  const issue = policy === 'keep' ? nonJsonValue(valid) : undefined
  if (issue) throw new ArticleValidationError([issue])
  return `${JSON.stringify(valid, null, spaces)}\n`
}
