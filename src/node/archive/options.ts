import { availableParallelism } from 'node:os'
import { decodeText } from '../../parse/_lib/decode-text.js'
import type { BuiltInProfileName } from '../../parse/profiles/built-in-profiles.js'
import { invalidArgument, readOptions } from '../../schema/_lib/options.js'
import type { SiteProfile } from '../../schema/site-profile.js'
import {
  type InputFormat,
  inputFormats,
  type OutputFormat,
  outputFormats,
  readArticle,
} from '../formats.js'
import { reportFormats } from '../report/write-report.js'
import type { ArchiveEvent } from './events.js'

/** What {@link convertArchive} takes besides its folders; every field is optional. */
export interface ConvertArchiveOptions {
  /** The formats to write, one output file per format and page (default: `['html']`). */
  to?: OutputFormat | ReadonlyArray<OutputFormat> | undefined
  /** The input format (default: by extension, else told from the text). */
  from?: InputFormat | undefined
  /** The encoding of every input, such as `gb18030` (default: found per page). */
  encoding?: string | undefined
  /** IANA zone of printed times (default: `'Asia/Shanghai'`, the parsers' own default). */
  timeZone?: string | undefined
  /** Language of text pages (default: detected per page). */
  language?: 'en' | 'zh' | undefined
  /** The site profile text pages are read with (default: none). */
  profile?: SiteProfile | BuiltInProfileName | undefined
  /** Whole HTML pages rather than an `<article>` (default: `true`). */
  document?: boolean | undefined
  /** JSON-LD in HTML (default: `true`). */
  jsonLd?: boolean | undefined
  /** Fail a page that has warnings: nothing is written for it (default: `false`). */
  strict?: boolean | undefined
  /**
   * Convert every page even when its input and settings have not changed, and replace
   * files news-model did not write or that were edited since (default: `false`).
   */
  force?: boolean | undefined
  /**
   * Remove the outputs whose input has gone, when the manifest shows news-model wrote
   * them and they have not been edited since (default: `false`: they are only listed).
   */
  prune?: boolean | undefined
  /**
   * Worker threads that parse and render (default: `os.availableParallelism()`). Run from
   * the TypeScript sources, where no worker script is built, pages are converted in the
   * calling thread.
   */
  jobs?: number | undefined
  /** Stops the run: no new page is started, writes under way finish, the manifest is saved (default: none). */
  signal?: AbortSignal | undefined
  /**
   * A review report to write at the end, HTML or JSON by its extension (`.html`, `.json`);
   * never inside the input folder (default: none).
   */
  report?: string | undefined
  /** Called with each event of the run, in input order (default: none). */
  onEvent?: ((event: ArchiveEvent) => void) | undefined
}

/** The options with their defaults filled in, checked. */
export interface ArchiveSettings {
  formats: OutputFormat[]
  from: InputFormat | undefined
  encoding: string | undefined
  timeZone: string | undefined
  language: 'en' | 'zh' | undefined
  profile: SiteProfile | BuiltInProfileName | undefined
  document: boolean
  jsonLd: boolean
  strict: boolean
  force: boolean
  prune: boolean
  jobs: number
  signal: AbortSignal | undefined
  report: string | undefined
  onEvent: (event: ArchiveEvent) => void
}

/** The options {@link convertArchive} takes: any other key is a `TypeError`. */
export const archiveOptionNames = [
  'to',
  'from',
  'encoding',
  'timeZone',
  'language',
  'profile',
  'document',
  'jsonLd',
  'strict',
  'force',
  'prune',
  'jobs',
  'signal',
  'report',
  'onEvent',
] as const satisfies ReadonlyArray<keyof ConvertArchiveOptions>

/** The most worker threads a run starts. */
export const maxJobs = 256

/** Small valid inputs the reading options are tried on before any page is read. */
const probes: Record<Exclude<InputFormat, 'json'>, string> = {
  text: 'A Headline for the Check\n\nOne sentence of the article.\n',
  markdown: '---\ntitle: A Headline for the Check\n---\n\nOne sentence of the article.\n',
}

