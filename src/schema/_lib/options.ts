import { describeValue } from './describe-value.js'

/**
 * The error for an argument or option that is wrong:
 * ``Invalid `headingOffset` 9: expected a whole number from 0 to 5``.
 *
 * @param name - the argument or option, as the caller wrote it (`labels.published`).
 * @param value - what was given.
 * @param expected - what was expected, in words.
 * @param kind - `TypeError` for a value of the wrong type (the default), `RangeError`
 *   for one of the right type outside what is allowed.
 * @returns the error, to throw.
 */
export function invalidArgument(
  name: string,
  value: unknown,
  expected: string,
  kind: 'type' | 'range' = 'type',
): TypeError | RangeError {
  const message = `Invalid \`${name}\` ${describeValue(value)}: expected ${expected}`
  return kind === 'range' ? new RangeError(message) : new TypeError(message)
}

/**
 * Read an options object: `undefined` and `null` are no options, anything but a plain
 * object is a `TypeError`, and so is a key the function does not take, so that a typo
 * (`{ documnet: true }`) is reported rather than silently ignored.
 *
 * @param options - what the caller passed.
 * @param known - the options the function takes.
 * @param name - what the object is called in messages (default: `'options'`).
 * @returns the options object, or an empty one.
 * @throws {TypeError} naming the unknown key, or the object, when it is not one.
 * @example
 *   readOptions({ documnet: true }, ['document'])
 *   //=> throws TypeError: Unknown option `documnet`: expected one of `document`
 */
export function readOptions<K extends string>(
  options: unknown,
  known: ReadonlyArray<K>,
  name = 'options',
): Partial<Record<K, unknown>> {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw invalidArgument(name, options, 'an object or undefined')
  }
  for (const key of Object.keys(options)) {
    if (!(known as ReadonlyArray<string>).includes(key)) {
      const prefix = name === 'options' ? '' : `${name}.`
      const names = known.map((option) => `\`${option}\``).join(', ')
      throw new TypeError(
        `Unknown option \`${prefix}${key}\`: expected ${known.length === 0 ? 'no options' : `one of ${names}`}`,
      )
    }
  }
  return options as Partial<Record<K, unknown>>
}
