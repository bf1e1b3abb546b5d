import * as z from 'zod'
import { modelRegistry } from './_lib/registry.js'
import { LanguageTag } from './language-tag.js'
import { expect } from './messages.js'
import { Organization } from './organization.js'
import { NonEmptyString } from './text.js'
import { TimeZone } from './time-zone.js'

const Words = /*#__PURE__*/ z.array(NonEmptyString, expect('wordList'))

// "/source/flags": a regular expression; anything else, a line as printed.
const slashed = /^\/(.+)\/([a-z]*)$/s

/**
 * Read a furniture entry: a regular expression written between slashes (`/^Sponsored
 * by .+$/i`, flags `i` and `u` only), or a line as printed, matched whole, in any case.
 *
 * @param entry - the entry.
 * @returns the pattern, or `undefined` when the entry is a bad regular expression.
 * @example
 *   furniturePattern('Back to the news list')?.test('BACK TO THE NEWS LIST') //=> true
 *   furniturePattern('/^Sponsored by .+$/i')?.test('Sponsored by Example') //=> true
 */
export function furniturePattern(entry: string): RegExp | undefined {
  const match = slashed.exec(entry)
  if (!match) {
    const line = entry.trim().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    return new RegExp(`^${line.replace(/\s+/g, '\\s+')}$`, 'iu')
  }
  const [, source = '', flags = ''] = match
  if (!/^(?:i?u?|ui)$/.test(flags)) return undefined
  try {
    return new RegExp(source, flags)
  } catch {
    return undefined
  }
}

/** A furniture entry of a profile or vocabulary: a line as printed, or a `/pattern/flags`. */
export const FurniturePattern = /*#__PURE__*/ z
  .string(expect('furniturePattern'))
  .min(1, expect('furniturePattern'))
  .refine((entry) => furniturePattern(entry) !== undefined, expect('furniturePattern'))

const words = <const Keys extends string>(keys: ReadonlyArray<Keys>) =>
  z.strictObject(
    Object.fromEntries(keys.map((key) => [key, Words.optional()])) as {
      [Key in Keys]: z.ZodOptional<typeof Words>
    },
  )

const Limits = /*#__PURE__*/ z.record(
  z.string(),
  z.number(expect('positiveNumber')).positive(expect('positiveNumber')),
)

// Words read as numbers: month, weekday and ordinal names, zone abbreviations.
const numberedWords = (
  what: 'monthNumber' | 'weekdayNumber' | 'dayNumber' | 'zoneOffset',
  least: number,
  most: number,
) =>
  z.record(
    NonEmptyString,
    z.number(expect(what)).int(expect(what)).min(least, expect(what)).max(most, expect(what)),
    expect('object'),
  )

/**
 * Words a caller or a site profile adds to the text parser's vocabulary, by family: each
 * list is appended to the default one (a label word given for one field leaves the
 * others), furniture entries are added to the furniture patterns, thresholds and
 * the page parts' header limits replace the default ones by name, and date words (month,
 * weekday and ordinal names as `{ "märz": 3 }`, zone abbreviations as minutes from UTC)
 * are added to the date vocabulary.
 */
