import { type OutputFormat, writeArticle } from '../node/formats.js'
import type { FieldProvenance } from '../parse/provenance.js'
import type { NewsArticle } from '../schema/article.js'
import { formatProvenance } from './format-provenance.js'
import type { Io } from './io.js'
import { cliMessages } from './messages.js'
import { printLine } from './terminal-text.js'

/**
 * Where `parse --provenance` puts the provenance of the fields: `listing`, each field
 * with its source line on standard output instead of the article (no `--format`
 * given); `data`, a `provenance` key in the JSON written (`--format json` or
 * `ndjson`); `report`, the listing on standard error, the article on standard output
 * (`--format markdown` or `html`).
 */
export type ProvenanceOutput = 'listing' | 'data' | 'report'

/**
 * Choose where `--provenance` goes (see {@link ProvenanceOutput}).
 *
 * @param format - the output format.
 * @param formatGiven - whether `--format` was given on the command line.
 * @returns where the provenance goes.
 * @example
 *   provenanceOutput('json', false) //=> 'listing'
 *   provenanceOutput('json', true) //=> 'data'
 */
export function provenanceOutput(format: OutputFormat, formatGiven: boolean): ProvenanceOutput {
  if (!formatGiven) return 'listing'
  return format === 'json' || format === 'ndjson' ? 'data' : 'report'
}

/**
 * Write an article read with `--provenance`, and where each of its fields was read.
 *
 * @param loaded - the article, the provenance the parser gave, and the decoded text.
 * @param file - the input's path as the user gave it, `-` for standard input.
 * @param format - the output format.
 * @param where - where the provenance goes.
 * @param html - HTML options, for `--format html`.
 * @param io - where to write.
 */
export function writeWithProvenance(
  loaded: { article: NewsArticle; provenance?: FieldProvenance[]; text: string },
  file: string,
  format: OutputFormat,
  where: ProvenanceOutput,
  html: { document: boolean; jsonLd: boolean },
  io: Io,
): void {
  const name = file === '-' ? '<stdin>' : file
  const { article, text } = loaded
  if (loaded.provenance === undefined) printLine(io.stderr, cliMessages.noProvenance(name))
  const provenance = loaded.provenance ?? []
  if (where === 'data') {
    // The article's own JSON, as written without the flag, with the provenance after it.
    const value = { ...JSON.parse(writeArticle(article, 'json', html)), provenance }
    io.stdout.write(`${JSON.stringify(value, null, format === 'json' ? 2 : 0)}\n`)
    return
  }
  if (where === 'report') io.stdout.write(writeArticle(article, format, html))
  const stream = where === 'listing' ? io.stdout : io.stderr
  for (const entry of provenance) {
    stream.write(`${formatProvenance(entry, { file: name, source: text })}\n`)
  }
}
