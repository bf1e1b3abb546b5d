import { z } from 'zod'
import { expect } from './messages.js'

/**
 * A trimmed string with at least one visible character: names, headlines, labels.
 *
 * The `\S` pattern says in JSON Schema what trimming and the length check say in zod,
 * so both give the same verdict on `"   "`.
 *
 * @example
 *   NonEmptyString.parse('  CCCME ') //=> 'CCCME'
 *   NonEmptyString.safeParse('   ').success //=> false
 */
export const NonEmptyString = /*#__PURE__*/ z
  .string(expect('nonEmptyString'))
  .trim()
  .min(1, { ...expect('nonEmptyString'), abort: true })
  .regex(/\S/, expect('nonEmptyString'))

/** A trimmed non-empty string. */
export type NonEmptyString = z.infer<typeof NonEmptyString>
