import { invalidArgument } from '../../schema/_lib/options.js'

/**
 * Throw the error of a bad call unless a condition holds: a `TypeError` (or a
 * `RangeError` for a value of the right type that is not allowed) whose message names
 * the option, what was found and what was expected.
 *
 * @param ok - whether the value is good.
 * @param name - the option's name, such as `strict` or `labels.published`.
 * @param value - what was passed.
 * @param expected - what would have been good, such as `true or false`.
 * @param kind - which error to throw (default: `'type'`).
 * @throws {TypeError | RangeError} when `ok` is false.
 * @example
 *   checkOption(false, 'strict', 'yes', 'true or false')
 *   //=> throws TypeError: Invalid `strict` "yes": expected true or false
 */
export function checkOption(
  ok: boolean,
  name: string,
  value: unknown,
  expected: string,
  kind: 'type' | 'range' = 'type',
): void {
  if (!ok) throw invalidArgument(name, value, expected, kind)
}

/**
 * Check that an options argument is an object, `null` or `undefined`.
 *
 * @param options - what was passed.
 * @returns the options, or an empty object for `null` and `undefined`.
 * @throws {TypeError} for anything else (a string, a number, a list, a function).
 */
export function checkOptionsObject<T extends object>(options: T | null | undefined): Partial<T> {
  if (options === undefined || options === null) return {}
  checkOption(
    typeof options === 'object' && !Array.isArray(options),
    'options',
    options,
    'an object, null or undefined',
  )
  return options
}

/**
 * Check an optional option that must be a string when given.
 *
 * @param name - the option's name.
 * @param value - what was passed.
 * @returns the string, or `undefined` for `null` and `undefined`.
 * @throws {TypeError} when the value is neither a string, `null` nor `undefined`.
 */
export function optionalString(name: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  checkOption(typeof value === 'string', name, value, 'a string')
  return value as string
}

/**
 * Check an optional option that must be `true` or `false` when given.
 *
 * @param name - the option's name.
 * @param value - what was passed.
 * @returns the boolean, or `undefined` for `null` and `undefined`.
 * @throws {TypeError} when the value is neither a boolean, `null` nor `undefined`.
 */
export function optionalBoolean(name: string, value: unknown): boolean | undefined {
  if (value === undefined || value === null) return undefined
  checkOption(typeof value === 'boolean', name, value, 'true or false')
  return value as boolean
}
