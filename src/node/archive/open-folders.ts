import type { OrphanRecord, PageRecord } from './manifest.js'
import { saveShard } from './manifest-saver.js'
import { folderOf, readShard, type ShardRecords, shardName } from './manifest-shards.js'
import { claimKey } from './plan-outputs.js'
import type { ArchiveRun, FolderState } from './run-state.js'

/**
 * Enter an input folder: read its shard (its pages' records and the outputs they own),
 * and start its claims: empty, shared with an open folder whose path differs only in
 * case, or made from the records of such a folder the walk has left (see claimKey), so
 * names are claimed as if every page's name were held.
 *
 * @param run - the run.
 * @param path - the folder, relative, with `/` (`''`: the input folder).
 * @throws {ArchiveError} when its shard cannot be read (unless `force`).
 */
export async function enterFolder(run: ArchiveRun, path: string): Promise<void> {
  const key = claimKey(path)
  const { pages, replaced } = await takeRecords(run, path)
  const claimed = await claimsOf(run, key)
  const state: FolderState = {
    path,
    key,
    pages: new Map(),
    owned: undefined,
    loaded: pages,
    claimed,
    unseen: new Set(),
    since: 0,
    dirty: replaced,
  }
  for (const page of pages) {
    state.pages.set(page.input, page)
    state.unseen.add(page.input)
  }
  const entered = run.keys.get(key)
  if (entered === undefined) run.keys.set(key, [path])
  else entered.push(path)
  run.folders.set(path, state)
}

/**
 * Leave an input folder once its last page has settled: its recorded pages the walk did
 * not find are gone (their outputs become orphan candidates); the candidates of its
 * output folder that a page of it wrote or claimed are not orphans; its shard is saved
 * if its records changed; and its state is dropped.
 *
 * @param run - the run.
 * @param path - the folder, relative, with `/`.
 */
export function leaveFolder(run: ArchiveRun, path: string): void {
  const folder = run.folders.get(path)
  if (folder === undefined) return
  for (const input of folder.unseen) {
    const page = folder.pages.get(input)
    if (page === undefined) continue
    folder.pages.delete(input)
    folder.dirty = true
    addCandidates(run, input, page.outputs)
  }
  const candidates = run.candidates.get(folder.key)
  if (candidates !== undefined) {
    const written = new Set<string>()
    for (const page of folder.pages.values()) {
      for (const output of page.outputs) written.add(output.path)
    }
    const left = candidates.filter(
      (orphan) => !written.has(orphan.path) && !folder.claimed.has(claimKey(orphan.path)),
    )
    if (left.length > 0) run.candidates.set(folder.key, left)
    else run.candidates.delete(folder.key)
  }
  saveShard(run, folder)
  run.folders.delete(path)
}

/**
 * Save the shards of the folders a stopped run was in, as they stand (their pages not
 * found are not decided: the walk did not finish them), and drop their state.
 *
 * @param run - the run.
 */
export function saveOpenFolders(run: ArchiveRun): void {
  for (const folder of run.folders.values()) saveShard(run, folder)
  run.folders.clear()
}

/**
 * Add outputs recorded for a page that no longer writes them to the orphan candidates.
 *
 * @param run - the run.
 * @param input - the page's input, relative, with `/`.
 * @param outputs - the outputs.
 */
export function addCandidates(
  run: ArchiveRun,
  input: string,
  outputs: ReadonlyArray<{ path: string; sha256: string }>,
): void {
  for (const { path, sha256 } of outputs) addCandidate(run, { path, sha256, input })
}

/**
 * Add an orphan candidate, under the claim key of its output's folder.
 *
 * @param run - the run.
 * @param orphan - the output and its page's input.
 */
export function addCandidate(run: ArchiveRun, orphan: OrphanRecord): void {
  const key = claimKey(folderOf(orphan.path))
  const list = run.candidates.get(key)
  if (list === undefined) run.candidates.set(key, [orphan])
  else list.push(orphan)
}

