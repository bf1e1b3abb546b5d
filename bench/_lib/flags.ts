// Reading the benches' command-line flags.

/**
 * A flag's value as a whole number of 1 or more.
 *
 * @param value - the flag's text.
 * @param name - the flag's name, without its dashes, for the error.
 * @returns the number.
 * @throws {RangeError} when the text is not a whole number of 1 or more.
 * @example
 *   positive('400', 'pages') //=> 400
 */
export function positive(value: string, name: string): number {
  const number = Number(value)
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new RangeError(`Invalid --${name} "${value}": expected a whole number of 1 or more`)
  }
  return number
}
