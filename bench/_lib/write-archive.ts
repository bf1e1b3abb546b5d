// Writing a generated archive to disk: all of it or nothing. Pages are written into a
// staging folder inside the output folder, and each language-and-year folder is moved
// into place once every page is written; a run that stops (an error, an abort) removes
// the staging folder, so no half-written page and no partial archive are left.
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type ArchiveOptions, archiveFolders, createPageMaker } from './archive-page.js'

/** The staging folder's name, inside the output folder. */
export const stagingName = '.generating-archive'

/** Options of {@link writeArchive}. */
export interface WriteArchiveOptions extends ArchiveOptions {
  /** How many pages (default: 100,000). */
  pages?: number | undefined
  /** How many files are written at once (default: 64). */
  concurrency?: number | undefined
  /** Stops the run; what was written is removed. */
  signal?: AbortSignal | undefined
}

/** What {@link writeArchive} wrote. */
export interface ArchiveSummary {
  pages: number
  text: number
  markdown: number
  /** Pages made to fail (from a fixture that cannot be read). */
  failing: number
  bytes: number
  folders: number
}

/**
 * Generate an archive into a folder that does not exist or is empty (but for a staging
 * folder a stopped run left).
 *
 * @param out - the output folder.
 * @param options - pages, seed, failing share, concurrency and signal.
 * @returns what was written.
 * @throws {Error} when `out` holds files, or a write fails; the staging folder is removed.
 * @throws {RangeError} when `pages` is not a whole number of 1 or more.
 */
export async function writeArchive(
  out: string,
  options?: WriteArchiveOptions,
): Promise<ArchiveSummary> {
  const { pages = 100_000, concurrency = 64, signal, ...archive } = options ?? {}
  if (!Number.isSafeInteger(pages) || pages < 1) {
    throw new RangeError(`Invalid \`pages\` ${pages}: expected a whole number of 1 or more`)
  }
  const present = await readdir(out).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  const others = present.filter((name) => name !== stagingName)
  if (others.length > 0) {
    throw new Error(
      `The folder ${out} holds ${others.length} files or folders (${others.slice(0, 3).join(', ')}): expected a new or empty folder`,
    )
  }
  const staging = join(out, stagingName)
  await rm(staging, { recursive: true, force: true })
  const folders = archiveFolders.slice(0, Math.min(pages, archiveFolders.length))
  for (const folder of folders) await mkdir(join(staging, folder), { recursive: true })
  const makePage = createPageMaker(archive)
  const summary: ArchiveSummary = {
    pages,
    text: 0,
    markdown: 0,
    failing: 0,
    bytes: 0,
    folders: folders.length,
  }
  try {
    let next = 0
    const writeNext = async (): Promise<void> => {
      while (next < pages) {
        signal?.throwIfAborted()
        const page = makePage(next++)
        await writeFile(join(staging, page.path), page.text)
        summary[page.format]++
        if (page.fails) summary.failing++
        summary.bytes += Buffer.byteLength(page.text)
      }
    }
    await Promise.all(Array.from({ length: concurrency }, writeNext))
    signal?.throwIfAborted()
    for (const folder of folders) await rename(join(staging, folder), join(out, folder))
  } catch (error) {
    // The folders already moved are whole; the staging folder holds the rest.
    await Promise.all(
      folders.map((folder) => rm(join(out, folder), { recursive: true, force: true })),
    )
    throw error
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
  return summary
}
