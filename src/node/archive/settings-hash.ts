import type { PageSettings } from './convert-page.js'
import { sha256 } from './manifest.js'

/**
 * The hash of the settings a page is converted with: the formats, the reading options,
 * the profile (the whole profile when it is given as an object) and the HTML options. A
 * page recorded with another hash is converted again. `strict` is left out: it decides
 * whether a page is written, not what is written.
 *
 * @param settings - the run's page settings.
 * @returns 64 hex digits.
 * @example
 *   settingsHash({ ...settings, timeZone: 'UTC' }) !== settingsHash(settings) //=> true
 */
export function settingsHash(settings: PageSettings): string {
  const { formats, from, encoding, timeZone, language, profile, document, jsonLd } = settings
  return sha256(
    JSON.stringify([formats, from, encoding, timeZone, language, profile, document, jsonLd]),
  )
}
