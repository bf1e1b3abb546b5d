import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { dirname, extname, join, relative } from 'node:path'
import { ArticleParseError } from '../parse/article-parse-error.js'
import {
  formatOf,
  inputFormats,
  type OutputFormat,
  outputFormats,
  type ReadOptions,
  readArticle,
  writeArticle,
} from './formats.js'
import { CliError, type Io } from './io.js'
import { report, type Verbosity } from './report.js'

/** What a conversion did. */
export interface ConvertSummary {
  converted: number
  withWarnings: number
  failed: number
}

const readable = new Set(Object.values(inputFormats).flat())

/**
 * Convert every article file under a folder, keeping the folders' layout. Each output is
 * written to a temporary name and renamed, so no half-written file is ever left. A
 * progress bar is drawn on a terminal.
 *
 * @param input - the folder to read.
 * @param out - the folder to write.
 * @param to - the output format.
 * @param options - reading options, verbosity, strictness, HTML options.
 * @param io - where to report.
 * @returns the summary.
 * @throws {CliError} when `input` is not a folder or `out` cannot be made.
 */
export async function convert(
  input: string,
  out: string,
  to: OutputFormat,
  options: ReadOptions & {
    verbosity: Verbosity
    strict: boolean
    document: boolean
    jsonLd: boolean
  },
  io: Io,
): Promise<ConvertSummary> {
  const info = await stat(input).catch(() => undefined)
  if (!info) throw new CliError(`${input}: no such folder`)
  if (!info.isDirectory()) throw new CliError(`${input}: is a file, expected a folder`)
  const files = (await list(input))
    .filter((file) => readable.has(extname(file).toLowerCase() as never))
    .sort()
  try {
    await mkdir(out, { recursive: true })
  } catch (error) {
    throw new CliError(
      `${out}: cannot be made (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    )
  }
  const summary: ConvertSummary = { converted: 0, withWarnings: 0, failed: 0 }
  const tty = io.stderr.isTTY === true
  const written = new Set<string>()
  for (const [index, file] of files.entries()) {
    if (tty) io.stderr.write(`\r${bar(index, files.length)} ${relative(input, file)}\u001b[K`)
    // page.txt and page.md would both become page.html: the second keeps its extension
    // in its name (page.md.html) rather than overwrite the first.
    const plain = join(out, relative(input, file)).replace(/\.[^./\\]+$/, outputFormats[to])
    const target = written.has(plain)
      ? `${join(out, relative(input, file))}${outputFormats[to]}`
      : plain
    written.add(target)
    try {
      const text = await readFile(file, 'utf8')
      const { article, diagnostics } = readArticle(text, file, {
        ...options,
        from: options.from ?? formatOf(file, undefined),
      })
      if (tty && diagnostics.length > 0) io.stderr.write('\r\u001b[K')
      report(diagnostics, file, io, options.verbosity)
      const warned = diagnostics.some((d) => d.severity === 'warning')
      if (warned && options.strict) {
        summary.failed++
        continue
      }
      await mkdir(dirname(target), { recursive: true })
      const temporary = `${target}.${process.pid}.tmp`
      await writeFile(temporary, writeArticle(article, to, options))
      await rename(temporary, target)
      summary.converted++
      if (warned) summary.withWarnings++
    } catch (error) {
      summary.failed++
      if (tty) io.stderr.write('\r\u001b[K')
      if (error instanceof ArticleParseError) report(error.diagnostics, file, io, 'quiet')
      else io.stderr.write(`${file}: ${(error as Error).message}\n`)
    }
  }
  if (tty) io.stderr.write(`\r${bar(files.length, files.length)}\u001b[K\n`)
  return summary
}

async function list(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? list(join(folder, entry.name)) : [join(folder, entry.name)],
    ),
  )
  return nested.flat()
}

function bar(done: number, total: number): string {
  const width = 24
  const filled = total === 0 ? width : Math.round((done / total) * width)
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`
}
