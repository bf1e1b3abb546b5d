import type { Author } from '../../../schema/author.js'
import type { Diagnostic } from '../../../schema/diagnostic.js'
import type { Entry } from '../classify.js'
import type { DateCandidate } from '../dates.js'
import type { Line } from '../lines.js'
import { reportDropped } from '../report-dropped.js'
import type { LanguageSwitch } from '../translations.js'
import { readBreadcrumbEntry } from './breadcrumb.js'
import { readFurniture } from './furniture.js'
import { readMeta } from './meta.js'
import { readSwitch } from './switch.js'
import { readText } from './text.js'
import {
  type FieldHandler,
  type FieldState,
  type PageView,
  placeOf,
  type TextEntry,
} from './types.js'

export type { FieldHandler, FieldState, FieldStep, PageView, TextEntry } from './types.js'

/** One handler per kind of entry. */
export const fieldHandlers: { [Kind in Entry['kind']]: FieldHandler<Kind> } = {
  furniture: (entry, index, page, state) => readFurniture(entry, index, page, state),
  menu: (entry, index, page, state) => readFurniture(entry, index, page, state),
  breadcrumb: readBreadcrumbEntry,
  switch: readSwitch,
  meta: readMeta,
  text: readText,
}

/** What the fields stage reads from a page's entries. */
export interface PageFields {
  authors: Author[]
  editors: Author[]
  source: string | undefined
  dates: DateCandidate[]
  breadcrumb: string[] | undefined
  translations: LanguageSwitch[]
  alternativeHeadline: string | undefined
  /** The body's lines, in order, with their index among the entries. */
  body: Array<{ entry: TextEntry; index: number }>
  diagnostics: Diagnostic[]
  /** Where each field was read, for `provenance`: one origin per author and editor. */
  origins: FieldOrigins
}

/** Where a value was read: its line, its text there, and the rule that read it. */
export interface FieldOrigin {
  line: Line
  part: string
  rule: string
}

/** The origins of the fields read from the entries. */
export interface FieldOrigins {
  authors: FieldOrigin[]
  editors: FieldOrigin[]
  source?: FieldOrigin
  breadcrumb?: FieldOrigin
  alternativeHeadline?: FieldOrigin
}

/**
 * Read the article's fields from the entries, each by the handler of its kind (see
 * {@link fieldHandlers}): handlers return what they read and nothing shared is changed;
 * this stage adds their steps up in the page's order. The headline's own lines are
 * passed over. A name printed alone in the header is the author when no byline names one.
 *
 * @param page - the page as the earlier stages read it.
 * @returns the fields, the body's lines and the diagnostics.
 */
export function readFields(page: PageView): PageFields {
  const fields: PageFields = {
    authors: [],
    editors: [],
    source: undefined,
    dates: [],
    breadcrumb: undefined,
    translations: [],
    alternativeHeadline: undefined,
    body: [],
    diagnostics: [],
    origins: { authors: [], editors: [] },
  }
  const { origins } = fields
  const names: TextEntry[] = []
  let state: FieldState = {
    authors: 0,
    source: undefined,
    breadcrumb: false,
    bodyLines: 0,
    ended: false,
    blockEnd: 0,
  }
  const { headline } = page.layout
  for (const [index, entry] of page.entries.entries()) {
    const own =
      index === headline.index || index === headline.firstLine || index === headline.lastLine
    if (own && entry.kind !== 'meta') continue
    const handler = fieldHandlers[entry.kind] as FieldHandler<Entry['kind']>
    const read = handler(entry, index, page, state)
    // A meta line that gave the headline its leftover text: the text is not left out.
    const step =
      own && entry.kind === 'meta'
        ? {
            ...read,
            diagnostics: (read.diagnostics ?? []).filter(
              (d) => !entry.meta.rest.includes(d.actual ?? ''),
            ),
          }
        : read
    if (step.body) fields.body.push({ entry: step.body, index })
    if (step.name) names.push(step.name)
    const rule = entry.kind === 'meta' ? 'meta-line' : 'closing-credit'
    const origin = (part: string) => ({ line: entry.line, part, rule })
    const editors = unique(step.editors ?? [], fields.editors)
    fields.authors.push(...(step.authors ?? []))
    fields.editors.push(...editors)
    origins.authors.push(...(step.authors ?? []).map((person) => origin(person.name)))
    origins.editors.push(...editors.map((person) => origin(person.name)))
    fields.dates.push(...(step.dates ?? []))
    fields.translations.push(...(step.translations ?? []))
    fields.diagnostics.push(...(step.diagnostics ?? []))
    if (step.source !== undefined && fields.source === undefined) {
      fields.source = step.source
      origins.source = { line: entry.line, part: step.source, rule: 'labelled-value' }
    }
    if (step.breadcrumb) {
      fields.breadcrumb = step.breadcrumb
      origins.breadcrumb = { line: entry.line, part: entry.line.text, rule: 'breadcrumb' }
    }
    if (step.alternativeHeadline) {
      fields.alternativeHeadline = step.alternativeHeadline
      origins.alternativeHeadline = {
        line: entry.line,
        part: step.alternativeHeadline,
        rule: 'deck',
      }
    }
    state = {
      authors: fields.authors.length,
      source: fields.source,
      breadcrumb: fields.breadcrumb !== undefined,
      bodyLines: fields.body.length,
      ended: state.ended || step.ended === true,
      blockEnd: step.blockEnd ?? state.blockEnd,
    }
  }
  // A name printed alone beside the header's date or role line is the author's, when no
  // byline names one; otherwise it repeats a byline's name or is left out.
  for (const entry of names) {
    if (fields.authors.length === 0) {
      fields.authors.push({ type: 'Person', name: entry.text })
      origins.authors.push({ line: entry.line, part: entry.text, rule: 'name-beside-date' })
      continue
    }
    const repeated = fields.authors.some((author) => author.name === entry.text)
    const rule = repeated ? 'site-furniture' : 'unlabelled-text'
    fields.diagnostics.push(reportDropped(rule, placeOf(entry), entry.line.text))
  }
  return fields
}

// The same editor printed in the header and in the footer is one editor.
function unique(people: ReadonlyArray<Author>, known: ReadonlyArray<Author>): Author[] {
  return people.filter((person) => !known.some((other) => other.name === person.name))
}
