import {
  chooseFormat,
  type InputFormat,
  type ReadOptions,
  type ReadResult,
  readArticle,
} from '../node/formats.js'
import { decodeText } from '../parse/_lib/decode-text.js'
import { ArticleParseError } from '../parse/article-parse-error.js'
import { CliError, type Io } from './io.js'
import { cliMessages } from './messages.js'
import { report, type Verbosity } from './report.js'
import { printLine } from './terminal-text.js'

/** How an input is read and reported. */
export interface LoadSettings extends ReadOptions {
  /** `--from` (default: by extension, else told from the text). */
  from: InputFormat | undefined
  /** `--encoding` (default: a byte-order mark, a declared charset, else detected). */
  encoding: string | undefined
  verbosity: Verbosity
}

/**
 * Read an article from an input's bytes: decode them (`decodeText`: a byte-order mark,
 * `--encoding`, a declared charset, or detection), choose the format, parse, and print
 * the diagnostics (with `--verbose`, the encoding and format used and why: `page.txt:
 * read as gb18030 (detected)`). Bytes that are not text are an error naming the file.
 *
 * @param bytes - the input.
 * @param file - its path as the user gave it, `-` for standard input.
 * @param settings - reading options and verbosity.
 * @param io - where to report.
 * @returns the article, its diagnostics, the provenance of its fields when asked, and
 *   the text as decoded; or `undefined` when no article could be made (the errors are
 *   printed).
 * @throws {CliError} for an error that is not about the data: a fault to report.
 */
export function loadArticle(
  bytes: Uint8Array,
  file: string,
  settings: LoadSettings,
  io: Io,
): (ReadResult & { text: string }) | undefined {
  const name = file === '-' ? '<stdin>' : file
  const verbose = settings.verbosity === 'verbose'
  try {
    const decoded = decodeText(bytes, { encoding: settings.encoding, file: name })
    if (verbose) printLine(io.stderr, cliMessages.readAs(name, decoded.encoding, decoded.by))
    report(decoded.diagnostics, name, io, settings.verbosity)
    const { format, reason } = chooseFormat(file, settings.from, decoded.text)
    if (verbose) printLine(io.stderr, cliMessages.sniffed(name, format, reason))
    const result = readArticle(decoded.text, name, format, settings)
    report(result.diagnostics, name, io, settings.verbosity)
    return { ...result, text: decoded.text }
  } catch (error) {
    if (error instanceof ArticleParseError) {
      report(error.diagnostics, name, io, settings.verbosity)
      return undefined
    }
    throw new CliError(cliMessages.unexpected(name, (error as Error)?.message ?? String(error)))
  }
}
