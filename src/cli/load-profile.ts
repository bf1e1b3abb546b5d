import { readFileSync } from 'node:fs'
import { type BuiltInProfileName, builtInProfiles } from '../parse/profiles/built-in-profiles.js'
import { resolveProfile } from '../parse/profiles/resolve-profile.js'
import type { SiteProfile } from '../schema/site-profile.js'
import { CliError, exitCodes } from './io.js'
import { cliMessages } from './messages.js'

/**
 * Read the `--profile` flag: a built-in profile's name, or a JSON file holding a site
 * profile, checked before any page is read.
 *
 * @param value - the flag's value: `cccme`, or a path such as `sites/example-times.json`.
 * @returns the profile, or the built-in name.
 * @throws {CliError} with exit status 2 for a file that cannot be read, is not JSON, or
 *   is not a site profile; the message names the file and the key path
 *   (`--profile site.json: Invalid \`profile.furniture.0\` …`).
 */
export function loadProfile(value: string): SiteProfile | BuiltInProfileName {
  if (Object.hasOwn(builtInProfiles, value)) return value as BuiltInProfileName
  let text: string
  try {
    text = readFileSync(value, 'utf8')
  } catch {
    throw new CliError(cliMessages.noProfile(value), exitCodes.usage)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new CliError(cliMessages.badProfileJson(value, reason), exitCodes.usage)
  }
  try {
    return resolveProfile(data)
  } catch (error) {
    if (error instanceof TypeError || error instanceof RangeError) {
      throw new CliError(cliMessages.badProfile(value, error.message), exitCodes.usage)
    }
    throw error
  }
}
