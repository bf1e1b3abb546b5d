import { lstat, readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { codeOf } from '../system-error.js'
import type { ArchiveEvent } from './events.js'
import { type OrphanRecord, sha256 } from './manifest.js'
import { claimKey } from './plan-outputs.js'
import type { ArchiveRun } from './run-state.js'

/**
 * At the end of a run that walked the whole input: find the outputs news-model wrote
 * whose input has gone (or whose page no longer writes them), list each, and with
 * `prune` remove those whose content is still what news-model wrote. An orphan a person
 * edited is listed and kept; one already gone is forgotten. The record keeps the orphans
 * it lists, so a later run with `prune` can still remove them.
 *
 * @param run - the run; its manifest's pages and orphans are brought up to date.
 * @returns an `orphan` event for each, and a `write-failed` one for each that could not be removed.
 */
export async function pruneOrphans(run: ArchiveRun): Promise<ArchiveEvent[]> {
  const { manifest } = run
  const candidates: OrphanRecord[] = [...manifest.orphans, ...run.stale]
  for (const input of run.unseen) {
    const page = manifest.pages.get(input)
    if (page === undefined) continue
    manifest.pages.delete(input)
    candidates.push(...page.outputs.map((output) => ({ ...output, input })))
  }
  const written = new Set<string>()
  for (const page of manifest.pages.values())
    for (const output of page.outputs) written.add(output.path)
  const events: ArchiveEvent[] = []
  const kept: OrphanRecord[] = []
  const sorted = candidates
    .filter((orphan) => !written.has(orphan.path) && !run.claimed.has(claimKey(orphan.path)))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
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
  manifest.orphans = kept
  return events
}
