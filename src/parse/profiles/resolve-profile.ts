import { invalidArgument } from '../../schema/_lib/options.js'
import { SiteProfile } from '../../schema/site-profile.js'
import { checkLimitNames } from '../_lib/check-limit-names.js'
import { checkSchemaOption } from '../_lib/check-schema-option.js'
import { compiledOnce } from '../_lib/compiled-once.js'
import { extendVocabulary } from '../vocabulary/extend-vocabulary.js'
import { defaultVocabulary, type Vocabulary } from '../vocabulary/vocabulary.js'
import { type BuiltInProfileName, builtInProfiles } from './built-in-profiles.js'

/**
 * Read the `profile` option: a built-in profile's name, or a profile object, checked
 * against the `SiteProfile` schema (once per object).
 *
 * @param profile - a name such as `'cccme'`, or a profile such as one read from a JSON file.
 * @returns the profile.
 * @throws {RangeError} for an unknown name, an unknown key (`profile.vocabulary.colours`)
 *   or a bad value of the right type (a bad pattern, an unknown time zone).
 * @throws {TypeError} for a value of the wrong type, naming its key path
 *   (`profile.vocabulary.roles.jobs.0`).
 * @example
 *   resolveProfile('cccme').timeZone //=> 'Asia/Shanghai'
 */
export function resolveProfile(profile: unknown): SiteProfile {
  if (typeof profile === 'string') {
    if (Object.hasOwn(builtInProfiles, profile)) {
      return builtInProfiles[profile as BuiltInProfileName]
    }
    const names = Object.keys(builtInProfiles).join(', ')
    throw invalidArgument('profile', profile, `a site profile, or one of ${names}`, 'range')
  }
  if (typeof profile !== 'object' || profile === null || Array.isArray(profile)) {
    throw invalidArgument('profile', profile, 'a site profile object or a built-in name')
  }
  const checked = checkSchemaOption(SiteProfile, 'profile', profile)
  checkLimitNames(checked.vocabulary, 'profile.vocabulary')
  return checked
}

/**
 * The vocabulary a profile reads pages with: the default, extended by the profile's
 * vocabulary and furniture. Made once per profile object.
 *
 * @param profile - a checked profile.
 * @returns the vocabulary.
 */
export const profileVocabulary: (profile: SiteProfile) => Vocabulary = compiledOnce(
  (profile: SiteProfile) => {
    const withWords = extendVocabulary(defaultVocabulary, profile.vocabulary)
    return profile.furniture
      ? extendVocabulary(withWords, { furniture: profile.furniture })
      : withWords
  },
)
