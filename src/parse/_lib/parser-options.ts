import type { UnknownKeys } from '../../schema/_lib/object.js'
import { isTimeZone } from '../../schema/time-zone.js'
import { checkOption, checkOptionsObject, optionalBoolean } from './check-option.js'
import {
  type InputOptions,
  type ResolvedInputOptions,
  resolveInputOptions,
} from './input-options.js'
import { resolveLanguageNames } from './language-names-option.js'

/** The zone of date-times written without an offset, unless a caller gives another. */
export const defaultTimeZone = 'Asia/Shanghai'

/** The policies on unknown keys that `parseJson` takes. */
export const unknownKeyPolicies: ReadonlyArray<UnknownKeys> = ['reject', 'keep']

/**
 * Check a `timeZone` option and apply its default.
 *
 * @param zone - what the caller passed.
 * @returns the zone's name (default: `'Asia/Shanghai'`).
 * @throws {RangeError} when it is not an IANA zone this runtime knows.
 * @example
 *   resolveTimeZone(null) //=> 'Asia/Shanghai'
 */
export function resolveTimeZone(zone: unknown): string {
  if (zone === undefined || zone === null) return defaultTimeZone
  checkOption(
    typeof zone === 'string' && isTimeZone(zone),
    'timeZone',
    zone,
    'an IANA zone such as "Asia/Shanghai"',
    typeof zone === 'string' ? 'range' : 'type',
  )
  return zone as string
}

/** The options of `remarkNewsArticle`, checked. */
export interface ResolvedRemarkOptions {
  timeZone: string
  strict: boolean
  /** The names of languages read, the built-in ones and the caller's. */
  languageNames: Readonly<Record<string, string>>
}

/**
 * Check the options of `remarkNewsArticle` (`timeZone`, `strict`, `languageNameTags`)
 * and apply their defaults.
 *
 * @param options - what the caller passed.
 * @returns the checked options.
 * @throws {TypeError | RangeError} when one of them is bad.
 */
export function resolveRemarkOptions(
  options: { timeZone?: unknown; strict?: unknown; languageNameTags?: unknown } | null | undefined,
): ResolvedRemarkOptions {
  const { timeZone, strict, languageNameTags } = checkOptionsObject(options)
  return {
    timeZone: resolveTimeZone(timeZone),
    strict: optionalBoolean('strict', strict) ?? false,
    languageNames: resolveLanguageNames(languageNameTags),
  }
}

/**
 * Check the options of `parseMarkdown` (those of the remark plugin and of the input,
 * and `provenance`, default `false`) and apply their defaults.
 *
 * @param options - what the caller passed.
 * @returns the checked options.
 * @throws {TypeError | RangeError} when one of them is bad.
 */
export function resolveMarkdownOptions(
  options:
    | (InputOptions & {
        timeZone?: unknown
        strict?: unknown
        languageNameTags?: unknown
        provenance?: unknown
      })
    | null
    | undefined,
): ResolvedInputOptions & ResolvedRemarkOptions & { provenance: boolean } {
  const provenance = optionalBoolean('provenance', options?.provenance) ?? false
  return { ...resolveInputOptions(options), ...resolveRemarkOptions(options), provenance }
}

/**
 * Check the options of `parseJson` (`unknownKeys`, `provenance` and those of the input)
 * and apply their defaults.
 *
 * @param options - what the caller passed.
 * @returns the checked options (`unknownKeys` default: `'reject'`, `provenance`: `false`).
 * @throws {TypeError | RangeError} when one of them is bad.
 */
export function resolveJsonOptions(
  options: (InputOptions & { unknownKeys?: unknown; provenance?: unknown }) | null | undefined,
): ResolvedInputOptions & { unknownKeys: UnknownKeys; provenance: boolean } {
  const input = resolveInputOptions(options)
  const unknownKeys = options?.unknownKeys ?? 'reject'
  checkOption(
    unknownKeyPolicies.includes(unknownKeys as UnknownKeys),
    'unknownKeys',
    unknownKeys,
    `one of ${unknownKeyPolicies.map((policy) => `"${policy}"`).join(', ')}`,
    typeof unknownKeys === 'string' ? 'range' : 'type',
  )
  const provenance = optionalBoolean('provenance', options?.provenance) ?? false
  return { ...input, unknownKeys: unknownKeys as UnknownKeys, provenance }
}
