import type { Diagnostic } from '../../schema/diagnostic.js'
import { checkOption } from './check-option.js'
import { diagnose } from './diagnose.js'
import { pointOf, textStart } from './span-at.js'

/**
 * The longest input the parsers read by default: 10 MiB, that is 10 × 1024 × 1024
 * characters of a string or bytes of a `Uint8Array`. The longest real news page is far
 * shorter; the limit bounds the time and memory one hostile file can take.
 */
export const defaultMaxInputLength = 10 * 1024 * 1024

/**
 * Check the `maxInputLength` option and apply its default.
 *
 * @param value - what the caller passed.
 * @returns the limit: a whole number of 0 or more, or `Infinity`.
 * @throws {TypeError} when the value is not a number.
 * @throws {RangeError} when it is not a whole number of 0 or more nor `Infinity`.
 * @example
 *   resolveMaxInputLength(undefined) //=> 10485760
 */
export function resolveMaxInputLength(value: unknown): number {
  if (value === undefined || value === null) return defaultMaxInputLength
  if (value === Number.POSITIVE_INFINITY) return value
  checkOption(
    typeof value === 'number' && Number.isSafeInteger(value) && value >= 0,
    'maxInputLength',
    value,
    'a whole number of 0 or more (characters, or bytes of a Uint8Array), or Infinity',
    typeof value === 'number' ? 'range' : 'type',
  )
  return value as number
}

/**
 * The diagnostic for an input longer than the limit, or `undefined` when it fits.
 *
 * @param length - the input's length.
 * @param unit - what was counted.
 * @param limit - the longest allowed.
 * @param text - the input, when it is a string: the diagnostic's place is then the text
 *   past the limit, from its first character to the end (default: none; bytes are not
 *   decoded, so their place is the empty span at the input's start).
 * @returns an `input-too-long` error, or `undefined`.
 * @example
 *   tooLong(20, 'characters', 10)?.message //=> 'Expected at most 10 characters, found 20 characters'
 */
export function tooLong(
  length: number,
  unit: 'characters' | 'bytes',
  limit: number,
  text?: string,
): Diagnostic | undefined {
  if (length <= limit) return undefined
  const start = text === undefined ? textStart : pointOf(text, limit)
  const end = text === undefined ? textStart : pointOf(text, text.length, start)
  return diagnose(
    'input-too-long',
    'error',
    { line: start.line, column: start.column, place: { start, end } },
    { actual: `${length} ${unit}`, expected: `${limit} ${unit}` },
  )
}
