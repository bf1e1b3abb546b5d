import * as z from 'zod'
import {
  isWellFormedText,
  noControlCharactersPattern,
  visibleCharacterPattern,
} from './characters.js'
import { expect } from './messages.js'

/**
 * A trimmed string with at least one visible character, no control character and no
 * lone surrogate:
 * names, headlines, labels. A string of zero-width spaces, soft hyphens or NULs is
 * empty.
 *
 * The patterns say in JSON Schema what trimming and the checks say in zod, so both give
 * the same verdict on `"   "`, `"\u200B"` and `"a\u0000"`.
 *
 * @example
 *   NonEmptyString.parse('  CCCME ') //=> 'CCCME'
 *   NonEmptyString.safeParse('   ').success //=> false
 *   NonEmptyString.safeParse('\u200B\u200B').success //=> false
 */
export const NonEmptyString = /*#__PURE__*/ z
  .string(expect('nonEmptyString'))
  .trim()
  .min(1, { ...expect('nonEmptyString'), abort: true })
  .regex(noControlCharactersPattern, { ...expect('noControlCharacters'), abort: true })
  .refine(isWellFormedText, { ...expect('wellFormedText'), abort: true })
  .regex(visibleCharacterPattern, expect('visibleString'))

/** A trimmed non-empty string. */
export type NonEmptyString = z.infer<typeof NonEmptyString>
