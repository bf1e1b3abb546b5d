import * as z from 'zod'
import { expect } from './messages.js'

// The grammar of RFC 5646 (BCP 47), section 2.1, piece by piece. Tags are
// case-insensitive, so every letter class carries both cases; no regex flags are used,
// so that JSON Schema validators read the pattern exactly as zod does.
const alpha = '[A-Za-z]'
const digit = '[0-9]'
const alphanum = '[A-Za-z0-9]'
const extlang = `${alpha}{3}(?:-${alpha}{3}){0,2}`
const language = `(?:${alpha}{2,3}(?:-${extlang})?|${alpha}{4}|${alpha}{5,8})`
const script = `${alpha}{4}`
const region = `(?:${alpha}{2}|${digit}{3})`
const variant = `(?:${alphanum}{5,8}|${digit}${alphanum}{3})`
const singleton = '[0-9A-WYZa-wyz]'
const extension = `${singleton}(?:-${alphanum}{2,8})+`
const privateUse = `[Xx](?:-${alphanum}{1,8})+`
const irregular =
  'en-GB-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn|i-tao|i-tay|i-tsu|sgn-BE-FR|sgn-BE-NL|sgn-CH-DE'
const regular = 'art-lojban|cel-gaulish|no-bok|no-nyn|zh-guoyu|zh-hakka|zh-min|zh-min-nan|zh-xiang'
const langtag = `${language}(?:-${script})?(?:-${region})?(?:-${variant})*(?:-${extension})*(?:-${privateUse})?`

/**
 * A well-formed BCP 47 language tag (RFC 5646): `en`, `zh`, `zh-Hans`, `zh-Hant-TW`,
 * `en-GB-oxendict`, private-use `x-chamber` and the grandfathered tags.
 *
 * The pattern checks form, not registration: `zz` is well-formed.
 */
export const languageTagPattern = new RegExp(
  `^(?:${langtag}|${privateUse}|${irregular}|${regular})$`,
)

/**
 * A BCP 47 language tag, trimmed.
 *
 * @example
 *   LanguageTag.parse('zh-Hans') //=> 'zh-Hans'
 *   LanguageTag.safeParse('chinese simplified').success //=> false
 */
export const LanguageTag = /*#__PURE__*/ z
  .string(expect('languageTag'))
  .trim()
  .regex(languageTagPattern, expect('languageTag'))

/** A BCP 47 language tag. */
export type LanguageTag = z.infer<typeof LanguageTag>
