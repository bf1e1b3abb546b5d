import type { Author } from '../../schema/author.js'
import type { Diagnostic } from '../../schema/diagnostic.js'
import { diagnose } from '../_lib/diagnose.js'
import type { Vocabulary } from '../vocabulary/vocabulary.js'
import type { Entry } from './classify.js'
import { type DateCandidate, dateRanks } from './dates.js'
import { splitNames } from './names.js'
import { reportDropped } from './report-dropped.js'

/** What the meta lines of a page add up to. */
export interface MetaFields {
  authors: Author[]
  editors: Author[]
  source: string | undefined
  dates: DateCandidate[]
}

/**
 * Add what one meta line says to the fields read so far, and report what it says that
 * the model has no place for: ignored labels, a second source, outlets in bylines, text
 * without a label, widget words, impossible or unreadable dates.
 *
 * @param entry - the meta line.
 * @param aboveHeadline - whether it stands above the headline (its dates count less).
 * @param fields - the fields read so far; changed in place.
 * @param diagnostics - where the reports go.
 * @param vocabulary - the role words for names (default: `defaultVocabulary`).
 */
export function addMetaLine(
  entry: Extract<Entry, { kind: 'meta' }>,
  aboveHeadline: boolean,
  fields: MetaFields,
  diagnostics: Diagnostic[],
  vocabulary?: Vocabulary,
): void {
  const { line, meta } = entry
  const at = { line: line.number, column: line.column }
  for (const value of meta.values) {
    const printed = `${value.label}: ${value.value}`
    if (value.field === 'ignored') {
      if (value.value !== '') diagnostics.push(reportDropped('ignored-label', at, printed))
    } else if (value.field === 'source') {
      if (fields.source === undefined) fields.source = value.value || undefined
      else if (value.value !== '') {
        const expected = `the source "${fields.source}"`
        diagnostics.push(diagnose('extra-value', 'info', at, { actual: printed, expected }))
      }
    } else if (value.field === 'author' || value.field === 'editor') {
      const names = splitNames(value.value, vocabulary)
      const people = value.field === 'author' ? fields.authors : fields.editors
      for (const person of names.authors) people.push(person)
      for (const note of names.notes) {
        diagnostics.push(reportDropped('unlabelled-text', at, note))
      }
      // Photographers, illustrators and translators are credited, not authors.
      for (const credit of names.credits) {
        diagnostics.push(reportDropped('ignored-label', at, credit))
      }
    } else {
      const rank = value.field === 'published' ? dateRanks.published : dateRanks.updated
      const real = value.dates.find((date) => date.real)
      if (real) fields.dates.push({ match: real, line, rank })
      if (value.dates.length === 0 && value.value !== '') {
        diagnostics.push(
          diagnose('unparsed-date', 'warning', at, {
            actual: value.value,
            expected: 'a date such as 2014-10-13 or October 13, 2014',
          }),
        )
      }
      // Text beside the date may be a part of it that was not read (a zone, a time).
      const [first] = value.dates
      if (first && value.rest !== undefined) {
        diagnostics.push(
          diagnose('unparsed-date', 'warning', at, {
            actual: value.rest,
            expected: `nothing more after the date "${first.text}"`,
          }),
        )
      }
    }
  }
  const rank = aboveHeadline ? dateRanks.aboveHeadline : dateRanks.belowHeadline
  for (const date of meta.dates) if (date.real) fields.dates.push({ match: date, line, rank })
  const impossible = [...meta.values.flatMap((value) => value.dates), ...meta.dates]
  for (const date of impossible.filter((d) => !d.real)) {
    diagnostics.push(diagnose('impossible-date', 'warning', at, { actual: date.text }))
  }
  for (const rest of meta.rest) diagnostics.push(reportDropped('unlabelled-text', at, rest))
  for (const widget of meta.widgets) diagnostics.push(reportDropped('site-furniture', at, widget))
}
