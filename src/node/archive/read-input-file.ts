import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs'

/** How an input is opened: never through a symlink, never blocking on a FIFO. */
const readFlags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

/**
 * Read an input file's bytes without following a symlink (a file swapped for one after
 * the walk is refused with `ELOOP`) and without blocking on a FIFO. Synchronous: it runs
 * in a worker thread, one file at a time.
 *
 * @param path - the real path found by the walk.
 * @returns the bytes.
 * @throws the file system's error; `EISDIR`-like `ENOTFILE` when it is no longer a file.
 */
export function readInputFile(path: string): Uint8Array {
  const fd = openSync(path, readFlags)
  try {
    if (!fstatSync(fd).isFile()) {
      throw Object.assign(new Error(`${path}: not a file`), { code: 'ENOTFILE' })
    }
    return readFileSync(fd)
  } finally {
    closeSync(fd)
  }
}
