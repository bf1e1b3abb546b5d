import { formatPath } from './_lib/format-path.js'
import type { UnknownKeys } from './_lib/object.js'
import { invalidArgument, readOptions } from './_lib/options.js'
import { LenientNewsArticle, NewsArticle } from './article.js'
import { ArticleValidationError } from './article-validation-error.js'
import { articleParser } from './compiled-article.js'
import { expectations, tooDeep } from './messages.js'
import { pathTooDeep } from './nesting.js'
import { toValidationIssues, type ValidationIssue } from './validation-issue.js'

/** Options for {@link validateArticle} and {@link assertArticle}. */
export interface ValidateOptions {
  /**
   * What to do with keys the contract does not name (default: `'reject'`): `'reject'`
   * makes each one an issue, `'keep'` keeps them untouched in the article.
   */
  unknownKeys?: UnknownKeys | null | undefined
}

/** The outcome of {@link validateArticle}: an article, or the issues that stop it being one. */
export type ValidationResult =
  | { success: true; article: NewsArticle; issues?: undefined }
  | { success: false; article?: undefined; issues: ValidationIssue[] }

const policies: ReadonlyArray<UnknownKeys> = ['reject', 'keep']
const validateOptionNames = ['unknownKeys'] as const

/**
 * Check that a value is a valid news article.
 *
 * Strings come back trimmed; nothing else is changed. Never throws on bad data.
 *
 * @param input - any value, such as parsed JSON from another tool.
 * @param options - the policy on unknown keys.
 * @returns `{ success: true, article }` or `{ success: false, issues }`.
 * @throws {TypeError | RangeError} when `options` is not an options object, has a key
 *   other than `unknownKeys`, or `unknownKeys` is not `'reject'` or `'keep'`.
 * @example
 *   validateArticle({ type: 'NewsArticle', language: 'en', headline: 'Hi', authors: [{ type: 'Person', name: 'Li', nickname: 'L' }], body: { type: 'root', children: [] } })
 *   //=> { success: false, issues: [{ path: 'authors[0].nickname', message: 'unknown key', … }] }
 */
export function validateArticle(
  input: unknown,
  options?: ValidateOptions | null,
): ValidationResult {
  const policy = readPolicy(options)
  // Checked first, and without the call stack: zod's own walk would overflow it.
  const deep = pathTooDeep(input)
  if (deep) return { success: false, issues: [nestingIssue(deep)] }
  const schema = policy === 'keep' ? LenientNewsArticle : NewsArticle
  // A valid article is read by the compiled schema; anything else again by the full one,
  // reporting inputs, so that each issue says what it found.
  const article = articleParser(policy, schema)(input)
  if (article) return { success: true, article }
  const result = schema.safeParse(input, { reportInput: true })
  return result.success
    ? { success: true, article: result.data as NewsArticle }
    : { success: false, issues: toValidationIssues(result.error) }
}

/**
 * Check that a value is a valid news article, and throw if it is not.
 *
 * @param input - any value.
 * @param options - the policy on unknown keys.
 * @returns the article, strings trimmed.
 * @throws {ArticleValidationError} listing every issue with its path.
 * @throws {TypeError | RangeError} when `options` is malformed.
 * @example
 *   assertArticle({ type: 'NewsArticle', language: 'en', headline: ' Hi ', authors: [], body: { type: 'root', children: [] } }).headline
 *   //=> 'Hi'
 */
export function assertArticle(input: unknown, options?: ValidateOptions | null): NewsArticle {
  const result = validateArticle(input, options)
  if (!result.success) throw new ArticleValidationError(result.issues)
  return result.article
}

function nestingIssue(segments: Array<string | number>): ValidationIssue {
  return {
    code: 'invalid-value',
    path: formatPath(segments),
    segments,
    message: `expected ${expectations.nesting}`,
    expected: expectations.nesting,
    received: tooDeep,
  }
}

function readPolicy(options: unknown): UnknownKeys {
  const { unknownKeys = 'reject' } = readOptions(options, validateOptionNames)
  if (unknownKeys === null) return 'reject'
  if (!policies.includes(unknownKeys as UnknownKeys)) {
    throw invalidArgument(
      'unknownKeys',
      unknownKeys,
      '"reject" or "keep"',
      typeof unknownKeys === 'string' ? 'range' : 'type',
    )
  }
  return unknownKeys as UnknownKeys
}
