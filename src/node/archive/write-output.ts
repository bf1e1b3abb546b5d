import { randomBytes } from 'node:crypto'
import { link, lstat, mkdir, open, readFile, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join, sep } from 'node:path'
import { codeOf } from '../system-error.js'
import { sha256 } from './manifest.js'

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
export async function makeFolderInside(out: string, folder: string): Promise<void> {
  let path = out
  for (const part of folder.split(sep).filter((p) => p !== '' && p !== '.')) {
    path = join(path, part)
    let info = await lstat(path).catch(() => undefined)
    if (info === undefined) {
      await mkdir(path).catch((error: unknown) => {
        if (codeOf(error) !== 'EEXIST') throw error
      })
      info = await lstat(path)
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
 */
export async function inspectTarget(path: string): Promise<TargetState> {
  const info = await lstat(path).catch(() => undefined)
  if (info === undefined) return { kind: 'absent' }
  if (info.isSymbolicLink()) return { kind: 'symlink' }
  if (!info.isFile()) return { kind: 'other' }
  return { kind: 'file', sha256: sha256(await readFile(path)) }
}

/**
 * Write a file atomically: to a new temporary file in the same folder (created with
 * `wx`, so nothing is followed or overwritten), then put in place, so a file is either
 * whole or absent. A new file is linked in place, which fails rather than replace one
 * that appeared meanwhile; a replacement is renamed over the old entry (a symlink there is
 * replaced, never written through). The temporary file is listed in `temporaries` while
 * it exists, for a stopped run to remove.
 *
 * @param path - the output's path.
 * @param bytes - the content, whole or in parts.
 * @param options - `replace`: whether an existing entry may be replaced;
 *   `temporaries`: the run's temporary files; `signal`: stops before the file is put in place.
 * @returns `false` when `replace` is off and a file appeared at `path` meanwhile.
 * @throws the file system's error, or the signal's reason when it is aborted.
 */
export async function writeAtomically(
  path: string,
  bytes: Uint8Array | Iterable<Uint8Array>,
  options: { replace: boolean; temporaries: Set<string>; signal?: AbortSignal | undefined },
): Promise<boolean> {
  const { replace, temporaries, signal } = options
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.news-model-tmp`,
  )
  temporaries.add(temporary)
  try {
    const handle = await open(temporary, 'wx')
    try {
      for (const part of bytes instanceof Uint8Array ? [bytes] : bytes) {
        for (let offset = 0; offset < part.length; ) {
          offset += (await handle.write(part, offset)).bytesWritten
        }
      }
    } finally {
      await handle.close()
    }
    signal?.throwIfAborted()
    if (replace) {
      await rename(temporary, path)
      temporaries.delete(temporary)
      return true
    }
    try {
      await link(temporary, path)
    } catch (error) {
      if (codeOf(error) === 'EEXIST') return false
      // A file system without hard links: renaming is still atomic.
      await rename(temporary, path)
      temporaries.delete(temporary)
      return true
    }
    return true
  } finally {
    if (temporaries.has(temporary)) {
      await unlink(temporary).catch(() => undefined)
      temporaries.delete(temporary)
    }
  }
}

/**
 * Remove the temporary files a stopped run leaves.
 *
 * @param temporaries - their paths; emptied.
 */
export async function removeTemporaries(temporaries: Set<string>): Promise<void> {
  await Promise.all([...temporaries].map((file) => unlink(file).catch(() => undefined)))
  temporaries.clear()
}