/**
 * The open folder that holds a page (or an output: an output lies in the folder of its page).
 *
 * @param run - the run.
 * @param path - the page's input or an output, relative, with `/`.
 * @returns the folder's state, or `undefined` when the walk is not in it.
 */
export function folderState(run: ArchiveRun, path: string): FolderState | undefined {
  return run.folders.get(folderOf(path))
}

/**
 * The record of a page, as its folder's shard holds it.
 *
 * @param run - the run.
 * @param input - the page's input, relative, with `/`.
 * @returns its record, or `undefined`.
 */
export function pageRecord(run: ArchiveRun, input: string): PageRecord | undefined {
  return folderState(run, input)?.pages.get(input)
}

/**
 * The hash news-model recorded for a file it wrote in the output folder.
 *
 * @param run - the run.
 * @param path - the output, relative, with `/`.
 * @returns the hash, or `undefined` when no record shows news-model wrote it.
 */
export function ownedHash(run: ArchiveRun, path: string): string | undefined {
  const folder = folderState(run, path)
  return (folder && ownedIn(folder).get(path)) ?? run.orphanOwned.get(path)
}

/**
 * Record that news-model wrote an output, with the hash of what it wrote.
 *
 * @param run - the run.
 * @param path - the output, relative, with `/`.
 * @param sha256 - the hash of its bytes.
 */
export function recordOwned(run: ArchiveRun, path: string, sha256: string): void {
  const folder = folderState(run, path)
  if (folder !== undefined) ownedIn(folder).set(path, sha256)
}

/**
 * The outputs news-model wrote for a folder's pages, by path (see FolderState.owned).
 *
 * @param folder - the folder.
 * @returns the map, made on first use.
 */
export function ownedIn(folder: FolderState): Map<string, string> {
  if (folder.owned === undefined) {
    folder.owned = new Map()
    for (const page of folder.loaded) {
      for (const output of page.outputs) folder.owned.set(output.path, output.sha256)
    }
  }
  return folder.owned
}

/**
 * The names claimed in a page's folder (see claimOutputName).
 *
 * @param run - the run.
 * @param input - the page's input, relative, with `/`.
 * @returns the set to claim in.
 */
export function claimsFor(run: ArchiveRun, input: string): Set<string> {
  const folder = folderState(run, input)
  if (folder === undefined)
    throw new RangeError(`Invalid \`input\` "${input}": its folder is not open`)
  return folder.claimed
}

/**
 * The names claimed in folders of a claim key the walk entered: those of an open one, or
 * made from the shards of those it left (a page that failed claims no name).
 *
 * @param run - the run.
 * @param key - the folders' claim key.
 * @returns the claims.
 */
export async function claimsOf(run: ArchiveRun, key: string): Promise<Set<string>> {
  for (const open of run.folders.values()) if (open.key === key) return open.claimed
  const claimed = new Set<string>()
  for (const folder of run.keys.get(key) ?? []) {
    const { pages } = await readShard(run.outReal, folder, shardName(folder), true)
    for (const page of pages) {
      if (page.failed !== undefined) continue
      for (const output of page.outputs) claimed.add(claimKey(output.path))
    }
  }
  return claimed
}

/** Take the records of a folder from where they are: its shard, or the whole record read. */
async function takeRecords(run: ArchiveRun, path: string): Promise<ShardRecords> {
  const { source, settings } = run
  if (source.kind === 'whole') {
    const pages = source.byFolder.get(path) ?? []
    source.byFolder.delete(path)
    // Not yet in a shard: written when the walk leaves the folder.
    return { folder: path, pages, replaced: pages.length > 0 }
  }
  const name = shardName(path)
  if (!source.names.delete(name)) return { folder: path, pages: [], replaced: false }
  return readShard(run.outReal, path, name, settings.force)
}
