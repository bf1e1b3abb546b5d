import { languageTagPattern } from '../../schema/language-tag.js'
import { languageNameTags, nameKey } from '../vocabulary/language-names.js'
import { checkOption } from './check-option.js'

/**
 * Check a `languageNameTags` option (more names of languages, each with its BCP 47 tag)
 * and add it to the built-in names; a name given here wins over a built-in one.
 *
 * @param value - what the caller passed.
 * @returns the names to read with (default: `languageNameTags` itself).
 * @throws {TypeError} when it is not an object of strings, or {RangeError} when one of
 *   its tags is not a well-formed BCP 47 tag; the message names the entry.
 * @example
 *   resolveLanguageNames({ Klingon: 'tlh' }).klingon //=> 'tlh'
 */
export function resolveLanguageNames(value: unknown): Readonly<Record<string, string>> {
  if (value === undefined || value === null) return languageNameTags
  checkOption(
    typeof value === 'object' && !Array.isArray(value),
    'languageNameTags',
    value,
    'an object from names of languages to BCP 47 tags, such as { "Klingon": "tlh" }',
  )
  const names: Record<string, string> = { ...languageNameTags }
  for (const [name, tag] of Object.entries(value as Record<string, unknown>)) {
    const option = `languageNameTags[${JSON.stringify(name)}]`
    checkOption(typeof tag === 'string', option, tag, 'a BCP 47 language tag such as "tlh"')
    checkOption(
      languageTagPattern.test(tag as string),
      option,
      tag,
      'a BCP 47 language tag such as "tlh"',
      'range',
    )
    names[nameKey(name)] = tag as string
  }
  return names
}
