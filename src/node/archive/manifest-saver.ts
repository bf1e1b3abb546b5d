import { createHash } from 'node:crypto'
import { unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { codeOf } from '../system-error.js'
import { version } from '../version.js'
import {
  headText,
  manifestFolder,
  manifestLocation,
  type PageRecord,
  shardText,
} from './manifest.js'
import { shardFolder, shardName, shardPath } from './manifest-shards.js'
import type { ArchiveRun, FolderState } from './run-state.js'
import { makeFolderInside, writeAtomically } from './write-output.js'

/**
 * How many pages of a folder a run finishes between saves of its shard: at least this
 * many, and at least a quarter of those recorded for the folder, so a run killed
 * outright (SIGKILL, a power cut) leaves most of what it wrote recorded while the saves
 * of a large folder stay few; a folder's shard is saved when the walk leaves it, and a
 * stopped run saves those it was in.
 */
export const recordEvery = 100

const generator = `news-model ${version}`

/**
 * Count a page of a folder whose record changed, and save the folder's shard every so
 * often (see {@link recordEvery}).
 *
 * @param run - the run.
 * @param folder - the folder.
 */
export function folderChanged(run: ArchiveRun, folder: FolderState): void {
  folder.dirty = true
  folder.since++
  if (folder.since >= Math.max(recordEvery, folder.pages.size / 4)) saveShard(run, folder)
}

/**
 * Save a folder's shard if its records changed since it was read or saved: written
 * atomically, part by part, or removed when the folder has no page left. A folder whose
 * records did not change is not written: most of a second run's folders.
 *
 * @param run - the run.
 * @param folder - the folder.
 */
export function saveShard(run: ArchiveRun, folder: FolderState): void {
  if (!folder.dirty) return
  folder.since = 0
  const saved =
    folder.pages.size === 0
      ? removeShard(run, shardName(folder.path))
      : writeShard(run, folder.path, folder.pages.values())
  folder.dirty = !saved
}

/**
 * Write the shard of a folder, atomically, part by part.
 *
 * @param run - the run.
 * @param folder - the folder's path, relative, with `/`.
 * @param pages - its pages.
 * @returns whether it was written (when not, a `write-failed` event said why).
 */
export function writeShard(run: ArchiveRun, folder: string, pages: Iterable<PageRecord>): boolean {
  const name = shardName(folder)
  return writeRecordFile(run, join(manifestFolder, shardFolder), name, shardText(folder, pages))
}

/**
 * Remove a shard, if it is there.
 *
 * @param run - the run.
 * @param name - the shard's file name.
 * @returns whether it is gone (when not, a `write-failed` event said why).
 */
export function removeShard(run: ArchiveRun, name: string): boolean {
  try {
    unlinkSync(join(run.outReal, manifestFolder, shardFolder, name))
    return true
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return true
    failed(run, shardPath(name), error)
    return false
  }
}

/**
 * Save the head of the record (version, generator, orphans) if its text differs from
 * the one on disk, so a run where nothing changed writes nothing.
 *
 * @param run - the run; its `headSha256` is brought up to date.
 * @returns whether the head on disk is the run's (when not, a `write-failed` event said why).
 */
export function saveHead(run: ArchiveRun): boolean {
  const hash = createHash('sha256')
  for (const part of headText(run.orphans, generator)) hash.update(part)
  const digest = hash.digest('hex')
  if (digest === run.headSha256) return true
  const [folder, file] = manifestLocation
  if (!writeRecordFile(run, folder, file, headText(run.orphans, generator))) return false
  run.headSha256 = digest
  return true
}

/** Write a file of the record atomically, in `folder` (relative to the output folder). */
function writeRecordFile(
  run: ArchiveRun,
  folder: string,
  name: string,
  text: Iterable<string>,
): boolean {
  try {
    makeFolderInside(run.outReal, folder)
    const encoder = new TextEncoder()
    const parts = function* () {
      for (const part of text) yield encoder.encode(part)
    }
    writeAtomically(join(run.outReal, folder, name), parts(), { replace: true })
    return true
  } catch (error) {
    failed(run, `${folder.split(/[\\/]/).join('/')}/${name}`, error)
    return false
  }
}

function failed(run: ArchiveRun, path: string, error: unknown): void {
  run.summary.writeFailures++
  run.settings.onEvent({ type: 'write-failed', path, code: codeOf(error) })
}
