import { languageTagPattern } from '../../schema/language-tag.js'
import { nameKey } from '../vocabulary/language-names.js'

/**
 * The forms of a front-matter language that are read as a BCP 47 tag:
 *
 * - `tag`: a tag in its canonical case (`en`, `zh-Hans`, `zh-CN`), taken as it is;
 * - `case`: a tag in another case (`ZH-cn`, `en-us`, `zh-hans`);
 * - `locale`: a POSIX or ICU locale id (`zh_CN`, `en_US.UTF-8`, `sr_RS@latin`,
 *   `zh_Hans_CN`), as Jekyll, Hexo and operating systems write them;
 * - `name`: a language's name, in English, in itself or in Chinese (`English`, `中文`,
 *   `Français`), from `languageNameTags`.
 */
export type LanguageForm = 'tag' | 'case' | 'locale' | 'name'

/** A front-matter language read as a tag, and the form it was written in. */
export interface LanguageReading {
  /** The BCP 47 tag. */
  tag: string
  /** The form the value was written in. */
  form: LanguageForm
  /** What of a locale id the tag leaves out: its codeset (`.UTF-8`) and modifier (`@latin`). */
  dropped?: string
}

// A locale id: language, then script and region, each after `_` (or `-`), then a codeset
// after `.` and a modifier after `@`, as POSIX (`en_US.UTF-8`, `sr_RS@latin`) and ICU
// (`zh_Hans_CN`) write them.
const localeId = /^([a-z]{2,3})(?:[_-]([a-z]{4}))?(?:[_-]([a-z]{2}|\d{3}))?(\.[\w-]+)?(@[\w-]+)?$/i

// A tag whose language subtag has 4 to 8 letters is well formed, but no such language
// is registered (4 letters are reserved): `English`, `Thai` and `Deutsch` are names.
const unregisteredLanguage = /^[a-z]{4,8}(?:-|$)/i

/**
 * Read a language given in front matter as a BCP 47 tag: a tag as it is (in its
 * canonical case), a POSIX or ICU locale id as the tag of its language, script and
 * region, and a language's name by `names`.
 *
 * @param value - the value, as written.
 * @param names - names of languages (in small letters) and the tag of each.
 * @returns the tag and the form it was read from, or `undefined` when the value is none
 *   of these forms.
 * @example
 *   readLanguage('zh_cn', languageNameTags) //=> { tag: 'zh-CN', form: 'locale' }
 *   readLanguage('en_US.UTF-8', languageNameTags) //=> { tag: 'en-US', form: 'locale', dropped: '.UTF-8' }
 *   readLanguage('Français', languageNameTags) //=> { tag: 'fr', form: 'name' }
 *   readLanguage('en-us', languageNameTags) //=> { tag: 'en-US', form: 'case' }
 */
export function readLanguage(
  value: string,
  names: Readonly<Record<string, string>>,
): LanguageReading | undefined {
  const text = value.normalize('NFC').trim()
  const key = nameKey(value)
  if (Object.hasOwn(names, key)) return { tag: names[key] as string, form: 'name' }
  const locale = localeId.exec(text)
  if (locale && /[_.@]/.test(text)) {
    const [, language, script, region, codeset = '', modifier = ''] = locale
    const tag = canonicalCase([language, script, region].filter(Boolean).join('-'))
    const dropped = `${codeset}${modifier}`
    return dropped === '' ? { tag, form: 'locale' } : { tag, form: 'locale', dropped }
  }
  if (!languageTagPattern.test(text) || unregisteredLanguage.test(text)) return undefined
  const tag = canonicalCase(text)
  return { tag, form: tag === text ? 'tag' : 'case' }
}

// The tag in the case RFC 5646 recommends (`zh-Hans-CN`), as Intl.getCanonicalLocales
// writes it; it is in every runtime the package supports (Node 20, current browsers).
// A tag that it would change in more than case (`iw` to `he`) or refuses (the
// grandfathered `i-klingon`) stays as written.
function canonicalCase(tag: string): string {
  let canonical: string | undefined
  try {
    ;[canonical] = Intl.getCanonicalLocales(tag)
  } catch {
    return tag
  }
  return canonical !== undefined && canonical.toLowerCase() === tag.toLowerCase() ? canonical : tag
}