/**
 * Check the options of {@link convertArchive} and fill in their defaults. The reading
 * options are tried on small known-good inputs, so a bad one is refused before any page
 * is read, with the parsers' own message.
 *
 * @param options - the options as given.
 * @returns the settings.
 * @throws {TypeError | RangeError} naming the first bad option.
 */
export function resolveArchiveOptions(
  options: ConvertArchiveOptions | null | undefined,
): ArchiveSettings {
  readOptions(options, archiveOptionNames)
  const {
    to = 'html',
    from,
    encoding,
    timeZone,
    language,
    profile,
    document = true,
    jsonLd = true,
    strict = false,
    force = false,
    prune = false,
    jobs = availableParallelism(),
    signal,
    report,
    onEvent = () => undefined,
  } = options ?? {}
  const formats = typeof to === 'string' ? [to] : Array.isArray(to) ? [...to] : undefined
  const formatNames = Object.keys(outputFormats).join(', ')
  check(formats !== undefined, 'to', to, `an output format or a list of them: ${formatNames}`)
  for (const [index, format] of (formats ?? []).entries()) {
    check(
      Object.hasOwn(outputFormats, format),
      `to.${index}`,
      format,
      `one of ${formatNames}`,
      'range',
    )
  }
  check(formats?.length !== 0, 'to', to, 'at least one output format', 'range')
  check(new Set(formats).size === formats?.length, 'to', to, 'each format once', 'range')
  if (from !== undefined) {
    check(Object.hasOwn(inputFormats, from), 'from', from, Object.keys(inputFormats).join(', '))
  }
  for (const [name, value] of Object.entries({ document, jsonLd, strict, force, prune })) {
    check(typeof value === 'boolean', name, value, 'true or false')
  }
  check(Number.isInteger(jobs), 'jobs', jobs, 'a whole number of worker threads')
  check(jobs >= 1 && jobs <= maxJobs, 'jobs', jobs, `1 to ${maxJobs}`, 'range')
  check(signal === undefined || signal instanceof AbortSignal, 'signal', signal, 'an AbortSignal')
  check(typeof onEvent === 'function', 'onEvent', onEvent, 'a function')
  if (report !== undefined) {
    check(typeof report === 'string' && report !== '', 'report', report, 'a file path')
    const extension = /\.[^./\\]+$/.exec(report)?.[0].toLowerCase() ?? ''
    check(
      Object.hasOwn(reportFormats, extension),
      'report',
      report,
      'a .html or .json file',
      'range',
    )
  }
  if (encoding !== undefined) {
    try {
      decodeText(Uint8Array.of(0x41), { encoding })
    } catch {
      check(
        false,
        'encoding',
        encoding,
        'an encoding label such as gb18030, big5 or utf-16le',
        'range',
      )
    }
  }
  const read = { timeZone, language, profile, url: undefined }
  for (const [format, text] of Object.entries(probes)) {
    try {
      readArticle(text, '<options>', format as InputFormat, read)
    } catch (error) {
      if (error instanceof TypeError || error instanceof RangeError) throw error
    }
  }
  return {
    formats: formats as OutputFormat[],
    from,
    encoding,
    timeZone,
    language,
    profile,
    document,
    jsonLd,
    strict,
    force,
    prune,
    jobs,
    signal,
    report,
    onEvent,
  }
}

/**
 * Check the folders given to {@link convertArchive}.
 *
 * @param input - the input folder.
 * @param output - the output folder.
 * @throws {TypeError} when either is not a non-empty string.
 */
export function checkFolders(input: unknown, output: unknown): void {
  check(typeof input === 'string' && input !== '', 'input', input, 'a folder path')
  check(typeof output === 'string' && output !== '', 'output', output, 'a folder path')
}

function check(
  ok: boolean,
  name: string,
  value: unknown,
  expected: string,
  kind: 'type' | 'range' = 'type',
): asserts ok {
  if (!ok) throw invalidArgument(name, value, expected, kind)
}
