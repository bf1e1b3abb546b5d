import { lstat, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { codeOf } from '../system-error.js'
import type { PageResult } from './convert-page.js'
import { type PageRecord, recordedPath, sha256 } from './manifest.js'
import { readInputFile } from './read-input-file.js'
import type { ArchiveRun } from './run-state.js'
import type { InputEntry } from './walk-input.js'

/** An input file found by the walk. */
export type InputFile = InputEntry & { kind: 'file' }

/** What the first stage made of a page. */
export type PreparedPage =
  | { kind: 'unreadable'; file: InputFile; code: string }
  | { kind: 'dropped'; file: InputFile }
  | { kind: 'unchanged'; file: InputFile; record: PageRecord; size: number; mtimeMs: number }
  | {
      kind: 'converted'
      file: InputFile
      result: PageResult
      sha256: string
      size: number
      mtimeMs: number
    }

/**
 * The first stage of a page, run for many pages at once: find whether it changed since
 * its record (same size and modification time, else the same SHA-256; same settings
 * and library version; its outputs still there), else read it and convert it in the
 * pool. A page is dropped unread once the run is stopped.
 *
 * @param run - the run.
 * @param file - the input file.
 * @returns the prepared page.
 */
export async function preparePage(run: ArchiveRun, file: InputFile): Promise<PreparedPage> {
  const record = run.manifest.pages.get(recordedPath(file.relative))
  const candidate = !run.settings.force && record !== undefined && isCurrent(run, record)
  let size: number
  let mtimeMs: number
  try {
    ;({ size, mtimeMs } = await stat(file.path))
  } catch (error) {
    return { kind: 'unreadable', file, code: codeOf(error) }
  }
  if (candidate && record.size === size && record.mtimeMs === mtimeMs) {
    if (await outputsPresent(run, record)) return { kind: 'unchanged', file, record, size, mtimeMs }
  }
  if (run.settings.signal?.aborted) return { kind: 'dropped', file }
  let bytes: Uint8Array
  try {
    bytes = await readInputFile(file.path)
  } catch (error) {
    return { kind: 'unreadable', file, code: codeOf(error) }
  }
  const hash = sha256(bytes)
  if (candidate && record.sha256 === hash && (await outputsPresent(run, record))) {
    return { kind: 'unchanged', file, record, size, mtimeMs }
  }
  return {
    kind: 'converted',
    file,
    result: await convertInPool(run, file, bytes),
    sha256: hash,
    size,
    mtimeMs,
  }
}

/**
 * Convert a page's bytes in the run's pool.
 *
 * @param run - the run.
 * @param file - the input file.
 * @param bytes - its bytes.
 * @returns the result.
 */
export function convertInPool(
  run: ArchiveRun,
  file: InputFile,
  bytes: Uint8Array,
): Promise<PageResult> {
  return run.pool.convert({ name: join(run.input, file.relative), bytes })
}

function isCurrent(run: ArchiveRun, record: PageRecord): boolean {
  return (
    record.sha256 !== undefined &&
    record.settings === run.settingsHash &&
    record.version === run.version &&
    record.outputs.length === run.settings.formats.length
  )
}

// An output a person edited is left alone when its page has not changed; one that has
// gone (or turned into a folder or a symlink) makes the page convert again.
async function outputsPresent(run: ArchiveRun, record: PageRecord): Promise<boolean> {
  for (const output of record.outputs) {
    const info = await lstat(join(run.outReal, output.path)).catch(() => undefined)
    if (info?.isFile() !== true) return false
  }
  return true
}
