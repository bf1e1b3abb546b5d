import type { SiteProfile } from '../../schema/site-profile.js'

/**
 * The profile of no site in particular: the default vocabulary, the time zone and
 * language of the options (or `Asia/Shanghai` and the detected language), no publisher.
 * A starting point for a profile of one's own.
 */
export const genericProfile: SiteProfile = {
  name: 'generic',
  description: 'Any news site: the default vocabulary, nothing added.',
}
