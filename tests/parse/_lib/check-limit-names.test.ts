import { describe, expect, it } from 'vitest'
import { checkLimitNames } from '../../../src/parse/_lib/check-limit-names.js'

describe('checkLimitNames', () => {
  it('lets additions replace thresholds and header limits that are numbers', () => {
    expect(() =>
      checkLimitNames(
        { thresholds: { stubWords: 6 }, pageParts: { headerLimits: { gap: 4 } } },
        'vocabulary',
      ),
    ).not.toThrow()
    expect(() => checkLimitNames(undefined, 'vocabulary')).not.toThrow()
  })

  it.each([
    [{ thresholds: { stubWord: 6 } }, 'Invalid `profile.vocabulary.thresholds.stubWord` 6'],
    [
      { pageParts: { headerLimits: { nameWords: 3 } } },
      'Invalid `profile.vocabulary.pageParts.headerLimits.nameWords` 3',
    ],
  ])('throws a RangeError for %j, naming the key path', (additions, message) => {
    const call = () => checkLimitNames(additions, 'profile.vocabulary')
    expect(call).toThrow(RangeError)
    expect(call).toThrow(message)
  })
})
