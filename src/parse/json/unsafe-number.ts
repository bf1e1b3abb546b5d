/**
 * What a number of a JSON text must be for JavaScript to read it as written, by what is
 * wrong with it:
 *
 * - `tooLarge`: beyond `Number.MAX_SAFE_INTEGER` (2^53 - 1) either way, such as
 *   `9007199254740993` (read as ...992: not every whole number can be told from its
 *   neighbour any more) or `1e400` (read as `Infinity`);
 * - `tooSmall`: not zero, but nearer zero than the smallest number JavaScript holds,
 *   such as `1e-400` (read as `0`).
 *
 * Decimal fractions are not checked: `0.1` has no exact binary form either, and every
 * JSON reader rounds it the same way.
 */
export const numberExpectations = {
  tooLarge: `a number from -${Number.MAX_SAFE_INTEGER} to ${Number.MAX_SAFE_INTEGER}`,
  tooSmall: 'zero or a number at least 5e-324 away from it',
} as const

/**
 * Check a number of a JSON text against {@link numberExpectations}.
 *
 * @param value - the number JavaScript reads.
 * @param text - the text that holds its literal, as written.
 * @param start - where the literal starts in `text` (default: `0`).
 * @param end - where it ends (default: the end of `text`).
 * @returns what the number should have been, or `undefined` for a number that is read as
 *   written.
 * @example
 *   expectedNumber(1e400, '1e400') //=> 'a number from -9007199254740991 to 9007199254740991'
 *   expectedNumber(0, '1e-400') //=> 'zero or a number at least 5e-324 away from it'
 *   expectedNumber(-0, '-0') //=> undefined
 */
export function expectedNumber(
  value: number,
  text: string,
  start = 0,
  end = text.length,
): string | undefined {
  if (!(Math.abs(value) <= Number.MAX_SAFE_INTEGER)) return numberExpectations.tooLarge
  if (value === 0 && hasNonZeroDigit(text, start, end)) return numberExpectations.tooSmall
  return undefined
}

// The digits before the exponent: `0e5` and `-0.000` are zero as written, `1e-400` not.
function hasNonZeroDigit(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x65 || code === 0x45) return false
    if (code >= 0x31 && code <= 0x39) return true
  }
  return false
}
