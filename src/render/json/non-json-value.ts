import { describeValue } from '../../schema/_lib/describe-value.js'
import { formatPath } from '../../schema/_lib/format-path.js'
import type { ValidationIssue } from '../../schema/validation-issue.js'

/** What a value kept under an unknown key must be for JSON to hold it unchanged. */
export const jsonValueExpectation =
  'a JSON value: a string, a finite number, true, false, null, a list or a plain object'

/**
 * Find the first value JSON cannot hold unchanged: a BigInt, a function, a symbol,
 * `undefined` in a list, a number that is not finite, an object that is not plain (a
 * `Date`, a `Map`, one with `toJSON`). Such values can only stand under keys the model
 * does not name, kept with `unknownKeys: 'keep'`; `JSON.stringify` would fail on them
 * or drop or change them without a word. The walk keeps a list of its own, not the call
 * stack.
 *
 * @param value - a validated article.
 * @returns an issue at that value's path, or `undefined` when every value is JSON.
 * @example
 *   nonJsonValue({ headline: 'Hi', extra: 1n })?.path //=> 'extra'
 */
export function nonJsonValue(value: unknown): ValidationIssue | undefined {
  const values: unknown[] = [value]
  const paths: Array<Array<string | number>> = [[]]
  while (values.length > 0) {
    const item = values.pop()
    const segments = paths.pop() ?? []
    if (isJsonLeaf(item)) continue
    const container = Array.isArray(item) || isPlainObject(item)
    if (!container || (!Array.isArray(item) && 'toJSON' in (item as object))) {
      return {
        code: 'invalid-value',
        path: formatPath(segments),
        segments,
        message: `expected ${jsonValueExpectation}`,
        expected: jsonValueExpectation,
        received: describeValue(item),
      }
    }
    const entries: Array<[string | number, unknown]> = Array.isArray(item)
      ? Array.from(item, (child, index) => [index, child])
      : Object.entries(item as object)
    for (let index = entries.length - 1; index >= 0; index--) {
      const [key, child] = entries[index] as [string | number, unknown]
      // `undefined` under a key is an absent key, as JSON writes it.
      if (child === undefined && !Array.isArray(item)) continue
      values.push(child)
      paths.push([...segments, key])
    }
  }
  return undefined
}

function isJsonLeaf(value: unknown): boolean {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  )
}

function isPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}
