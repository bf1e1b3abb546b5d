import { lstat, mkdir, realpath, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { codeOf } from '../system-error.js'
import { version } from '../version.js'
import { ArchiveError } from './archive-error.js'
import { isInside } from './inside.js'
import { manifestLocation, readManifest } from './manifest.js'
import type { ArchiveSettings } from './options.js'
import { openPagePool } from './page-pool.js'
import type { ArchiveRun } from './run-state.js'
import { settingsHash } from './settings-hash.js'

/**
 * The size of a manifest, in bytes, from which a run starts its worker threads before it
 * reads the manifest: that of a few hundred pages' record.
 */
const recordSizeToStartEarly = 64 * 1024

/**
 * Start a run of convertArchive: check the folders (the input is one, the output is not
 * the input, the report lies outside the input), make the output folder, open the page
 * pool (starting its threads at once when the manifest is large), and read the manifest.
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
  // A large record means a run of many pages: the threads load the parsers meanwhile.
  const recorded = await lstat(join(outReal, ...manifestLocation)).catch(() => undefined)
  if (recorded !== undefined && recorded.size >= recordSizeToStartEarly) pool.warm()
  const manifest = await readManifest(outReal, settings.force).catch(async (error: unknown) => {
    await pool.close()
    throw error
  })
  const owned = new Map<string, string>()
  for (const page of manifest.pages.values()) {
    for (const file of page.outputs) owned.set(file.path, file.sha256)
  }
  for (const orphan of manifest.orphans) owned.set(orphan.path, orphan.sha256)
  return {
    input,
    output,
    inputReal,
    outReal,
    settings,
    settingsHash: settingsHash(page),
    version,
    manifest,
    owned,
    claimed: new Set(),
    // The record's own keys: a large archive's inputs are not held twice.
    unseen: new Set(manifest.pages.keys()),
    stale: [],
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
}
