import type { Author } from '../../schema/author.js'
import type { Diagnostic } from '../../schema/diagnostic.js'
import { diagnose } from '../_lib/diagnose.js'
import type { Vocabulary } from '../vocabulary/vocabulary.js'
import type { Entry } from './classify.js'
import { type DateCandidate, dateRanks } from './dates.js'
import { splitNames } from './names.js'
import { placeBetween, placeIn } from './place.js'
import { reportDropped } from './report-dropped.js'

/** What one meta line says: people, a source, dates, and what was reported. */
export interface MetaReading {
  authors: Author[]
  editors: Author[]
  /** The source, when the line names one and none was read before. */
  source: string | undefined
  dates: DateCandidate[]
  diagnostics: Diagnostic[]
}

/**
 * Read what one meta line says, and report what it says that the model has no place
 * for: ignored labels, a second source, outlets in bylines, text without a label, widget
 * words, impossible or unreadable dates.
 *
 * @param entry - the meta line.
 * @param aboveHeadline - whether it stands above the header (its dates count less).
 * @param sourceSoFar - the source read from the lines above, if any.
 * @param vocabulary - the role words for names (default: `defaultVocabulary`).
 * @returns what the line adds.
 */
export function readMetaEntry(
  entry: Extract<Entry, { kind: 'meta' }>,
  aboveHeadline: boolean,
  sourceSoFar: string | undefined,
  vocabulary?: Vocabulary,
): MetaReading {
  const fields: MetaReading = {
    authors: [],
    editors: [],
    source: undefined,
    dates: [],
    diagnostics: [],
  }
  const { diagnostics } = fields
  const { line, meta } = entry
  const at = line
  for (const value of meta.values) {
    const printed = `${value.label}: ${value.value}`
    if (value.field === 'ignored') {
      const place = placeBetween(line, value.label, value.value)
      if (value.value !== '') diagnostics.push(reportDropped('ignored-label', place, printed))
    } else if (value.field === 'source') {
      const known = sourceSoFar ?? fields.source
      if (known === undefined) fields.source = value.value || undefined
      else if (value.value !== '') {
        const expected = `the source "${known}"`
        diagnostics.push(
          diagnose('extra-value', 'info', placeBetween(line, value.label, value.value), {
            actual: printed,
            expected,
          }),
        )
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
          diagnose('unparsed-date', 'warning', placeIn(line, value.value), {
            actual: value.value,
            expected: 'a date such as 2014-10-13 or October 13, 2014',
          }),
        )
      }
      // Text beside the date may be a part of it that was not read (a zone, a time).
      const [first] = value.dates
      if (first && value.rest !== undefined) {
        diagnostics.push(
          diagnose('unparsed-date', 'warning', placeIn(line, value.rest), {
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
    diagnostics.push(
      diagnose('impossible-date', 'warning', placeIn(line, date.text), { actual: date.text }),
    )
  }
  for (const rest of meta.rest) diagnostics.push(reportDropped('unlabelled-text', at, rest))
  for (const widget of meta.widgets) diagnostics.push(reportDropped('site-furniture', at, widget))
  return fields
}
