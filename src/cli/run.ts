import { Command, CommanderError } from 'commander'
import { type InputFormat, type OutputFormat, writeArticle } from '../node/formats.js'
import { version } from '../node/version.js'
import { checkOptions } from './check-options.js'
import { convert } from './convert/index.js'
import { describeSummary } from './convert/summary.js'
import { addCommand } from './flags.js'
import { exitCodeOf } from './interrupt.js'
import { CliError, exitCodes, type Io } from './io.js'
import { type LoadSettings, loadArticle } from './load-article.js'
import { loadProfile } from './load-profile.js'
import { cliMessages } from './messages.js'
import {
  type ProvenanceOutput,
  provenanceOutput,
  writeWithProvenance,
} from './provenance-output.js'
import { readInput } from './read-input.js'
import type { Verbosity } from './report.js'
import { escapeForTerminal, printLine } from './terminal-text.js'

export { version } from '../node/version.js'

interface CommonFlags {
  quiet?: boolean
  verbose?: boolean
  strict?: boolean
  timeZone?: string
  language?: 'en' | 'zh'
  url?: string
  from?: InputFormat
  encoding?: string
  profile?: string
}

/** What `parse`, `render` and `validate` do with an article once read. */
type Output =
  | { format: OutputFormat; document: boolean; jsonLd: boolean; provenance?: ProvenanceOutput }
  | 'valid'

/**
 * Run the `news-model` command line: `parse`, `render`, `validate` and `convert`. Data
 * goes to standard output, diagnostics to standard error as
 * `file:line:column: severity message [ruleId]`, with control characters escaped.
 *
 * @param argv - the arguments after the program's name.
 * @param io - standard input, output and error, and a signal that stops the run.
 * @returns the exit status: 0 all well, 1 problems found, 2 a bad command line, 130 or 143
 *   stopped by SIGINT or SIGTERM.
 */
export async function run(argv: ReadonlyArray<string>, io: Io): Promise<number> {
  let status: number = exitCodes.ok
  const program = new Command('news-model')
    .description(
      'Read, check and write chamber news articles: legacy text pages, Markdown, JSON, HTML.',
    )
    .version(version)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text.split('\n').map(escapeForTerminal).join('\n')),
    })
  addCommand(program, 'parse').action(
    async (
      file: string,
      flags: CommonFlags & { format: OutputFormat; provenance?: boolean },
      command: Command,
    ) => {
      const formatGiven = command.getOptionValueSource('format') === 'cli'
      status = await readEach([file], flags, io, {
        format: flags.format,
        document: false,
        jsonLd: true,
        ...(flags.provenance ? { provenance: provenanceOutput(flags.format, formatGiven) } : {}),
      })
    },
  )

  addCommand(program, 'render').action(
    async (file: string, flags: CommonFlags & { document?: boolean; jsonLd: boolean }) => {
      status = await readEach([file], flags, io, {
        format: 'html',
        document: flags.document === true,
        jsonLd: flags.jsonLd,
      })
    },
  )

  addCommand(program, 'validate').action(async (files: string[], flags: CommonFlags) => {
    status = await readEach(files, flags, io, 'valid')
  })

  addCommand(program, 'convert').action(
    async (
      input: string,
      flags: CommonFlags & {
        out: string
        to: OutputFormat
        force?: boolean
        prune?: boolean
        jobs?: number
        report?: string
        document?: boolean
        jsonLd: boolean
      },
    ) => {
      if (flags.url !== undefined) throw new CliError(cliMessages.urlWithSeveral(), exitCodes.usage)
      const options = settings(flags)
      checkOptions(options)
      const summary = await convert(
        input,
        flags.out,
        {
          ...options,
          to: flags.to,
          force: flags.force === true,
          prune: flags.prune === true,
          jobs: flags.jobs,
          report: flags.report,
          document: flags.document !== false,
          jsonLd: flags.jsonLd,
        },
        io,
      )
      if (summary.interrupted) printLine(io.stderr, cliMessages.interrupted())
      if (options.verbosity !== 'quiet') printLine(io.stderr, describeSummary(summary))
      status =
        summary.failed > 0 || summary.writeFailures > 0 || (summary.skipped.unreadable ?? 0) > 0
          ? exitCodes.problems
          : exitCodes.ok
    },
  )

  try {
    await program.parseAsync(['node', 'news-model', ...argv])
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage
    }
    if (error instanceof CliError) {
      printLine(io.stderr, `news-model: ${error.message}`)
      return error.code
    }
    if (!io.signal?.aborted) {
      printLine(io.stderr, `news-model: ${cliMessages.unexpected(argv[0] ?? '', messageOf(error))}`)
      return exitCodes.problems
    }
  }
  return io.signal?.aborted ? exitCodeOf(io.signal) : status
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function settings(flags: CommonFlags): LoadSettings & { strict: boolean } {
  const verbosity: Verbosity = flags.quiet ? 'quiet' : flags.verbose ? 'verbose' : 'normal'
  return {
    from: flags.from,
    encoding: flags.encoding,
    timeZone: flags.timeZone,
    language: flags.language,
    url: flags.url,
    profile: flags.profile === undefined ? undefined : loadProfile(flags.profile),
    verbosity,
    strict: flags.strict === true,
  }
}

/** Read each input and print it in a format, or say it is valid; the exit status. */
async function readEach(
  files: ReadonlyArray<string>,
  flags: CommonFlags,
  io: Io,
  output: Output,
): Promise<number> {
  if (flags.url !== undefined && files.length > 1) {
    throw new CliError(cliMessages.urlWithSeveral(), exitCodes.usage)
  }
  const options = {
    ...settings(flags),
    provenance: output !== 'valid' && output.provenance !== undefined,
  }
  checkOptions(options)
  let failed = 0
  for (const file of files) {
    if (io.signal?.aborted) break
    let loaded: ReturnType<typeof loadArticle>
    try {
      loaded = loadArticle(await readInput(file, io), file, options, io)
    } catch (error) {
      if (!(error instanceof CliError) || files.length === 1) throw error
      printLine(io.stderr, `news-model: ${error.message}`)
      failed++
      continue
    }
    const warned = loaded?.diagnostics.some((d) => d.severity === 'warning') === true
    if (loaded === undefined || (options.strict && warned)) {
      failed++
    } else if (output === 'valid') {
      if (options.verbosity !== 'quiet') printLine(io.stdout, cliMessages.valid(file))
    } else if (output.provenance === undefined) {
      io.stdout.write(writeArticle(loaded.article, output.format, output))
    } else {
      writeWithProvenance(loaded, file, output.format, output.provenance, output, io)
    }
  }
  return failed > 0 ? exitCodes.problems : exitCodes.ok
}