export const VocabularyAdditions = /*#__PURE__*/ z.strictObject({
  labels: words(['source', 'author', 'editor', 'published', 'updated', 'ignored']).optional(),
  bylines: words([
    'words',
    'postedVerbs',
    'pieceKinds',
    'stops',
    'nameSuffixes',
    'organizationWords',
    'organizationEndings',
    'agencies',
  ]).optional(),
  roles: words([
    'newsroomJobs',
    'jobs',
    'qualifiers',
    'chineseRoles',
    'chineseQualifiers',
    'chineseQualifiedRoles',
    'chineseStationed',
    'notAuthors',
    'notAuthorsAfter',
    'captionMarks',
    'chineseReporters',
    'chineseReported',
    'chinesePhotoCredits',
  ]).optional(),
  widgets: words([
    'sizes',
    'sizeLabels',
    'buttons',
    'share',
    'comments',
    'tools',
    'counters',
    'reports',
    'counterForms',
  ]).optional(),
  furniture: z.array(FurniturePattern, expect('list')).optional(),
  breadcrumbs: words([
    'marks',
    'spaced',
    'homeWords',
    'prefixes',
    'contentWords',
    'prefixEndings',
    'pairMarks',
  ]).optional(),
  languageSwitches: z
    .strictObject({
      words: z
        .array(z.strictObject({ word: NonEmptyString, language: LanguageTag }), expect('list'))
        .optional(),
      labels: Words.optional(),
    })
    .optional(),
  thresholds: Limits.optional(),
  pageParts: z
    .strictObject({
      creditOpeners: Words.optional(),
      pictureAgencies: Words.optional(),
      nameParticles: Words.optional(),
      headerLimits: Limits.optional(),
    })
    .optional(),
  dates: z
    .strictObject({
      monthNames: numberedWords('monthNumber', 1, 12).optional(),
      weekdayNames: numberedWords('weekdayNumber', 0, 6).optional(),
      ordinalWords: numberedWords('dayNumber', 1, 31).optional(),
      zoneNames: numberedWords('zoneOffset', -720, 840).optional(),
    })
    .optional(),
})

/** Words added to the text parser's vocabulary, by family (see {@link VocabularyAdditions}). */
export type VocabularyAdditions = z.infer<typeof VocabularyAdditions>

/**
 * Build the SiteProfile schema and register it, with the vocabulary additions inside it,
 * for the JSON Schema file `site-profile.schema.json`.
 *
 * @returns the schema.
 */
function defineSiteProfile() {
  const SiteProfile = z.strictObject({
    $schema: z.string(expect('string')).optional(),
    name: NonEmptyString.optional(),
    description: NonEmptyString.optional(),
    vocabulary: VocabularyAdditions.optional(),
    timeZone: TimeZone.optional(),
    language: z.enum(['en', 'zh'], expect('pageLanguage')).optional(),
    publisher: Organization.optional(),
    dateOrder: z.enum(['day-month', 'month-day'], expect('dateOrder')).optional(),
    furniture: z.array(FurniturePattern, expect('list')).optional(),
  })
  VocabularyAdditions.register(modelRegistry, {
    id: 'VocabularyAdditions',
    description: "Words added to the text parser's vocabulary, by family.",
  })
  SiteProfile.register(modelRegistry, {
    id: 'SiteProfile',
    description:
      "What the text parser knows about one site's pages: vocabulary additions, time zone, language, publisher, date order and furniture.",
  })
  return SiteProfile
}

/**
 * A site profile: what the text parser should know about one site's pages, as data
 * (`news-model parse --profile site.json`). Every key is optional; an unknown key is an
 * error.
 *
 * - `$schema`: where an editor finds `site-profile.schema.json`, to check the file as it
 *   is written;
 * - `name`, `description`: what the profile is, for people and messages;
 * - `vocabulary`: words the site prints that the default vocabulary lacks;
 * - `timeZone`: the IANA zone the site prints its times in;
 * - `language`: the language of its pages, `en` or `zh`;
 * - `publisher`: the Organization that publishes it, given to every article read;
 * - `dateOrder`: how it prints all-number dates: `03/04/2019` is 3 April (`day-month`)
 *   or 4 March (`month-day`);
 * - `furniture`: lines it prints around every article, as printed or as `/patterns/`.
 *
 * @example
 *   SiteProfile.parse({ name: 'example-times', timeZone: 'America/New_York' }).timeZone
 *   //=> 'America/New_York'
 */
export const SiteProfile = /*#__PURE__*/ defineSiteProfile()

/** A site profile (see {@link SiteProfile}). */
export type SiteProfile = z.infer<typeof SiteProfile>
