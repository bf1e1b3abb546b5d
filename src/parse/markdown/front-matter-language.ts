import type { Diagnostic } from '../../schema/diagnostic.js'
import { expectations } from '../../schema/messages.js'
import { diagnose } from '../_lib/diagnose.js'
import { issueDiagnostic } from '../_lib/issue-diagnostic.js'
import type { SpanPlace } from '../_lib/span-at.js'
import { type LanguageForm, type LanguageReading, readLanguage } from './read-language.js'

/** What the note of a `language-form` warning says of each form read. */
export const languageFormNotes: Readonly<Record<Exclude<LanguageForm, 'tag'>, string>> = {
  case: 'A language tag in another case; tags are written with the language in small letters, a script with a capital, a region in capitals.',
  locale: 'A locale id (language_REGION), as Jekyll, Hexo and operating systems write them.',
  name: "A language's name, read as its tag by languageNameTags.",
}

/**
 * Read the language a front matter gives: a BCP 47 tag as it is, and another form (a
 * locale id, a name, a tag in another case) as a tag with a `language-form` warning at
 * the value that names what was read and the tag used. A string of no known form is an
 * `invalid-value` error that says which forms are read; a value that is not a string
 * is left to the model's check.
 *
 * @param value - the front-matter value.
 * @param where - the value's place in the file.
 * @param names - names of languages and their tags.
 * @returns the value to set (a tag, or `value` when it is not a string), or `undefined`
 *   when it is refused, and the diagnostics.
 * @example
 *   readFrontMatterLanguage('zh_cn', at, languageNameTags).value //=> 'zh-CN'
 */
export function readFrontMatterLanguage(
  value: unknown,
  where: SpanPlace,
  names: Readonly<Record<string, string>>,
): { value: unknown; diagnostics: Diagnostic[] } {
  if (typeof value !== 'string') return { value, diagnostics: [] }
  const reading = readLanguage(value, names)
  if (reading === undefined) return { value: undefined, diagnostics: [refused(value, where)] }
  if (reading.form === 'tag') return { value: reading.tag, diagnostics: [] }
  return { value: reading.tag, diagnostics: [warning(value.trim(), reading, where)] }
}

function warning(actual: string, reading: LanguageReading, where: SpanPlace): Diagnostic {
  const diagnostic = diagnose('language-form', 'warning', where, { actual, expected: reading.tag })
  const form = reading.form as Exclude<LanguageForm, 'tag'>
  const dropped = reading.dropped
    ? ` Its codeset and modifier "${reading.dropped}" are left out.`
    : ''
  diagnostic.note = `${languageFormNotes[form]}${dropped}`
  return diagnostic
}

function refused(value: string, where: SpanPlace): Diagnostic {
  const expected = expectations.languageForms
  const issue = {
    code: 'invalid-value' as const,
    path: 'language',
    segments: ['language'],
    message: `expected ${expected}`,
    expected,
    received: JSON.stringify(value),
  }
  return issueDiagnostic(issue, where.place.start, where.place.end)
}
