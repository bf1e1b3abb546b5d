import type { VFile } from 'vfile'
import type { NewsArticle } from '../../schema/article.js'
import type { Diagnostic } from '../../schema/diagnostic.js'
import { diagnose } from '../_lib/diagnose.js'
import { readInput } from '../_lib/read-input.js'
import { readSource } from '../_lib/read-source.js'
import { ArticleParseError } from '../article-parse-error.js'
import type { FieldProvenance } from '../provenance.js'
import { buildBody } from './body.js'
import { readBodyCredits } from './body-credits.js'
import { chooseDates, dateRanks } from './dates.js'
import { readEntries } from './entries.js'
import { readFields } from './fields/index.js'
import { findRunningText } from './footer.js'
import { readHeadlineText } from './headline-text.js'
import { findLayout, markHeaderLines } from './layout.js'
import { type ResolvedTextOptions, resolveTextOptions, type TextParseOptions } from './options.js'
import { placeIn } from './place.js'
import { readRelativeDate } from './relative-date.js'
import { textProvenance } from './text-provenance.js'
import { toArticle } from './to-article.js'

/** What `parseText` returns: the article and what was noticed on the way. */
export interface TextParseResult {
  article: NewsArticle
  diagnostics: Diagnostic[]
  /**
   * With `provenance: true`, where each field was read and by which rule (see
   * `textProvenance`); the places are in the text as given.
   */
  provenance?: FieldProvenance[]
}

/**
 * Read a news page saved as plain text (English or Chinese, with its menus, breadcrumb,
 * meta lines and footer) into a valid article.
 *
 * Every line of the input ends up in the article (headline, meta fields, breadcrumb,
 * body) or in a diagnostic saying why it was left out: an `info` for site furniture, a
 * `warning` for a line that looks like prose.
 *
 * @param text - the page, as a string, as bytes (a `Uint8Array`, decoded as `decodeText`
 *   says), or as a `VFile` holding either: its `path` is then the `file` option unless
 *   one is given, and every diagnostic also goes on it as a message (see
 *   `diagnosticsToFile`), even when an `ArticleParseError` is thrown. Control characters
 *   are removed with a warning.
 * @param options - time zone, language, URL, extra labels, encoding and input limit.
 * @returns the article and the diagnostics, each with its line and column.
 * @throws {ArticleParseError} when the text is empty or has no line that can be a headline,
 *   is longer than `maxInputLength`, or its bytes are not text.
 * @throws {TypeError} when `text` is neither a string, bytes nor a vfile holding either, or
 *   an option has the wrong type.
 * @throws {RangeError} when an option has an impossible value (an unknown time zone).
 * @example
 *   parseText('Home>News Content\n\nChamber Opens New Office\n\nSource:CCCME Add Time:2014-10-13 00:00:00\n\nThe chamber opened an office.').article.datePublished
 *   //=> '2014-10-13T00:00:00+08:00'
 */
export function parseText(
  text: string | Uint8Array | VFile,
  options?: TextParseOptions | null,
): TextParseResult {
  const settings = resolveTextOptions(options)
  return readSource(text, 'text', settings, (value, named) =>
    readInput(value, 'text', named).finish((page) => readPage(page, named)),
  )
}

// The stages: lines -> entries -> layout -> fields -> body and dates -> article.
function readPage(text: string, settings: ResolvedTextOptions): TextParseResult {
  const { entries, context, stamp } = readEntries(text, settings)
  const marks = markHeaderLines(entries, context.vocabulary)
  const layout = findLayout(entries, marks, context.language, context.vocabulary)
  const main = layout && entries[layout.headline.index]
  if (!layout || (main?.kind !== 'text' && main?.kind !== 'meta')) {
    const first = entries[0]?.line
    const missing = diagnose(
      'missing-headline',
      'error',
      first ? placeIn(first) : { line: 1, column: 1 },
    )
    throw new ArticleParseError([missing], settings.file)
  }
  const title = readHeadlineText(entries, layout.headline, context)
  const { vocabulary } = context
  const running = findRunningText(entries)
  const headlineLine = main.kind === 'text' ? main.text : title.headline
  const fields = readFields({
    entries,
    layout,
    marks,
    running,
    context,
    headline: title.headline,
    headlineLine,
  })
  const body = buildBody(entries, fields.body, context.language, vocabulary)
  // A relative time dates the page only against the moment the caller says it was saved,
  // and only in the header: from the header block (or the headline) to the body, and
  // the line right under the headline.
  const headerStart = layout.header?.start ?? layout.headline.index
  const relative =
    settings.referenceDate &&
    readRelativeDate(
      entries,
      { start: headerStart, end: Math.max(layout.bodyStart, layout.headline.index + 2) },
      settings.referenceDate,
      settings.timeZone,
    )
  const dates = [
    ...title.dates,
    ...(stamp ? [stamp] : []),
    ...(relative ? [relative] : []),
    ...fields.dates,
  ]
  const credits = readBodyCredits(
    body.lines,
    {
      date: !dates.some((date) => date.rank < dateRanks.dateline),
      author: fields.authors.length === 0,
    },
    context,
  )
  const diagnostics = [...title.diagnostics, ...fields.diagnostics, ...body.diagnostics]
  const chosen = chooseDates([...dates, ...credits.dates], settings.timeZone)
  diagnostics.push(...chosen.diagnostics)
  const authors = [
    ...fields.authors.map((author, index) => ({ author, origin: fields.origins.authors[index] })),
    ...credits.authors.map((author, index) => ({
      author,
      origin: {
        line: credits.authorLines[index] ?? main.line,
        part: author.name,
        rule: 'reporter-credit',
      },
    })),
  ].filter(({ author }) => author.name !== '')
  const article = toArticle(
    {
      url: settings.url,
      language: context.language,
      headline: title.headline,
      alternativeHeadline: fields.alternativeHeadline,
      authors: authors.map(({ author }) => author),
      editors: fields.editors,
      source: fields.source,
      datePublished: chosen.datePublished,
      dateModified: chosen.dateModified,
      breadcrumb: fields.breadcrumb,
      publisher: settings.publisher,
      translations: fields.translations,
      body: body.paragraphs,
    },
    main.line,
    diagnostics,
    settings.file,
  )
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column)
  if (!settings.provenance) return { article, diagnostics }
  const provenance = textProvenance({
    layout,
    headline: {
      line: main.line,
      part: main.kind === 'text' ? main.text : title.headline,
      rule: layout.rule,
    },
    origins: fields.origins,
    authors: authors.flatMap(({ author, origin }) => (origin ? [{ author, origin }] : [])),
    published: chosen.chosen.published,
    modified: chosen.chosen.modified,
    body: body.lines.map((entry) => entry.line),
  })
  return { article, diagnostics, provenance }
}
