import { lstat, readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { codeOf } from '../system-error.js'
import type { ArchiveEvent } from './events.js'
import { type OrphanRecord, type PageRecord, sha256 } from './manifest.js'
import { readShard } from './manifest-shards.js'
import { addCandidates, claimsOf } from './open-folders.js'
import { claimKey } from './plan-outputs.js'
import type { ArchiveRun } from './run-state.js'

/**
 * At the end of a run that walked the whole input: the outputs news-model wrote whose
 * input has gone (or whose page no longer writes them) were gathered folder by folder
 * (see leaveFolder); the folders the walk never entered have gone, and their pages'
 * outputs are candidates too. List each, and with `prune` remove those whose content is
 * still what news-model wrote. An orphan a person edited is listed and kept; one already
 * gone is forgotten. The record keeps the orphans it lists, so a later run with `prune`
 * can still remove them.
 *
 * @param run - the run; its orphans are brought up to date.
 * @returns an `orphan` event for each, and a `write-failed` one for each that could not
 *   be removed; and the shards of the folders gone, to remove once the head is saved.
 * @throws {ArchiveError} when the shard of a folder gone cannot be read (unless `force`).
 */
export async function pruneOrphans(
  run: ArchiveRun,
): Promise<{ events: ArchiveEvent[]; gone: string[] }> {
  const gone = await goneFolders(run)
  const candidates = [...run.candidates.values()].flat()
  run.candidates.clear()
  const events: ArchiveEvent[] = []
  const kept: OrphanRecord[] = []
  const sorted = candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const unique = sorted.filter((orphan, index) => sorted[index - 1]?.path !== orphan.path)
  for (const orphan of unique) {
    const path = join(run.outReal, orphan.path)
    const info = await lstat(path).catch(() => undefined)
    if (info?.isFile() !== true) continue
    let removed = false
    if (run.settings.prune && sha256(await readFile(path).catch(() => '')) === orphan.sha256) {
      try {
        await unlink(path)
        removed = true
      } catch (error) {
        events.push({ type: 'write-failed', path: orphan.path, code: codeOf(error) })
      }
    }
    if (!removed) kept.push(orphan)
    events.push({ type: 'orphan', output: orphan.path, input: orphan.input, removed })
  }
  run.orphans = kept
  return { events, gone }
}

/**
 * Add the pages of the folders the walk never entered to the orphan candidates, but the
 * outputs a folder whose path differs only in case claimed; give their shards' names.
 */
async function goneFolders(run: ArchiveRun): Promise<string[]> {
  const { source } = run
  const folders: Array<{ folder: string; pages: ReadonlyArray<PageRecord> }> = []
  const names: string[] = []
  if (source.kind === 'whole') {
    for (const [folder, pages] of source.byFolder) folders.push({ folder, pages })
    source.byFolder.clear()
  } else {
    for (const name of source.names) {
      folders.push(await readShard(run.outReal, undefined, name, run.settings.force))
      names.push(name)
    }
    source.names.clear()
  }
  for (const { folder, pages } of folders) {
    const key = claimKey(folder)
    const claimed = run.keys.has(key) ? await claimsOf(run, key) : undefined
    for (const page of pages) {
      const outputs = page.outputs.filter((output) => !claimed?.has(claimKey(output.path)))
      addCandidates(run, page.input, outputs)
    }
  }
  return names
}
