import { formatPath } from '../../schema/_lib/format-path.js'
import type { Diagnostic } from '../../schema/diagnostic.js'
import { expectations } from '../../schema/messages.js'
import { toIsoDate } from '../_lib/date-parts.js'
import { diagnose } from '../_lib/diagnose.js'
import { findDates, matchBasicIsoDate } from '../_lib/find-dates.js'
import { issueDiagnostic } from '../_lib/issue-diagnostic.js'
import type { SpanPlace } from '../_lib/span-at.js'
import { toAuthor } from '../_lib/to-author.js'
import { wordAlternation } from '../_lib/word-pattern.js'
import { breadcrumbVocabulary } from '../vocabulary/breadcrumbs.js'
import { languageNameTags } from '../vocabulary/language-names.js'
import { type FrontMatterField, frontMatterKeys } from './front-matter-keys.js'
import { readFrontMatterLanguage } from './front-matter-language.js'

/**
 * Where a key of the front matter, or its value, stands, for diagnostics: the key is
 * the last of a path from the top (`['author', 1, 'email']`); the place spans the key's
 * or the value's text.
 */
export type KeyPlace = (path: ReadonlyArray<string | number>, part: 'key' | 'value') => SpanPlace

/** The article fields front matter set, and which key set each. */
export interface FrontMatterFields {
  fields: Partial<Record<FrontMatterField, unknown>>
  /** The path of the front-matter key each field came from (`headline` → `['title']`). */
  keys: Partial<Record<FrontMatterField, ReadonlyArray<string | number>>>
}

/**
 * Map front matter to article fields: aliases to the contract's names, a language's
 * locale id or name (`zh_CN`, `English`) to its tag with a warning, a bare name to a
 * Person (or an Organization, by its words), a source or publisher name to an object, a
 * comma-separated string of tags to a list, and dates in any printed form to the
 * contract's form in `timeZone`.
 *
 * @param data - the front matter's values.
 * @param timeZone - the zone for date-times printed without an offset.
 * @param place - where each key stands.
 * @param diagnostics - where unknown keys, second values and unreadable dates go.
 * @param strict - whether an unknown key is an error (default: a warning).
 * @param languageNames - names of languages and their tags (default: `languageNameTags`).
 * @returns the fields and their keys.
 */
export function toFields(
  data: Record<string, unknown>,
  timeZone: string,
  place: KeyPlace,
  diagnostics: Diagnostic[],
  strict: boolean,
  languageNames: Readonly<Record<string, string>> = languageNameTags,
): FrontMatterFields {
  const fields: FrontMatterFields['fields'] = {}
  const keys: FrontMatterFields['keys'] = {}
  const unknown = (path: ReadonlyArray<string | number>) => {
    diagnostics.push(
      diagnose('unknown-key', strict ? 'error' : 'warning', place(path, 'key'), {
        actual: formatPath(path),
      }),
    )
  }
  // Set one field from the value at `path`, reporting what cannot be read.
  const take = (field: FrontMatterField, path: ReadonlyArray<string | number>, value: unknown) => {
    const key = formatPath(path)
    const earlier = keys[field]
    if (earlier !== undefined) {
      const expected = `${field} from "${formatPath(earlier)}"`
      diagnostics.push(
        diagnose('extra-value', 'warning', place(path, 'key'), { actual: key, expected }),
      )
      return
    }
    keys[field] = path
    if (value === null || value === undefined) return
    const where = place(path, 'value')
    // A site-relative address (`/news/1/`, as static-site tools write them) cannot be the
    // article's absolute URL: it is reported and left out, not an error.
    if (field === 'url' && isSiteRelative(value)) {
      const expected = expectations.httpUrl
      const issue = {
        code: 'invalid-value' as const,
        path: 'url',
        segments: ['url'],
        message: `expected ${expected}`,
        expected,
        received: JSON.stringify(value),
      }
      const { start, end } = where.place
      diagnostics.push(issueDiagnostic(issue, start, end, 'warning'))
      return
    }
    if (field === 'language') {
      const read = readFrontMatterLanguage(value, where, languageNames)
      diagnostics.push(...read.diagnostics)
      if (read.value !== undefined) fields.language = read.value
      return
    }
    const read = readers[field]
    // A key inside a value that the model has no place for (an author's e-mail) is
    // reported and left out, as an unknown key at the top is.
    const drop = (inner: ReadonlyArray<string | number>) => {
      unknown([...path, ...inner])
      return String(inner[inner.length - 1])
    }
    const result = read ? read(value, timeZone, drop) : value
    if (result instanceof Unreadable) {
      const actual = String(value)
      diagnostics.push(
        result.impossible
          ? diagnose('impossible-date', 'error', where, { actual })
          : diagnose('unparsed-date', 'error', where, {
              actual,
              expected: 'a date such as 2014-10-13, 2014-10-13 14:42 or October 13, 2014',
            }),
      )
      return
    }
    fields[field] = result
  }
  for (const [key, value] of Object.entries(data)) {
    const field = Object.hasOwn(frontMatterKeys, key) ? frontMatterKeys[key] : undefined
    if (field === undefined) unknown([key])
    else if (field === 'datePublished' && isRecord(value)) {
      // A date given as its parts: `date: { created: …, updated: … }` (MkDocs' blog).
      for (const [part, date] of Object.entries(value)) {
        const into = Object.hasOwn(datePartKeys, part) ? datePartKeys[part] : undefined
        if (into === undefined) unknown([key, part])
        else take(into, [key, part], date)
      }
    } else take(field, [key], value)
  }
  return { fields, keys }
}

