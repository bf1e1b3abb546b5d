import type * as z from 'zod'
import { describeValue } from './_lib/describe-value.js'
import { formatPath } from './_lib/format-path.js'
import { invalidArgument } from './_lib/options.js'
import { expectations, unknownKeyMessage } from './messages.js'

/**
 * What kind of problem a validation issue is:
 *
 * - `unknown-key`: a key the strict model does not name;
 * - `missing-value`: a required key is absent;
 * - `invalid-value`: a value of the wrong type, shape or form.
 */
export type ValidationIssueCode = 'unknown-key' | 'missing-value' | 'invalid-value'

/** One problem with a value checked against the model, in words a user can act on. */
export interface ValidationIssue {
  /** Kind of problem. */
  code: ValidationIssueCode
  /** Where, as a user reads it: `authors[0].name`; `''` for the value itself. */
  path: string
  /** The same place as keys and indices, for tools. */
  segments: Array<string | number>
  /** What is wrong: `expected a non-empty string`, `unknown key`. */
  message: string
  /** What was expected, where that says more than the message. */
  expected?: string
  /** What was found: `nothing`, `42`, `"2014-02-30"`. */
  received?: string
}

const phrases = new Set<string>(Object.values(expectations))

/**
 * Turn zod's issues into validation issues: one per problem, one per unknown key,
 * with paths and words for users and no zod internals.
 *
 * @param error - the `error` of a failed `safeParse` on one of the package's schemas.
 * @returns the issues, in the order the value was checked.
 * @throws {TypeError} when `error` is not a ZodError.
 * @example
 *   const result = Person.safeParse({ type: 'Person', name: '', nickname: 'Z' })
 *   if (!result.success) toValidationIssues(result.error).map(formatValidationIssue)
 *   //=> ['name: expected a non-empty string, found ""', 'nickname: unknown key']
 */
export function toValidationIssues(error: z.ZodError): ValidationIssue[] {
  if (!Array.isArray((error as { issues?: unknown } | null | undefined)?.issues)) {
    throw invalidArgument('error', error, 'the error of a failed safeParse, a ZodError')
  }
  return error.issues.flatMap(toIssues)
}

/**
 * Write a validation issue as one line: its path, its message and what was found.
 *
 * @param issue - the issue.
 * @returns `authors[0].name: expected a non-empty string, found nothing`.
 * @throws {TypeError} when `issue` is not an object with a string `path` and `message`.
 */
export function formatValidationIssue(issue: ValidationIssue): string {
  const { path, message } = (typeof issue === 'object' && issue !== null ? issue : {}) as Partial<
    Record<string, unknown>
  >
  if (typeof path !== 'string' || typeof message !== 'string') {
    throw invalidArgument('issue', issue, 'a validation issue such as validateArticle returns')
  }
  const found = issue.received === undefined ? '' : `, found ${issue.received}`
  return `${issue.path || '(root)'}: ${issue.message}${found}`
}

function toIssues(issue: z.core.$ZodIssue): ValidationIssue[] {
  const segments = issue.path.map(toSegment)
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      code: 'unknown-key' as const,
      path: formatPath([...segments, key]),
      segments: [...segments, key],
      message: unknownKeyMessage,
    }))
  }
  const expected = expectationOf(issue)
  const found = foundValue(issue)
  return [
    {
      code:
        found === undefined && issue.code === 'invalid_type' ? 'missing-value' : 'invalid-value',
      path: formatPath(segments),
      segments,
      message: `expected ${expected}`,
      expected,
      received: describeValue(found),
    },
  ]
}

// Our schemas state their expectation as the issue's message; the few zod checks that
// carry no message of ours (literal `type` values) are described from the issue itself.
function expectationOf(issue: z.core.$ZodIssue): string {
  // A record key is reported with the key schema's own issue inside.
  if (issue.code === 'invalid_key' && issue.issues[0] !== undefined) {
    return expectationOf(issue.issues[0] as z.core.$ZodIssue)
  }
  if (phrases.has(issue.message)) return issue.message
  if (issue.code === 'invalid_value') {
    return issue.values.map((value) => JSON.stringify(value)).join(' or ')
  }
  if (issue.code === 'invalid_type') return `a value of type ${issue.expected}`
  return 'a valid value'
}

// A discriminated union reports the whole object at the path of its `type` key.
function foundValue(issue: z.core.$ZodIssue): unknown {
  if (issue.code === 'invalid_key') return issue.path[issue.path.length - 1]
  if (issue.code === 'invalid_union' && 'discriminator' in issue) {
    const input: unknown = issue.input
    const key = issue.discriminator
    return typeof input === 'object' && input !== null && typeof key === 'string'
      ? (input as Record<string, unknown>)[key]
      : input
  }
  return issue.input
}

function toSegment(key: PropertyKey): string | number {
  return typeof key === 'number' ? key : String(key)
}
