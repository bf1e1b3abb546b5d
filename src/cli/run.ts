import { Command, CommanderError, Option } from 'commander'
import { ArticleParseError } from '../parse/article-parse-error.js'
import { parseJson } from '../parse/json/index.js'
import { convert } from './convert.js'
import {
  type InputFormat,
  inputFormats,
  type OutputFormat,
  outputFormats,
  readArticle,
  writeArticle,
} from './formats.js'
import { CliError, exitCodes, type Io } from './io.js'
import { readInput } from './read-input.js'
import { report, type Verbosity } from './report.js'

/** The version printed by `--version`. */
export const version = '0.1.0'

interface CommonFlags {
  quiet?: boolean
  verbose?: boolean
  strict?: boolean
  timeZone?: string
  language?: 'en' | 'zh'
  url?: string
  from?: InputFormat
}

/**
 * Run the `news-model` command line: `parse`, `render`, `validate` and `convert`. Data
 * goes to standard output, diagnostics to standard error as
 * `file:line:column: severity message [ruleId]`.
 *
 * @param argv - the arguments after the program's name.
 * @param io - standard input, output and error.
 * @returns the exit status: 0 all well, 1 problems found, 2 a bad command line.
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
      writeErr: (text) => io.stderr.write(text),
    })
  const common = (command: Command) =>
    command
      .option('-q, --quiet', 'print errors only')
      .option('-v, --verbose', 'print every diagnostic, infos included')
      .option('--strict', 'fail (exit 1) when there are warnings')
      .option('--time-zone <zone>', 'IANA zone of printed times (default: Asia/Shanghai)')
      .addOption(
        new Option('--language <language>', 'language of text pages (default: detected)').choices([
          'en',
          'zh',
        ]),
      )
      .option('--url <url>', "the page's address, for text pages")
      .addOption(
        new Option('--from <format>', 'input format (default: by extension)').choices(
          Object.keys(inputFormats),
        ),
      )

  common(
    program
      .command('parse')
      .argument('<file>', 'a text page, a Markdown file or article JSON; - for standard input'),
  )
    .description('read an article and print it')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(Object.keys(outputFormats))
        .default('json'),
    )
    .action(async (file: string, flags: CommonFlags & { format: OutputFormat }) => {
      status = await readAndWrite(file, flags, io, flags.format, { document: false, jsonLd: true })
    })

  common(
    program
      .command('render')
      .argument('<file>', 'article JSON, a Markdown file or a text page; - for standard input'),
  )
    .description('render an article as HTML')
    .option('--document', 'a whole HTML page rather than an <article>')
    .option('--no-json-ld', 'leave out the JSON-LD <script>')
    .action(async (file: string, flags: CommonFlags & { document?: boolean; jsonLd: boolean }) => {
      status = await readAndWrite(file, flags, io, 'html', {
        document: flags.document === true,
        jsonLd: flags.jsonLd,
      })
    })

  program
    .command('validate')
    .argument('<files...>', 'article JSON files')
    .description('check article JSON files against the model')
    .option('-q, --quiet', 'print nothing for files that pass')
    .action(async (files: string[], flags: { quiet?: boolean }) => {
      let failed = 0
      for (const file of files) {
        try {
          parseJson(await readInput(file, io), { file })
          if (!flags.quiet) io.stdout.write(`${file}: valid\n`)
        } catch (error) {
          failed++
          if (error instanceof ArticleParseError) report(error.diagnostics, file, io, 'quiet')
          else if (error instanceof CliError) io.stderr.write(`${error.message}\n`)
          else throw error
        }
      }
      status = failed > 0 ? exitCodes.problems : exitCodes.ok
    })

  common(
    program
      .command('convert')
      .argument('<input-dir>', 'a folder of text pages, Markdown files or article JSON'),
  )
    .description('convert a whole archive, keeping its layout')
    .requiredOption('--out <dir>', 'the folder to write')
    .addOption(
      new Option('--to <format>', 'output format')
        .choices(['html', 'markdown', 'json'])
        .default('html'),
    )
    .option('--document', 'whole HTML pages (with --to html)', true)
    .option('--no-json-ld', 'leave out the JSON-LD <script> (with --to html)')
    .action(
      async (
        input: string,
        flags: CommonFlags & { out: string; to: OutputFormat; document: boolean; jsonLd: boolean },
      ) => {
        const summary = await convert(
          input,
          flags.out,
          flags.to,
          { ...settings(flags), document: flags.document, jsonLd: flags.jsonLd },
          io,
        )
        io.stderr.write(
          `converted ${summary.converted} (${summary.withWarnings} with warnings), failed ${summary.failed}\n`,
        )
        status = summary.failed > 0 ? exitCodes.problems : exitCodes.ok
      },
    )

  try {
    await program.parseAsync(['node', 'news-model', ...argv])
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage
    }
    if (error instanceof CliError) {
      io.stderr.write(`news-model: ${error.message}\n`)
      return error.code
    }
    io.stderr.write(`news-model: ${(error as Error).message}\n`)
    return exitCodes.problems
  }
  return status
}

function settings(flags: CommonFlags) {
  const verbosity: Verbosity = flags.quiet ? 'quiet' : flags.verbose ? 'verbose' : 'normal'
  return {
    from: flags.from,
    timeZone: flags.timeZone,
    language: flags.language,
    url: flags.url,
    verbosity,
    strict: flags.strict === true,
  }
}

async function readAndWrite(
  file: string,
  flags: CommonFlags,
  io: Io,
  format: OutputFormat,
  html: { document: boolean; jsonLd: boolean },
): Promise<number> {
  const options = settings(flags)
  const name = file === '-' ? '<stdin>' : file
  const text = await readInput(file, io)
  try {
    const { article, diagnostics } = readArticle(text, file, options)
    report(diagnostics, name, io, options.verbosity)
    if (options.strict && diagnostics.some((d) => d.severity === 'warning'))
      return exitCodes.problems
    io.stdout.write(writeArticle(article, format, html))
    return exitCodes.ok
  } catch (error) {
    if (error instanceof ArticleParseError) {
      report(error.diagnostics, name, io, 'quiet')
      return exitCodes.problems
    }
    if (error instanceof RangeError || error instanceof TypeError)
      throw new CliError(error.message, exitCodes.usage)
    throw error
  }
}
