import { furniturePattern, type VocabularyAdditions } from '../../schema/site-profile.js'
import { compiledOnce } from '../_lib/compiled-once.js'
import { wordKey } from '../_lib/word-pattern.js'
import type { DateVocabulary } from './dates.js'
import type { FurnitureRule } from './furniture.js'
import type { LabelDictionary, LabelField } from './labels.js'
import type { HeaderLimits, PagePartsVocabulary } from './page-parts.js'
import type { Thresholds } from './thresholds.js'
import type { Vocabulary } from './vocabulary.js'

/**
 * Extend a vocabulary with a caller's or a site profile's additions: each list is
 * appended to the base one (a word already there is not added twice), a label word given
 * for one field leaves the others, furniture entries become furniture rules of kind
 * `site`, and thresholds replace the base ones by name. A family without additions stays
 * the base's object.
 *
 * The result is made once per pair of objects, so the patterns built from it are
 * compiled once too.
 *
 * @param base - the vocabulary to extend, such as `defaultVocabulary`.
 * @param additions - checked additions (see `VocabularyAdditions`), or `undefined`.
 * @returns the extended vocabulary, or `base` when there is nothing to add.
 * @example
 *   extendVocabulary(defaultVocabulary, { roles: { jobs: ['anchor'] } }).roles.jobs.includes('anchor')
 *   //=> true
 */
export function extendVocabulary(
  base: Vocabulary,
  additions: VocabularyAdditions | undefined,
): Vocabulary {
  if (additions === undefined) return base
  return extensionsOf(base)(additions)
}

const extensionsOf = compiledOnce((base: Vocabulary) =>
  compiledOnce((additions: VocabularyAdditions) => extend(base, additions)),
)

function extend(base: Vocabulary, additions: VocabularyAdditions): Vocabulary {
  const { labels, furniture, thresholds, languageSwitches } = additions
  return {
    labels: labels ? extendLabels(base.labels, labels) : base.labels,
    bylines: appendLists(base.bylines, additions.bylines),
    roles: appendLists(base.roles, additions.roles),
    widgets: appendLists(base.widgets, additions.widgets),
    furniture: furniture ? [...base.furniture, ...furniture.map(siteRule)] : base.furniture,
    breadcrumbs: appendLists(base.breadcrumbs, additions.breadcrumbs),
    languageSwitches: languageSwitches
      ? {
          words: [...base.languageSwitches.words, ...(languageSwitches.words ?? [])],
          labels: appendList(base.languageSwitches.labels, languageSwitches.labels),
        }
      : base.languageSwitches,
    thresholds: thresholds
      ? ({ ...base.thresholds, ...thresholds } as Thresholds)
      : base.thresholds,
    pageParts: additions.pageParts
      ? extendPageParts(base.pageParts, additions.pageParts)
      : base.pageParts,
    dates: additions.dates ? extendDates(base.dates, additions.dates) : base.dates,
  }
}

// Month, weekday and ordinal names are read in any case: their keys are kept in small
// letters, as the default ones are; zone abbreviations are read as printed.
function extendDates(
  base: DateVocabulary,
  extra: NonNullable<VocabularyAdditions['dates']>,
): DateVocabulary {
  return {
    ...base,
    monthNames: addNames(base.monthNames, extra.monthNames, true),
    weekdayNames: addNames(base.weekdayNames, extra.weekdayNames, true),
    ordinalWords: addNames(base.ordinalWords, extra.ordinalWords, true),
    zoneNames: addNames(base.zoneNames, extra.zoneNames, false),
  } as DateVocabulary
}

function addNames(
  base: Readonly<Record<string, number>>,
  names: Readonly<Record<string, number>> | undefined,
  small: boolean,
): Readonly<Record<string, number>> {
  if (!names) return base
  const added = Object.entries(names).map(([name, value]) => [
    small ? name.toLowerCase() : name,
    value,
  ])
  return { ...base, ...Object.fromEntries(added) }
}

function extendPageParts(
  base: PagePartsVocabulary,
  extra: NonNullable<VocabularyAdditions['pageParts']>,
): PagePartsVocabulary {
  const { headerLimits } = extra
  return {
    creditOpeners: appendList(base.creditOpeners, extra.creditOpeners),
    pictureAgencies: appendList(base.pictureAgencies, extra.pictureAgencies),
    nameParticles: appendList(base.nameParticles, extra.nameParticles),
    headerLimits: headerLimits
      ? ({ ...base.headerLimits, ...headerLimits } as HeaderLimits)
      : base.headerLimits,
  }
}

/**
 * Merge label words into a dictionary: each field's words are appended, and a word given
 * for one field is removed from the others, so `{ source: ['Press'] }` moves nothing but
 * adds, and `{ ignored: ['From'] }` stops `From:` naming the source.
 *
 * @param base - the dictionary.
 * @param extra - more words per field.
 * @returns the merged dictionary.
 */
export function extendLabels(
  base: LabelDictionary,
  extra: { readonly [Field in LabelField]?: ReadonlyArray<string> | undefined },
): LabelDictionary {
  const added = new Set(Object.values(extra).flatMap((words) => (words ?? []).map(wordKey)))
  const merged = {} as Record<LabelField, string[]>
  for (const field of Object.keys(base) as LabelField[]) {
    merged[field] = [
      ...base[field].filter((word) => !added.has(wordKey(word))),
      ...(extra[field] ?? []),
    ]
  }
  return merged
}

function appendLists<Family extends Record<keyof Family, ReadonlyArray<string>>>(
  base: Family,
  extra: { [Key in keyof Family]?: ReadonlyArray<string> | undefined } | undefined,
): Family {
  if (extra === undefined) return base
  const merged = { ...base }
  for (const key of Object.keys(extra) as Array<keyof Family>) {
    merged[key] = appendList(base[key], extra[key]) as Family[keyof Family]
  }
  return merged
}

function appendList(
  base: ReadonlyArray<string>,
  words: ReadonlyArray<string> | undefined,
): ReadonlyArray<string> {
  if (!words) return base
  return [...new Set([...base, ...words])]
}

function siteRule(entry: string): FurnitureRule {
  // The entry was checked: it makes a pattern.
  return { kind: 'site', pattern: furniturePattern(entry) ?? /(?!)/ }
}