/**
 * The keys of a date given as its parts (`date: { created: 2023-12-31, updated: 2024-01-02 }`,
 * as MkDocs' blog plugin writes it), and the field each sets.
 */
export const datePartKeys: Readonly<Record<string, 'datePublished' | 'dateModified'>> = {
  created: 'datePublished',
  published: 'datePublished',
  updated: 'dateModified',
  modified: 'dateModified',
}

function isSiteRelative(value: unknown): boolean {
  if (typeof value !== 'string') return false
  const text = value.trim()
  return /^(?:\/|\.{1,2}\/|[\w-]+(?:\/|\.html?$))/.test(text) && !/^[a-z][\w+.-]*:/i.test(text)
}

class Unreadable {
  constructor(readonly impossible: boolean) {}
}

type Reader = (
  value: unknown,
  timeZone: string,
  drop: (path: ReadonlyArray<string | number>) => string,
) => unknown

/**
 * The keys an author object may have, by the names front matter uses for them (those of
 * the contract, and of other tools' author objects).
 */
export const authorKeys: Readonly<
  Record<string, 'type' | 'name' | 'jobTitle' | 'affiliation' | 'url'>
> = {
  type: 'type',
  name: 'name',
  jobTitle: 'jobTitle',
  title: 'jobTitle',
  role: 'jobTitle',
  position: 'jobTitle',
  affiliation: 'affiliation',
  organization: 'affiliation',
  company: 'affiliation',
  url: 'url',
  link: 'url',
  website: 'url',
  homepage: 'url',
}

const readAuthors: Reader = (value, _timeZone, drop) => {
  const list = Array.isArray(value)
  return (list ? value : [value]).map((item, index) => {
    if (typeof item === 'string') return toAuthor(item.trim())
    if (!isRecord(item)) return item
    const author: Record<string, unknown> = {}
    for (const [key, field] of Object.entries(item)) {
      const known = Object.hasOwn(authorKeys, key) ? authorKeys[key] : undefined
      if (known === undefined) drop(list ? [index, key] : [key])
      else if (author[known] === undefined) author[known] = field
    }
    if (typeof author.affiliation === 'string')
      author.affiliation = organization(author.affiliation)
    return author.type === undefined ? { type: 'Person', ...author } : author
  })
}

const readDate: Reader = (value, timeZone) => {
  if (typeof value !== 'string' && typeof value !== 'number') return value
  const text = String(value).trim()
  const [date] = findDates(text).concat(matchBasicIsoDate(text) ?? [])
  // The whole value must be the date, so that "2014-10-13 or so" is not half read.
  const rest = date ? `${text.slice(0, date.start)}${text.slice(date.end)}`.trim() : text
  if (date === undefined || rest !== '') return new Unreadable(false)
  if (!date.real) return new Unreadable(true)
  return toIsoDate(date.parts, timeZone)
}

const readList: Reader = (value) =>
  typeof value === 'string'
    ? value
        .split(/[,，、]/)
        .map((i) => i.trim())
        .filter((item) => item !== '')
    : value

// A trail written as one string (`breadcrumb: Home > News`) splits where the text
// parser's trails do: at a mark anywhere, at `/` or `-` with spaces around it.
const trailSeparator = new RegExp(
  `(?:(?<!\\s)\\s+)?(?:${wordAlternation(breadcrumbVocabulary.marks)})|(?<!\\s)\\s+(?:${wordAlternation(breadcrumbVocabulary.spaced)})\\s`,
)

const readTrail: Reader = (value) =>
  typeof value === 'string'
    ? value
        .split(trailSeparator)
        .map((i) => i.trim())
        .filter((item) => item !== '')
    : value

const readers: Partial<Record<FrontMatterField, Reader>> = {
  authors: readAuthors,
  editors: readAuthors,
  source: (value) => (typeof value === 'string' ? { name: value } : value),
  publisher: (value) =>
    typeof value === 'string' ? organization(value) : withType(value, 'Organization'),
  datePublished: readDate,
  dateModified: readDate,
  keywords: readList,
  breadcrumb: readTrail,
  about: (value) =>
    typeof value === 'string' ? { type: 'Event', name: value } : withType(value, 'Event'),
  contentLocation: (value) =>
    typeof value === 'string' ? { type: 'Place', name: value } : withType(value, 'Place'),
  // A number or a date-like value in a text field reads as the text it was written as.
  headline: asText,
  alternativeHeadline: asText,
  description: asText,
  id: asText,
}

function asText(value: unknown): unknown {
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value
}

function organization(name: string) {
  return { type: 'Organization', name }
}

function withType(value: unknown, type: string): unknown {
  return isRecord(value) && value.type === undefined ? { type, ...value } : value
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
