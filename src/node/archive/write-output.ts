import { randomBytes } from 'node:crypto'
import {
  closeSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs'
import { basename, dirname, join, sep } from 'node:path'
import { codeOf } from '../system-error.js'
import { sha256 } from './manifest.js'

// The file work of a run is synchronous: it runs in worker threads, where blocking is the
// point (a thread does one file at a time and the calling thread goes on), and in the
// calling thread only for its few pages, the manifest and the removal of temporaries.

/** Thrown when a folder on the way to an output is a symlink or a file. */
export class OutputBlocked extends Error {
  override name = 'OutputBlocked'
  /** `ELOOP` for a symlink, `ENOTDIR` for anything else, as the system would say. */
  readonly code: 'ELOOP' | 'ENOTDIR'

  /**
   * @param path - the part of the path that is not a folder.
   * @param symlink - whether it is a symlink.
   */
  constructor(path: string, symlink: boolean) {
    super(path)
    this.code = symlink ? 'ELOOP' : 'ENOTDIR'
  }
}

/**
 * Make the folders of an output path inside the output folder, one at a time, never
 * through a symlink: a symlinked folder in the output could lead anywhere.
 *
 * @param out - the output folder's real path.
 * @param folder - the folder to make, relative to `out` (`''` for `out` itself).
 * @throws {OutputBlocked} when a part of the path is a symlink or not a folder.
 */
export function makeFolderInside(out: string, folder: string): void {
  let path = out
  for (const part of folder.split(sep).filter((p) => p !== '' && p !== '.')) {
    path = join(path, part)
    let info = lstatSync(path, { throwIfNoEntry: false })
    if (info === undefined) {
      try {
        mkdirSync(path)
      } catch (error) {
        if (codeOf(error) !== 'EEXIST') throw error
      }
      info = lstatSync(path)
    }
    if (!info.isDirectory()) throw new OutputBlocked(path, info.isSymbolicLink())
  }
}

/** What stands at an output's path. */
export type TargetState =
  | { kind: 'absent' }
  | { kind: 'file'; sha256: string }
  | { kind: 'symlink' }
  | { kind: 'other' }

/**
 * Look at an output's path without following a symlink there.
 *
 * @param path - the path.
 * @returns what stands there; for a file, the hash of its content.
 * @throws the file system's error when a file there cannot be read.
 */
export function inspectTarget(path: string): TargetState {
  let info: ReturnType<typeof lstatSync>
  try {
    info = lstatSync(path, { throwIfNoEntry: false })
  } catch {
    info = undefined
  }
  if (info === undefined) return { kind: 'absent' }
  if (info.isSymbolicLink()) return { kind: 'symlink' }
  if (!info.isFile()) return { kind: 'other' }
  return { kind: 'file', sha256: sha256(readFileSync(path)) }
}

/**
 * A token for the temporary files of one thread: the process id and a random part, so
 * a file left by a run killed outright is never taken for one of this run's.
 *
 * @returns the token, such as `4242-9f86d081`.
 */
export function temporaryToken(): string {
  return `${process.pid}-${randomBytes(4).toString('hex')}`
}

/**
 * The temporary file {@link writeAtomically} writes before putting `path` in place: in
 * the same folder, hidden, named after the file and the writing thread's token (a
 * thread writes one file at a time, so the name is its own while it writes).
 *
 * @param path - the file's path.
 * @param token - the thread's token (see {@link temporaryToken}).
 * @returns the temporary file's path.
 * @example
 *   temporaryName('/site/a.html', '42-0a0b') //=> '/site/.a.html.42-0a0b.news-model-tmp'
 */
export function temporaryName(path: string, token: string): string {
  return join(dirname(path), `.${basename(path)}.${token}.news-model-tmp`)
}

/**
 * Write a file atomically: to a new temporary file in the same folder (created with
 * `wx`, so nothing is followed or overwritten), then put in place, so a file is either
 * whole or absent. A new file is linked in place, which fails rather than replace one
 * that appeared meanwhile; a replacement is renamed over the old entry (a symlink there is
 * replaced, never written through). The temporary file is removed on any failure.
 *
 * @param path - the output's path.
 * @param bytes - the content, whole or in parts.
 * @param options - `replace`: whether an existing entry may be replaced;
 *   `token`: the thread's temporary token (default: a new one);
 *   `temporaries`: the run's temporary files, where the temporary file is listed while
 *   it exists; `signal`: stops before the file is put in place.
 * @returns `false` when `replace` is off and a file appeared at `path` meanwhile.
 * @throws the file system's error, or the signal's reason when it is aborted.
 */
export function writeAtomically(
  path: string,
  bytes: Uint8Array | Iterable<Uint8Array>,
  options: {
    replace: boolean
    token?: string | undefined
    temporaries?: Set<string> | undefined
    signal?: AbortSignal | undefined
  },
): boolean {
  const { replace, temporaries, signal } = options
  const temporary = temporaryName(path, options.token ?? temporaryToken())
  let placed = false
  temporaries?.add(temporary)
  try {
    const fd = openSync(temporary, 'wx')
    try {
      for (const part of bytes instanceof Uint8Array ? [bytes] : bytes) {
        for (let offset = 0; offset < part.length; ) {
          offset += writeSync(fd, part, offset)
        }
      }
    } finally {
      closeSync(fd)
    }
    signal?.throwIfAborted()
    if (replace) {
      renameSync(temporary, path)
      placed = true
      return true
    }
    try {
      linkSync(temporary, path)
    } catch (error) {
      if (codeOf(error) === 'EEXIST') return false
      // A file system without hard links: renaming is still atomic.
      renameSync(temporary, path)
      placed = true
      return true
    }
    return true
  } finally {
    if (!placed) removeQuietly(temporary)
    temporaries?.delete(temporary)
  }
}

/**
 * Remove a file if it is there.
 *
 * @param path - the file.
 */
function removeQuietly(path: string): void {
  try {
    unlinkSync(path)
  } catch {
    // Already gone, or never made.
  }
}
