import type { VocabularyAdditions } from '../../schema/site-profile.js'
import { defaultVocabulary } from '../vocabulary/vocabulary.js'
import { checkOption } from './check-option.js'

/**
 * Check the names of the limits a vocabulary's additions replace: each of `thresholds`
 * and `pageParts.headerLimits` must name a number of the default vocabulary's (a limit
 * holding more than a number, such as `nameWords`, cannot be replaced).
 *
 * @param additions - checked vocabulary additions, or `undefined`.
 * @param path - the key path of the additions, such as `vocabulary` or `profile.vocabulary`.
 * @throws {RangeError} for a name the default lacks, naming its key path.
 * @example
 *   checkLimitNames({ thresholds: { stubWord: 6 } }, 'vocabulary')
 *   //=> throws RangeError: Invalid `vocabulary.thresholds.stubWord` 6: expected a limit among …
 */
export function checkLimitNames(additions: VocabularyAdditions | undefined, path: string): void {
  check(`${path}.thresholds`, additions?.thresholds, defaultVocabulary.thresholds)
  check(
    `${path}.pageParts.headerLimits`,
    additions?.pageParts?.headerLimits,
    defaultVocabulary.pageParts.headerLimits,
  )
}

function check(
  path: string,
  given: Readonly<Record<string, number>> | undefined,
  base: object,
): void {
  const names = Object.entries(base)
    .filter(([, value]) => typeof value === 'number')
    .map(([name]) => name)
  for (const [name, value] of Object.entries(given ?? {})) {
    checkOption(
      names.includes(name),
      `${path}.${name}`,
      value,
      `a limit among ${names.join(', ')}`,
      'range',
    )
  }
}
