import { mkdir, realpath, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { codeOf } from '../system-error.js'
import { version } from '../version.js'
import { ArchiveError } from './archive-error.js'
import { isInside } from './inside.js'
import { manifestFolder, type PageRecord, readManifest } from './manifest.js'
import { removeShard, saveHead, writeShard } from './manifest-saver.js'
import { folderOf, listShards, shardFolder, shardName } from './manifest-shards.js'
import { addCandidate } from './open-folders.js'
import type { ArchiveSettings } from './options.js'
import { openPagePool } from './page-pool.js'
import type { ArchiveRun } from './run-state.js'
import { settingsHash } from './settings-hash.js'

/**
 * Start a run of convertArchive: check the folders (the input is one, the output is not
 * the input, the report lies outside the input), make the output folder, open the page
 * pool (starting its threads at once for a large record of version 2), and read the record's
 * head and the names of its shards (a record of version 2 or 1 is written as version 3).
 *
 * @param input - the input folder, as given.
 * @param output - the output folder, as given.
 * @param settings - the checked options.
 * @returns the run's state.
 * @throws {ArchiveError} when a folder or the manifest is not what it must be.
 */
export async function startRun(
  input: string,
  output: string,
  settings: ArchiveSettings,
): Promise<ArchiveRun> {
  const inputReal = await realpath(input).catch(() => {
    throw new ArchiveError('no-such-folder', input)
  })
  if (!(await stat(inputReal)).isDirectory()) throw new ArchiveError('not-a-folder', input)
  if ((await realpath(output).catch(() => undefined)) === inputReal) {
    throw new ArchiveError('output-is-input', output)
  }
  if (settings.report !== undefined) {
    const report = resolve(settings.report)
    const real = await realpath(join(report, '..')).catch(() => report)
    if (isInside(real, inputReal) || isInside(report, inputReal)) {
      throw new ArchiveError('report-in-input', settings.report)
    }
  }
  try {
    await mkdir(output, { recursive: true })
  } catch (error) {
    throw new ArchiveError('cannot-make-output', output, codeOf(error))
  }
  const outReal = await realpath(output)
  const { formats, from, encoding, timeZone, language, profile, document, jsonLd } = settings
  const page = { formats, from, encoding, timeZone, language, profile, document, jsonLd }
  const pool = openPagePool(
    { page, out: outReal, force: settings.force },
    settings.jobs,
    undefined,
    settings.signal,
  )
  const read = async () => {
    const manifest = await readManifest(outReal, settings.force)
    return { manifest, shards: await shardsOf(outReal, settings.force) }
  }
  const { manifest, shards } = await read().catch(async (error: unknown) => {
    await pool.close()
    throw error
  })
  // A large record of version 2 is written as shards first: the threads load the parsers
  // meanwhile. (Pages a record of version 3 shows unchanged need no thread: see preparePages.)
  if (manifest.pages.size >= pagesToStartEarly) pool.warm()
  const run: ArchiveRun = {
    input,
    output,
    inputReal,
    outReal,
    settings,
    settingsHash: settingsHash(page),
    version,
    source: { kind: 'shards', names: shards },
    folders: new Map(),
    keys: new Map(),
    orphans: manifest.orphans,
    headSha256: manifest.sharded ? manifest.sha256 : undefined,
    orphanOwned: new Map(),
    candidates: new Map(),
    pool,
    summary: {
      pages: 0,
      converted: 0,
      withWarnings: 0,
      unchanged: 0,
      failed: 0,
      orphaned: 0,
      pruned: 0,
      skipped: {},
      kept: {},
      writeFailures: 0,
      interrupted: false,
      workers: 0,
    },
  }
  for (const orphan of manifest.orphans) {
    run.orphanOwned.set(orphan.path, orphan.sha256)
    addCandidate(run, orphan)
  }
  if (!manifest.sharded) upgradeRecord(run, manifest.pages, shards)
  return run
}

/**
 * Pages of a record of version 2 or 1 from which a run starts its worker threads before
 * it reads pages.
 */
const pagesToStartEarly = 256

/** The shards of the record in the output folder, never listed through a symlink. */
async function shardsOf(out: string, force: boolean): Promise<Set<string>> {
  try {
    return await listShards(out)
  } catch (error) {
    if (force) return new Set()
    throw new ArchiveError(
      'manifest-unreadable',
      join(out, manifestFolder, shardFolder),
      codeOf(error),
    )
  }
}

/**
 * Bring a record of version 2 or 1 (or none) to version 3 before the run starts: a shard
 * for each folder, the shards no head vouches for removed, then the head, so a run killed
 * outright leaves a record of one version. When a file cannot be written, the pages are
 * kept in memory for the run, and each folder's shard is written when the walk leaves it.
 */
function upgradeRecord(
  run: ArchiveRun,
  pages: ReadonlyMap<string, PageRecord>,
  shards: ReadonlySet<string>,
): void {
  const byFolder = new Map<string, PageRecord[]>()
  for (const page of pages.values()) {
    const folder = folderOf(page.input)
    const list = byFolder.get(folder)
    if (list === undefined) byFolder.set(folder, [page])
    else list.push(page)
  }
  const written = new Set<string>()
  let whole = false
  for (const [folder, list] of byFolder) {
    if (writeShard(run, folder, list)) written.add(shardName(folder))
    else whole = true
  }
  for (const name of shards) if (!written.has(name) && !removeShard(run, name)) whole = true
  if (whole || !saveHead(run)) run.source = { kind: 'whole', byFolder }
  else run.source = { kind: 'shards', names: written }
}
