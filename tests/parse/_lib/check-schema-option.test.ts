import { describe, expect, it } from 'vitest'
import { checkSchemaOption } from '../../../src/parse/_lib/check-schema-option.js'
import { SiteProfile, VocabularyAdditions } from '../../../src/schema/index.js'

describe('checkSchemaOption', () => {
  it('returns the checked value, the same for the same object', () => {
    const additions = { roles: { jobs: ['anchor'] } }
    const checked = checkSchemaOption(VocabularyAdditions, 'vocabulary', additions)
    expect(checked).toEqual(additions)
    expect(checkSchemaOption(VocabularyAdditions, 'vocabulary', additions)).toBe(checked)
  })

  it('throws a TypeError for a value of the wrong type, naming its key path', () => {
    expect(() =>
      checkSchemaOption(VocabularyAdditions, 'vocabulary', { roles: { jobs: ['anchor', 5] } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: Invalid \`vocabulary.roles.jobs.1\` 5: expected a non-empty string]`,
    )
  })

  it('throws a TypeError for a missing value', () => {
    expect(() =>
      checkSchemaOption(SiteProfile, 'profile', { publisher: { name: 'Example' } }),
    ).toThrow(TypeError)
  })

  it('throws a RangeError for an unknown key or a value that is not allowed', () => {
    expect(() => checkSchemaOption(SiteProfile, 'profile', { timezone: 'UTC' })).toThrow(RangeError)
    expect(() =>
      checkSchemaOption(SiteProfile, 'profile', { dateOrder: 'year-first' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: Invalid \`profile.dateOrder\` "year-first": expected "day-month" or "month-day"]`,
    )
  })
})
