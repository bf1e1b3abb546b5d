import { mkdir, realpath, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { writeReport } from '../report/write-report.js'
import { codeOf } from '../system-error.js'
import { version } from '../version.js'
import { ArchiveError } from './archive-error.js'
import { collectReport, type ReportCollector } from './collect-report.js'
import type { ArchiveEvent, ArchiveSummary } from './events.js'
import { isInside } from './inside.js'
import { manifestLocation, manifestText, readManifest, recordedPath } from './manifest.js'
import { type ConvertArchiveOptions, checkFolders, resolveArchiveOptions } from './options.js'
import { pruneOrphans } from './orphans.js'
import { openPagePool } from './page-pool.js'
import { type PreparedPage, preparePage } from './prepare-page.js'
import type { ArchiveRun } from './run-state.js'
import { settingsHash } from './settings-hash.js'
import { claimPage, type PageOutcome } from './settle-page.js'
import { walkInput } from './walk-input.js'
import { makeFolderInside, removeTemporaries, writeAtomically } from './write-output.js'

/** Pages under way at once, per worker thread: read, converted, written (at least 32). */
export const pagesInFlightPerJob = 16

/**
 * How many pages a run finishes between saves of its manifest: at least this many, and
 * at least a quarter of those recorded, so a run killed outright (SIGKILL, a power cut)
 * leaves most of what it wrote recorded while the saves of a large archive stay few; a
 * stopped run and a finished one save it at their end.
 */
export const recordEvery = 100

/**
 * Convert every article file under a folder into another, keeping the folders' layout,
 * in worker threads, and only the pages whose input or settings changed since the last
 * run. The walk streams and at most `16 × jobs` pages are under way at once, so memory
 * stays flat however large the archive. Never destroys a file: inputs are never
 * written; an output folder inside the input is never read; an existing file is
 * replaced only when the record in `output/.news-model/manifest.json` shows news-model
 * wrote it and nobody changed it since (or with `force`); symlinks are never followed
 * out of the input nor written through in the output; every file is written whole or
 * not at all. When `signal` is aborted, no new page is started, the writes under way
 * finish or are rolled back, and the manifest is saved, so the next run takes up the rest.
 *
 * @param input - the folder to read.
 * @param output - the folder to write (made when missing).
 * @param options - the formats, reading options, `force`, `prune`, `jobs`, `signal`,
 *   `report` and `onEvent` (see {@link ConvertArchiveOptions}).
 * @returns the summary of the run.
 * @throws {TypeError | RangeError} for a bad argument or option, naming it.
 * @throws {ArchiveError} when the input is not a folder, `output` is the input folder or
 *   cannot be made, `report` lies inside the input folder, or the manifest in the output
 *   cannot be read (unless `force`).
 * @example
 *   const summary = await convertArchive('archive', 'site', { to: 'html', jobs: 2 })
 *   summary.converted //=> 100000
 *   const again = await convertArchive('archive', 'site', { to: 'html' })
 *   again.unchanged //=> 100000
 */
export async function convertArchive(
  input: string,
  output: string,
  options?: ConvertArchiveOptions | null,
): Promise<ArchiveSummary> {
  checkFolders(input, output)
  const settings = resolveArchiveOptions(options)
  const run = await startRun(input, output, settings)
  const report = settings.report === undefined ? undefined : newReport(run)
  const emit = settings.onEvent
  const window = Math.max(32, settings.jobs * pagesInFlightPerJob)
  const pages: Array<Promise<PageOutcome>> = []
  let claims: Promise<unknown> = Promise.resolve()
  let done = 0
  let found = 0
  let walked = false
  const saver = manifestSaver(run)
  const settle = async () => {
    const outcome = await (pages.shift() as Promise<PageOutcome>)
    record(run, outcome, report)
    for (const event of outcome.events) emit(event)
    if (outcome.record !== undefined) await saver.changed()
  }
  try {
    for await (const entry of walkInput(run.inputReal, run.outReal)) {
      if (settings.signal?.aborted) break
      if (entry.kind === 'skip') {
        const event: ArchiveEvent = {
          type: 'skipped',
          path: entry.relative,
          output: false,
          reason: entry.reason,
          ...(entry.code ? { code: entry.code } : {}),
        }
        pages.push(
          Promise.resolve({
            input: entry.relative,
            status: 'skipped',
            events: [event],
            stale: [],
            warned: false,
            writeFailures: 0,
            diagnostics: [],
          }),
        )
      } else {
        found++
        run.summary.pages++
        run.unseen.delete(recordedPath(entry.relative))
        emit({ type: 'progress', done, found, current: entry.relative })
        const prepared: Promise<PreparedPage> = preparePage(run, entry)
        // Names are claimed in input order, after the page before has claimed its own.
        const claimed = Promise.all([prepared, claims]).then(([page]) => {
          emit({ type: 'progress', done: done++, found, current: entry.relative })
          return claimPage(run, page)
        })
        claims = claimed
        pages.push(claimed.then((write) => write()))
      }
      while (pages.length >= window) await settle()
    }
    walked = !settings.signal?.aborted
    while (pages.length > 0) await settle()
  } finally {
    // A failure above leaves pages under way: they finish before the record is saved.
    await Promise.allSettled(pages)
    run.summary.workers = run.pool.workers
    await run.pool.close()
    await removeTemporaries(run.temporaries)
  }
  run.summary.interrupted = settings.signal?.aborted === true
  if (walked && !run.summary.interrupted) {
    for (const event of await pruneOrphans(run)) {
      if (event.type === 'orphan') {
        run.summary.orphaned++
        if (event.removed) run.summary.pruned++
      } else run.summary.writeFailures++
      emit(event)
    }
  } else {
    run.manifest.orphans.push(...run.stale)
  }
  await saver.save()
  emit({ type: 'progress', done: run.summary.pages, found: run.summary.pages })
  if (report !== undefined && settings.report !== undefined) {
    await writeRunReport(run, settings.report, report)
  }
  return run.summary
}

async function startRun(
  input: string,
  output: string,
  settings: ReturnType<typeof resolveArchiveOptions>,
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
  const manifest = await readManifest(outReal, settings.force)
  const owned = new Map<string, string>()
  for (const page of manifest.pages.values()) {
    for (const file of page.outputs) owned.set(file.path, file.sha256)
  }
  for (const orphan of manifest.orphans) owned.set(orphan.path, orphan.sha256)
  const { formats, from, encoding, timeZone, language, profile, document, jsonLd } = settings
  const page = { formats, from, encoding, timeZone, language, profile, document, jsonLd }
  const pool = openPagePool(page, settings.jobs)
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
    temporaries: new Set(),
    folders: new Map(),
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

function newReport(run: ArchiveRun): ReportCollector {
  return collectReport({
    generator: { name: 'news-model', version },
    input: run.input,
    output: run.output,
  })
}

/** Count a page's outcome, bring the record up to date, and add the page to the report. */
function record(run: ArchiveRun, outcome: PageOutcome, report: ReportCollector | undefined): void {
  const { summary } = run
  for (const event of outcome.events) {
    if (event.type === 'skipped')
      summary.skipped[event.reason] = (summary.skipped[event.reason] ?? 0) + 1
    if (event.type === 'kept') summary.kept[event.reason] = (summary.kept[event.reason] ?? 0) + 1
  }
  if (outcome.status === 'converted') {
    summary.converted++
    if (outcome.warned) summary.withWarnings++
  }
  if (outcome.status === 'unchanged') summary.unchanged++
  if (outcome.status === 'failed') summary.failed++
  if (outcome.record !== undefined) run.manifest.pages.set(outcome.input, outcome.record)
  run.stale.push(...outcome.stale.map((output) => ({ ...output, input: outcome.input })))
  if (report === undefined) return
  const done = outcome.events.find((event) => event.type === 'page-done')
  if (outcome.status === 'converted' || outcome.status === 'failed' || outcome.status === 'kept') {
    report.add({
      input: outcome.input,
      outputs: done?.type === 'page-done' ? done.outputs : [],
      status: outcome.status === 'failed' ? 'failed' : 'converted',
      diagnostics: outcome.diagnostics,
    })
  }
}

/**
 * Saves the manifest now and then during a run, when pages have changed it, one save at
 * a time; and at the end. A manifest is written only when its text differs from the one
 * on disk, so a run where nothing changed writes nothing.
 */
function manifestSaver(run: ArchiveRun) {
  let since = 0
  let saving: Promise<void> | undefined
  let saved = run.manifest.text
  const save = async () => {
    await saving
    since = 0
    const text = manifestText(run.manifest, `news-model ${version}`)
    if (text === saved) return
    saving = saveManifest(run, text)
    await saving
    saved = text
    saving = undefined
  }
  return {
    save,
    /** Count a page whose record changed, and save every so often. */
    async changed() {
      since++
      if (since >= Math.max(recordEvery, run.manifest.pages.size / 4) && saving === undefined) {
        await save()
      }
    },
  }
}

async function saveManifest(run: ArchiveRun, text: string): Promise<void> {
  const [folder, file] = manifestLocation
  const path = join(run.outReal, folder, file)
  try {
    await makeFolderInside(run.outReal, folder)
    await writeAtomically(path, new TextEncoder().encode(text), {
      replace: true,
      temporaries: run.temporaries,
    })
  } catch (error) {
    run.summary.writeFailures++
    run.settings.onEvent({ type: 'write-failed', path: `${folder}/${file}`, code: codeOf(error) })
  }
}

async function writeRunReport(
  run: ArchiveRun,
  file: string,
  report: ReportCollector,
): Promise<void> {
  try {
    await writeReport(file, report.finish(run.summary), { force: run.settings.force })
  } catch (error) {
    run.summary.writeFailures++
    const message = error instanceof Error ? error.message : String(error)
    run.settings.onEvent({ type: 'report-failed', path: file, message })
  }
}
