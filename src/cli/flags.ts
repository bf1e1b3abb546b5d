import { extname } from 'node:path'
import { type Command, InvalidArgumentError, Option } from 'commander'
import { maxJobs } from '../node/archive/options.js'
import { inputFormats, outputFormats } from '../node/formats.js'
import { reportFormats } from '../node/report/write-report.js'

/** One flag of the command line: what generates its parsing and its help. */
export interface FlagSpec {
  /** The flag and its argument, as commander reads them: `'--to <format>'`. */
  flags: string
  /** The help line. */
  description: string
  /** The values allowed, if a closed list. */
  choices?: ReadonlyArray<string>
  /** The value when the flag is not given. */
  default?: string
  /** Whether the command needs it. */
  required?: boolean
  /**
   * How its value is checked, when not any text: `positive-integer` (up to maxJobs),
   * `report-file` a name ending in `.html` or `.json` (default: any text).
   */
  parse?: 'positive-integer' | 'report-file'
}

/** The flags every command takes. */
export const commonFlags: ReadonlyArray<FlagSpec> = [
  { flags: '-q, --quiet', description: 'print errors only, no summary' },
  {
    flags: '-v, --verbose',
    description: 'print every diagnostic, infos included, and how each input was read',
  },
  { flags: '--strict', description: 'fail (exit 1) when there are warnings' },
  {
    flags: '--time-zone <zone>',
    description: 'IANA zone of printed times (default: Asia/Shanghai)',
  },
  {
    flags: '--language <language>',
    description: 'language of text pages (default: detected)',
    choices: ['en', 'zh'],
  },
  { flags: '--url <url>', description: "the page's address, for a single text page" },
  {
    flags: '--from <format>',
    description: 'input format (default: by extension, else told from the text)',
    choices: Object.keys(inputFormats),
  },
  {
    flags: '--profile <profile>',
    description:
      'a site profile for text pages: a JSON file (see docs/profiles.md) or a built-in name, generic or cccme',
  },
  {
    flags: '--encoding <label>',
    description:
      'encoding of the input, such as gb18030 or big5 (default: byte-order mark, declared charset, else detected)',
  },
]

/** Each command: its argument, what it does, and the flags it adds to {@link commonFlags}. */
export const commands = {
  parse: {
    argument: ['<file>', 'a text page, a Markdown file or article JSON; - for standard input'],
    description: 'read an article and print it',
    flags: [
      {
        flags: '--format <format>',
        description: 'output format',
        choices: Object.keys(outputFormats),
        default: 'json',
      },
      {
        flags: '--provenance',
        description:
          'print where each field was read: the field, the rule, and the source line with the span marked (with --format json or ndjson, a provenance key in the output instead)',
      },
    ],
  },
  render: {
    argument: ['<file>', 'article JSON, a Markdown file or a text page; - for standard input'],
    description: 'render an article as HTML',
    flags: [
      { flags: '--document', description: 'a whole HTML page rather than an <article>' },
      { flags: '--no-document', description: 'an <article> only (the default)' },
      { flags: '--no-json-ld', description: 'leave out the JSON-LD <script>' },
    ],
  },
  validate: {
    argument: ['<files...>', 'article JSON, Markdown files or text pages; - for standard input'],
    description: 'check that articles can be read and are valid, printing each problem',
    flags: [],
  },
  convert: {
    argument: ['<input-dir>', 'a folder of text pages, Markdown files or article JSON'],
    description: 'convert a whole archive, keeping its layout; never destroys a file',
    flags: [
      {
        flags: '--out <dir>',
        description: 'the folder to write (not the input folder)',
        required: true,
      },
      {
        flags: '--to <format>',
        description: 'output format',
        choices: ['html', 'markdown', 'json'],
        default: 'html',
      },
      {
        flags: '--force',
        description:
          'convert every page, changed or not, and replace files in --out that news-model did not write or that were edited',
      },
      {
        flags: '--prune',
        description:
          'remove outputs whose input has gone (only files news-model wrote and nobody edited since)',
      },
      {
        flags: '--jobs <n>',
        description: 'worker threads that read and write pages (default: the cores available)',
        parse: 'positive-integer',
      },
      {
        flags: '--report <file>',
        description:
          'write a review report at the end: report.html (a page to read) or report.json (the same data)',
        parse: 'report-file',
      },
      { flags: '--document', description: 'whole HTML pages (the default, with --to html)' },
      { flags: '--no-document', description: 'an <article> only (with --to html)' },
      { flags: '--no-json-ld', description: 'leave out the JSON-LD <script> (with --to html)' },
    ],
  },
} as const satisfies Record<
  string,
  { argument: readonly [string, string]; description: string; flags: ReadonlyArray<FlagSpec> }
>

/** A command's name. */
export type CommandName = keyof typeof commands

/**
 * Add a command to the program, with its argument, description, and the common flags
 * and its own.
 *
 * @param program - the program.
 * @param name - the command.
 * @returns the command, for its action.
 */
export function addCommand(program: Command, name: CommandName): Command {
  const spec = commands[name]
  const command = program
    .command(name)
    .argument(spec.argument[0], spec.argument[1])
    .description(spec.description)
  for (const flag of [...commonFlags, ...(spec.flags as ReadonlyArray<FlagSpec>)]) {
    const option = new Option(flag.flags, flag.description)
    if (flag.choices) option.choices(flag.choices)
    if (flag.default !== undefined) option.default(flag.default)
    if (flag.required) option.makeOptionMandatory()
    if (flag.parse === 'positive-integer') option.argParser(readPositiveInteger)
    if (flag.parse === 'report-file') option.argParser(readReportFile)
    command.addOption(option)
  }
  return command
}

function readPositiveInteger(value: string): number {
  const number = Number(value)
  if (!/^\d+$/.test(value) || number < 1 || number > maxJobs) {
    throw new InvalidArgumentError(`expected a whole number from 1 to ${maxJobs}`)
  }
  return number
}

function readReportFile(value: string): string {
  if (!Object.hasOwn(reportFormats, extname(value).toLowerCase())) {
    throw new InvalidArgumentError('expected a file name ending in .html or .json')
  }
  return value
}
