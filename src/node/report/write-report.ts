import { randomBytes } from 'node:crypto'
import { lstat, mkdir, open, readFile, realpath, rename, unlink } from 'node:fs/promises'
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path'
import { invalidArgument, readOptions } from '../../schema/_lib/options.js'
import type { ArchiveReport } from './archive-report.js'
import { checkReport } from './check-report.js'
import { outputHref } from './output-href.js'
import { renderReportHtml, reportGenerator } from './render-report-html.js'
import { reportJson } from './report-json.js'

/** Options for {@link writeReport}. */
export interface WriteReportOptions {
  /** As {@link ReportHtmlOptions.maxPerRule}, for an HTML report (default: `100`). */
  maxPerRule?: number | null | undefined
  /**
   * Replace a file at `file` that is not a report news-model wrote (default: `false`:
   * such a file is kept and the call fails).
   */
  force?: boolean | null | undefined
}

/** The formats of a report, by the extension of its file name. */
export const reportFormats = { '.html': 'html', '.json': 'json' } as const

const optionNames = ['maxPerRule', 'force'] as const

/**
 * Write a report to a file: HTML for a name ending in `.html`, JSON for `.json`. The links
 * of an HTML report to the outputs are relative to the folder it is written in, so they
 * resolve wherever the archive and its report are moved together. The file is written
 * whole or not at all (a temporary file in the same folder, then renamed), its folder
 * made when missing. It is never written inside the input folder or over one of the
 * outputs the report lists, and a file already there is replaced only when it is a
 * report news-model wrote, or with `force`.
 *
 * @param file - where to write, relative to the current folder or absolute.
 * @param report - the report.
 * @param options - how much to show per rule; whether to replace any file.
 * @returns when the file is in place.
 * @throws {TypeError} when `file` is not a string, `report` is not a report or an option
 *   is of the wrong type.
 * @throws {RangeError} when `file` ends in neither `.html` nor `.json`, lies inside the
 *   input folder or is one of the outputs the report lists, or `maxPerRule` is out of
 *   range.
 * @throws {Error} with `code` `EEXIST` when a file that is not a report stands at `file`
 *   (without `force`), or the file system's error.
 * @example
 *   await writeReport('site/report.html', report)
 */
export async function writeReport(
  file: string,
  report: ArchiveReport,
  options?: WriteReportOptions | null,
): Promise<void> {
  if (typeof file !== 'string' || file === '') {
    throw invalidArgument('file', file, 'a file name ending in .html or .json')
  }
  const format = reportFormats[extname(file).toLowerCase() as keyof typeof reportFormats]
  if (format === undefined) {
    throw invalidArgument('file', file, 'a file name ending in .html or .json', 'range')
  }
  const value = checkReport(report)
  const { maxPerRule, force } = readOptions(options, optionNames)
  if (force !== undefined && force !== null && typeof force !== 'boolean') {
    throw invalidArgument('options.force', force, 'true or false')
  }
  const path = resolve(file)
  const folder = dirname(path)
  const outputFolder = resolve(value.output)
  await refuseInputsAndOutputs(file, path, value, outputFolder)
  const text =
    format === 'json'
      ? reportJson(value)
      : renderReportHtml(value, {
          href: (output) => outputHref(folder, outputFolder, output),
          maxPerRule: maxPerRule as number | undefined,
        })
  await mkdir(folder, { recursive: true })
  if (force !== true && !(await isReplaceable(path, format))) {
    throw Object.assign(
      new Error(
        `${file} exists and is not a report news-model wrote: it was kept (force replaces it)`,
      ),
      { code: 'EEXIST', path },
    )
  }
  await writeWhole(path, text)
}

async function refuseInputsAndOutputs(
  file: string,
  path: string,
  report: ArchiveReport,
  outputFolder: string,
): Promise<void> {
  const input = await realPathOf(resolve(report.input))
  const real = join(await realPathOf(dirname(path)), basename(path))
  if (isInside(input, real) || isInside(resolve(report.input), path)) {
    throw invalidArgument(
      'file',
      file,
      `a path outside the input folder ${JSON.stringify(report.input)}`,
      'range',
    )
  }
  for (const page of report.pages) {
    for (const output of page.outputs) {
      if (resolve(outputFolder, ...output.split('/')) === path) {
        throw invalidArgument('file', file, 'a path that is not one of the outputs', 'range')
      }
    }
  }
}

function isInside(folder: string, path: string): boolean {
  const part = relative(folder, path)
  return part === '' || (part !== '..' && !part.startsWith(`..${sep}`) && !part.startsWith(sep))
}

// The real path of a file or folder, or of the nearest folder above it that exists, with
// the rest of the path after it: a report's folder may not exist yet.
async function realPathOf(path: string): Promise<string> {
  const parent = dirname(path)
  try {
    return await realpath(path)
  } catch {
    return parent === path ? path : join(await realPathOf(parent), basename(path))
  }
}

// A file may be replaced when nothing is there, or a report news-model wrote: an HTML
// page whose head names the report's generator, or JSON shaped like a report.
async function isReplaceable(path: string, format: 'html' | 'json'): Promise<boolean> {
  const info = await lstat(path).catch(() => undefined)
  if (info === undefined) return true
  if (!info.isFile()) return false
  if (format === 'html') {
    // The marker is in the head, in the first few hundred bytes of a report.
    const handle = await open(path, 'r')
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(2048), 0, 2048, 0)
      return buffer
        .subarray(0, bytesRead)
        .toString('utf8')
        .includes(`<meta name="generator" content="${reportGenerator}">`)
    } finally {
      await handle.close()
    }
  }
  try {
    checkReport(JSON.parse(await readFile(path, 'utf8')))
    return true
  } catch {
    return false
  }
}

async function writeWhole(path: string, text: string): Promise<void> {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.news-model-tmp`,
  )
  let placed = false
  try {
    const handle = await open(temporary, 'wx')
    try {
      await handle.writeFile(text, 'utf8')
    } finally {
      await handle.close()
    }
    await rename(temporary, path)
    placed = true
  } finally {
    if (!placed) await unlink(temporary).catch(() => undefined)
  }
}
