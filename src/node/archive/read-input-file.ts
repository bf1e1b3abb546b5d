import { constants } from 'node:fs'
import { open } from 'node:fs/promises'

/**
 * Read an input file's bytes without following a symlink (a file swapped for one after
 * the walk is refused with `ELOOP`) and without blocking on a FIFO.
 *
 * @param path - the real path found by the walk.
 * @returns the bytes.
 * @throws the file system's error; `EISDIR`-like `ENOTFILE` when it is no longer a file.
 */
export async function readInputFile(path: string): Promise<Uint8Array> {
  const handle = await open(
    path,
    constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0),
  )
  try {
    if (!(await handle.stat()).isFile()) {
      throw Object.assign(new Error(`${path}: not a file`), { code: 'ENOTFILE' })
    }
    return await handle.readFile()
  } finally {
    await handle.close()
  }
}
