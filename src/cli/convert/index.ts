import { join } from 'node:path'
import { ArchiveError, type ArchiveErrorCode } from '../../node/archive/archive-error.js'
import type { ArchiveEvent, ArchiveSummary } from '../../node/archive/events.js'
import { convertArchive } from '../../node/archive/index.js'
import type { OutputFormat } from '../../node/formats.js'
import { CliError, exitCodes, type Io } from '../io.js'
import type { LoadSettings } from '../load-article.js'
import { cliMessages, keepReasons, skipReasons } from '../messages.js'
import { report } from '../report.js'
import { printLine } from '../terminal-text.js'
import { clearProgress, drawProgress, messagesOverProgress } from './progress.js'

/** What convert takes besides its folders. */
export interface ConvertOptions extends LoadSettings {
  /** The output format. */
  to: OutputFormat
  /** Fail a file that has warnings. */
  strict: boolean
  /** Convert every page, and replace files news-model did not write or that were edited since. */
  force: boolean
  /** Remove outputs whose input has gone. */
  prune: boolean
  /** Worker threads (default: the machine's available parallelism). */
  jobs: number | undefined
  /** A review report to write, `.html` or `.json` (default: none). */
  report: string | undefined
  /** Whole HTML pages. */
  document: boolean
  /** JSON-LD in HTML. */
  jsonLd: boolean
}

/** The exit status of each error that stops a run before it starts. */
const exitCodeOfError: Record<ArchiveErrorCode, number> = {
  'no-such-folder': exitCodes.problems,
  'not-a-folder': exitCodes.problems,
  'cannot-make-output': exitCodes.problems,
  'manifest-unreadable': exitCodes.problems,
  'output-is-input': exitCodes.usage,
  'report-in-input': exitCodes.usage,
}

/**
 * Convert every article file under a folder with convertArchive, printing what it does:
 * a progress bar on a terminal, each page's diagnostics, and each file skipped, kept,
 * orphaned or not written, as `file: what`.
 *
 * @param input - the folder to read.
 * @param out - the folder to write.
 * @param options - format, reading options, verbosity, strictness, `force`, `prune`,
 *   `jobs`, `report`, HTML options.
 * @param io - where to report, and the signal that stops the run.
 * @returns the summary.
 * @throws {CliError} when the run cannot start: the input is not a folder, `out` is the
 *   input or cannot be made, the record in `out` cannot be read.
 */
export async function convert(
  input: string,
  out: string,
  options: ConvertOptions,
  io: Io,
): Promise<ArchiveSummary> {
  const shown = messagesOverProgress(io)
  try {
    return await convertArchive(input, out, {
      to: options.to,
      from: options.from,
      encoding: options.encoding,
      timeZone: options.timeZone,
      language: options.language,
      profile: options.profile,
      document: options.document,
      jsonLd: options.jsonLd,
      strict: options.strict,
      force: options.force,
      prune: options.prune,
      jobs: options.jobs,
      report: options.report,
      signal: io.signal,
      onEvent: (event) => printEvent(event, { input, out, options, io, shown }),
    })
  } catch (error) {
    if (error instanceof ArchiveError) {
      const path =
        error.code === 'report-in-input'
          ? `--report ${error.path}`
          : error.code === 'output-is-input'
            ? `--out ${error.path}`
            : error.path
      const message = `${path}: ${error.message.slice(error.path.length + 2)}`
      throw new CliError(message, exitCodeOfError[error.code])
    }
    throw error
  }
}

interface Printing {
  input: string
  out: string
  options: ConvertOptions
  io: Io
  /** Standard error clearing the progress bar before each message. */
  shown: Io
}

/** Print one event of the run. */
function printEvent(event: ArchiveEvent, printing: Printing): void {
  const { input, out, options, io, shown } = printing
  const { verbosity } = options
  switch (event.type) {
    case 'progress':
      if (event.current !== undefined) {
        drawProgress(io, event.done, event.found, join(input, event.current))
      } else if (io.signal?.aborted) {
        clearProgress(io)
      } else {
        drawProgress(io, event.done, event.found)
        if (io.stderr.isTTY === true) io.stderr.write('\n')
      }
      return
    case 'page-done':
    case 'page-failed': {
      const name = join(input, event.input)
      if (event.type === 'page-failed' && event.unchanged) {
        printLine(shown.stderr, cliMessages.failedUnchanged(name))
      }
      if (event.reading && verbosity === 'verbose') {
        printLine(
          shown.stderr,
          cliMessages.readAs(name, event.reading.encoding, event.reading.encodingBy),
        )
      }
      report(event.decodeDiagnostics, name, shown, verbosity)
      if (event.reading && verbosity === 'verbose') {
        printLine(
          shown.stderr,
          cliMessages.sniffed(name, event.reading.format, event.reading.formatReason),
        )
      }
      report(event.diagnostics, name, shown, verbosity)
      if (event.type === 'page-failed' && event.reason === 'unexpected') {
        printLine(shown.stderr, cliMessages.unexpected(name, event.message ?? ''))
      }
      return
    }
    case 'page-unchanged':
      if (verbosity === 'verbose')
        printLine(shown.stderr, cliMessages.unchanged(join(input, event.input)))
      return
    case 'skipped': {
      const printed =
        event.reason === 'unreadable'
          ? true
          : event.reason === 'unknown-extension'
            ? verbosity === 'verbose'
            : verbosity !== 'quiet'
      if (!printed) return
      const why =
        event.code === undefined
          ? skipReasons[event.reason]
          : `${skipReasons[event.reason]}: ${event.code}`
      printLine(
        shown.stderr,
        cliMessages.skipped(join(event.output ? out : input, event.path), why),
      )
      return
    }
    case 'kept':
      if (verbosity !== 'quiet')
        printLine(
          shown.stderr,
          cliMessages.kept(join(out, event.output), keepReasons[event.reason]),
        )
      return
    case 'orphan':
      if (verbosity !== 'quiet') {
        printLine(
          shown.stderr,
          cliMessages.orphan(join(out, event.output), join(input, event.input), event.removed),
        )
      }
      return
    case 'write-failed':
      printLine(shown.stderr, cliMessages.cannotWrite(join(out, event.path), event.code))
      return
    case 'report-failed':
      printLine(shown.stderr, `--report ${event.path}: ${event.message}`)
      return
  }
}
