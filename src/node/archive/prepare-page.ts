import { join } from 'node:path'
import type { OutputDigest, PageResult } from './convert-page.js'
import { type PageRecord, recordedPath } from './manifest.js'
import { pageRecord } from './open-folders.js'
import type { HeldPage, PoolReadAnswer } from './page-pool.js'
import { checkUnchanged, type KnownPage, type ReadOrder } from './read-page.js'
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
      result: PageResult<OutputDigest>
      /** The thread that holds the outputs' bytes, when it converted. */
      held?: HeldPage | undefined
      sha256: string
      size: number
      mtimeMs: number
    }

/**
 * The first stage of a page, run for many pages at once: in the pool, find whether it
 * changed since its record (same size and modification time, else the same SHA-256;
 * same settings and library version; its outputs still there), else read and convert
 * it, the thread holding the outputs. A page is dropped unread once the run is stopped.
 *
 * @param run - the run.
 * @param file - the input file.
 * @param changed - read and convert it even when its record holds (default: `false`).
 * @returns the prepared page.
 */
export async function preparePage(
  run: ArchiveRun,
  file: InputFile,
  changed = false,
): Promise<PreparedPage> {
  const [prepared] = await preparePages(run, [file], changed)
  return prepared ?? { kind: 'dropped', file }
}

/**
 * The first stage of pages (see preparePage), sent to the pool together.
 *
 * @param run - the run.
 * @param files - the input files.
 * @param changed - read and convert them even when their records hold (default: `false`).
 * @returns the prepared pages, in order.
 */
export async function preparePages(
  run: ArchiveRun,
  files: ReadonlyArray<InputFile>,
  changed = false,
): Promise<PreparedPage[]> {
  if (run.settings.signal?.aborted) return files.map((file) => ({ kind: 'dropped', file }))
  const fresh = changed || run.settings.force
  const records = files.map((file) => pageRecord(run, recordedPath(file.relative)))
  const knowns = records.map((record) => (fresh ? undefined : knownPage(run, record)))
  // A page whose record holds (most of a second run) is checked here: two system calls
  // cost the calling thread less than a message to a worker and its answer.
  const prepared: Array<PreparedPage | undefined> = files.map((file, index) => {
    const record = records[index]
    const known = knowns[index]
    if (known === undefined || record === undefined) return undefined
    const checked = checkUnchanged(file.path, known, run.outReal)
    if (checked.kind !== 'unchanged') return undefined
    const { size, mtimeMs } = checked
    return { kind: 'unchanged', file, record, size, mtimeMs }
  })
  const orders: ReadOrder[] = []
  for (const [index, file] of files.entries()) {
    if (prepared[index] !== undefined) continue
    orders.push({ path: file.path, name: join(run.input, file.relative), known: knowns[index] })
  }
  if (orders.length === 0) return prepared as PreparedPage[]
  const answers = await run.pool.readMany(orders)
  let next = 0
  return prepared.map((page, index): PreparedPage => {
    if (page !== undefined) return page
    const answer = answers[next++] as PoolReadAnswer
    const file = files[index] as InputFile
    switch (answer.kind) {
      case 'dropped':
        return { kind: 'dropped', file }
      case 'unreadable':
        return { kind: 'unreadable', file, code: answer.code }
      case 'unchanged':
        return { ...answer, file, record: records[index] as PageRecord }
      default:
        return { ...answer, kind: 'converted', file }
    }
  })
}

/** What the record says of a page, when it may still hold: same settings and version. */
function knownPage(run: ArchiveRun, record: PageRecord | undefined): KnownPage | undefined {
  if (
    record === undefined ||
    record.settings !== run.settingsHash ||
    record.version !== run.version
  ) {
    return undefined
  }
  if (record.failed !== undefined) {
    // A page that failed wrote nothing this record vouches for: its input alone is checked.
    const { size = -1, mtimeMs = -1 } = record
    return { size, mtimeMs, sha256: record.failed.sha256, outputs: [] }
  }
  if (
    record?.sha256 === undefined ||
    record.settings !== run.settingsHash ||
    record.version !== run.version ||
    record.outputs.length !== run.settings.formats.length
  ) {
    return undefined
  }
  // A record without size or time is checked by its hash alone.
  const { size = -1, mtimeMs = -1, sha256 } = record
  return { size, mtimeMs, sha256, outputs: record.outputs.map((output) => output.path) }
}
