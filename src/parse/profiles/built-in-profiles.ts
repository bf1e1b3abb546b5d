import type { SiteProfile } from '../../schema/site-profile.js'
import { cccmeProfile } from './cccme.js'
import { genericProfile } from './generic.js'

/**
 * The site profiles that ship with the package, by the name `parseText`'s `profile`
 * option and `news-model parse --profile` take.
 */
export const builtInProfiles: Readonly<Record<BuiltInProfileName, SiteProfile>> = {
  generic: genericProfile,
  cccme: cccmeProfile,
}

/** The name of a built-in site profile. */
export type BuiltInProfileName = 'generic' | 'cccme'
