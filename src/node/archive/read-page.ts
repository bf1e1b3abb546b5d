import { lstatSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { codeOf } from '../system-error.js'
import { convertPage, type PageResult, type PageSettings } from './convert-page.js'
import { sha256 } from './manifest.js'
import { readInputFile } from './read-input-file.js'

/** What the record says of a page that may not have changed since it was last read. */
export interface KnownPage {
  size: number
  mtimeMs: number
  /** The SHA-256 of its input's bytes when it was read. */
  sha256: string
  /** Its outputs, relative to the output folder (none for a page that failed). */
  outputs: string[]
}

/** A page for a thread to read: where it lies, its name, and what the record says of it. */
export interface ReadOrder {
  /** The real path found by the walk. */
  path: string
  /** The input's path as the user gave it, for the diagnostics. */
  name: string
  /** Set when the page's record may still hold: same settings and library version. */
  known?: KnownPage | undefined
}

/** What reading a page found. */
export type PageReadout =
  | { kind: 'unreadable'; code: string }
  /** The same size and modification time as recorded, else the same bytes; outputs there. */
  | { kind: 'unchanged'; size: number; mtimeMs: number }
  | { kind: 'read'; size: number; mtimeMs: number; sha256: string; result: PageResult }

/**
 * Read a page in the calling thread (a worker's): find whether it changed since its
 * record (same size and modification time, else the same SHA-256, and its outputs still
 * there), else read and convert it. Synchronous and never throws: a worker does one
 * page at a time.
 *
 * @param order - the page.
 * @param settings - the reading and writing settings.
 * @param out - the output folder's real path, where the recorded outputs are looked for.
 * @returns what it found, the outputs' bytes with the result when it was converted.
 */
export function readPage(order: ReadOrder, settings: PageSettings, out: string): PageReadout {
  const { known } = order
  const checked = checkUnchanged(order.path, known, out)
  if (checked.kind !== 'stat') return checked
  const { size, mtimeMs } = checked
  let bytes: Uint8Array
  try {
    bytes = readInputFile(order.path)
  } catch (error) {
    return { kind: 'unreadable', code: codeOf(error) }
  }
  const hash = sha256(bytes)
  if (known && known.sha256 === hash && outputsPresent(known, out)) {
    return { kind: 'unchanged', size, mtimeMs }
  }
  const result = convertPage({ name: order.name, bytes }, settings)
  return { kind: 'read', size, mtimeMs, sha256: hash, result }
}

/**
 * The quick half of readPage: whether a page has the size and modification time its
 * record gives, and its outputs are still there, with two system calls and no read, so
 * the calling thread can settle most pages of a second run without a worker.
 *
 * @param path - the input's real path.
 * @param known - what the record says of it, if it may still hold.
 * @param out - the output folder's real path.
 * @returns `unchanged`, `unreadable`, or `stat` with the size and time found (it may
 *   still be unchanged: its bytes are then compared by hash).
 */
export function checkUnchanged(
  path: string,
  known: KnownPage | undefined,
  out: string,
):
  | { kind: 'unreadable'; code: string }
  | { kind: 'unchanged'; size: number; mtimeMs: number }
  | { kind: 'stat'; size: number; mtimeMs: number } {
  let size: number
  let mtimeMs: number
  try {
    ;({ size, mtimeMs } = statSync(path))
  } catch (error) {
    return { kind: 'unreadable', code: codeOf(error) }
  }
  if (known && known.size === size && known.mtimeMs === mtimeMs && outputsPresent(known, out)) {
    return { kind: 'unchanged', size, mtimeMs }
  }
  return { kind: 'stat', size, mtimeMs }
}

// An output a person edited is left alone when its page has not changed; one that has
// gone (or turned into a folder or a symlink) makes the page convert again.
function outputsPresent(known: KnownPage, out: string): boolean {
  for (const output of known.outputs) {
    let file = false
    try {
      file = lstatSync(join(out, output), { throwIfNoEntry: false })?.isFile() === true
    } catch {
      file = false
    }
    if (!file) return false
  }
  return true
}
