import { writeReport } from '../report/write-report.js'
import { version } from '../version.js'
import { collectReport, type ReportCollector } from './collect-report.js'
import type { ArchiveEvent, ArchiveSummary } from './events.js'
import { recordedPath } from './manifest.js'
import { folderChanged, removeShard, saveHead, writeShard } from './manifest-saver.js'
import {
  addCandidates,
  enterFolder,
  folderState,
  leaveFolder,
  saveOpenFolders,
} from './open-folders.js'
import { type ConvertArchiveOptions, checkFolders, resolveArchiveOptions } from './options.js'
import { pruneOrphans } from './orphans.js'
import { type InputFile, type PreparedPage, preparePages } from './prepare-page.js'
import type { ArchiveRun } from './run-state.js'
import { claimPage, claimUnchanged, type PageOutcome } from './settle-page.js'
import { startRun } from './start-run.js'
import { type InputEntry, walkInput } from './walk-input.js'

/** Pages under way at once, per worker thread: read, converted, written, in batches of 64. */
export const pagesInFlightPerJob = 256

/**
 * Pages read, claimed and written together: their orders go to a worker thread in one
 * message and come back in one, and the calling thread takes them up in one turn.
 */
const pagesPerBatch = 64

/**
 * Convert every article file under a folder into another, keeping the folders' layout,
 * in worker threads, and only the pages whose input or settings changed since the last
 * run. Never destroys a file: inputs are never written; an output folder inside the
 * input is never read; an existing file is replaced only when the record in
 * `output/.news-model/` shows news-model wrote it and nobody changed it since (or with
 * `force`); symlinks are never followed out of the input nor written through in the
 * output; every file is written whole or not at all. When `signal` is aborted, no new
 * page is started, the writes under way finish or are rolled back, and the record is
 * saved, so the next run takes up the rest.
 *
 * Memory: the walk streams and at most `256 × jobs` pages are under way at once. The
 * record is kept by input folder (`manifest.json` holds its head, `pages/` a shard per
 * folder), and a run holds the records of the folders the walk is in (the folders on
 * its path and those of the pages under way), read when it enters one and saved (only
 * if a page changed) when it leaves; so memory is bounded by the depth of the archive
 * times the size of its largest folder, not by its size: an archive of one folder of
 * 100,000 files is still held whole. A record of version 2 (one file) is read whole
 * once, and written as shards.
 *
 * @param input - the folder to read.
 * @param output - the folder to write (made when missing).
 * @param options - the formats, reading options, `force`, `prune`, `jobs`, `signal`,
 *   `report` and `onEvent` (see {@link ConvertArchiveOptions}).
 * @returns the summary of the run.
 * @throws {TypeError | RangeError} for a bad argument or option, naming it.
 * @throws {ArchiveError} when the input is not a folder, `output` is the input folder or
 *   cannot be made, `report` lies inside the input folder, or the record in the output
 *   cannot be read (unless `force`): a folder's shard is read when the walk enters the
 *   folder, so a damaged one stops the run there (the pages under way finish and are
 *   recorded first).
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
  const window = Math.max(2, Math.ceil((settings.jobs * pagesInFlightPerJob) / pagesPerBatch))
  const batches: Array<Promise<void>> = []
  let entries: InputEntry[] = []
  let settled: Promise<void> = Promise.resolve()
  let done = 0
  let found = 0
  let walked = false
  let failure: unknown
  // A batch is read as soon as it is walked; its names are claimed, its outputs written
  // and its events sent once the batch before has settled, so pages are settled in input
  // order and a stopped run starts no write after the batch under way. A folder is left
  // once the batches holding its last pages have settled.
  const launch = () => {
    const batch = entries
    entries = []
    const files = batch.filter((entry): entry is InputFile => entry.kind === 'file')
    const prepared = preparePages(run, files)
    settled = Promise.all([prepared, settled]).then(async ([pages]) => {
      const writes: Array<PageOutcome | (() => Promise<PageOutcome>)> = []
      let next = 0
      for (const entry of batch) {
        if (entry.kind === 'skip') {
          writes.push(skipped(entry))
          continue
        }
        if (entry.kind !== 'file') continue
        const page = pages[next++] as PreparedPage
        emit({ type: 'progress', done: done++, found, current: entry.relative })
        // Most pages of a run over an archive converted before have not changed: their
        // names are claimed at once, and nothing more is asked of the pool for them.
        const unchanged =
          page.kind === 'unchanged' && !settings.signal?.aborted
            ? claimUnchanged(run, page, recordedPath(entry.relative))
            : undefined
        writes.push(unchanged ?? (await claimPage(run, page, page.kind === 'unchanged')))
      }
      const outcomes = await Promise.all(
        writes.map((write) => (typeof write === 'function' ? write() : write)),
      )
      for (const outcome of outcomes) {
        record(run, outcome, report)
        for (const event of outcome.events) emit(event)
      }
      for (const entry of batch) {
        if (entry.kind === 'leave') leaveFolder(run, recordedPath(entry.relative))
      }
    })
    batches.push(settled)
  }
  try {
    walk: for await (const group of walkInput(run.inputReal, run.outReal)) {
      for (const entry of group) {
        if (settings.signal?.aborted) break walk
        if (entry.kind === 'enter') {
          await enterFolder(run, recordedPath(entry.relative))
          continue
        }
        if (entry.kind === 'file') {
          found++
          run.summary.pages++
          const input = recordedPath(entry.relative)
          folderState(run, input)?.unseen.delete(input)
          emit({ type: 'progress', done, found, current: entry.relative })
        }
        entries.push(entry)
        if (entries.length >= pagesPerBatch) launch()
        while (batches.length >= window) await batches.shift()
      }
    }
    walked = !settings.signal?.aborted
  } catch (error) {
    // A shard that cannot be read: the pages under way finish and are recorded first.
    failure = error
  }
  try {
    if (entries.length > 0) launch()
    while (batches.length > 0) await batches.shift()
  } finally {
    // A failure above leaves pages under way: they finish before the record is saved.
    await Promise.allSettled(batches)
    run.summary.workers = run.pool.workers
    await run.pool.close()
  }
  run.summary.interrupted = settings.signal?.aborted === true
  let gone: string[] = []
  let pruned = false
  if (walked && failure === undefined && !run.summary.interrupted) {
    try {
      const orphans = await pruneOrphans(run)
      gone = orphans.gone
      pruned = true
      for (const event of orphans.events) {
        if (event.type === 'orphan') {
          run.summary.orphaned++
          if (event.removed) run.summary.pruned++
        } else run.summary.writeFailures++
        emit(event)
      }
    } catch (error) {
      failure = error
    }
  }
  if (!pruned) {
    // A run stopped before its end lists no orphan: those found are kept for the next.
    const paths = new Set<string>()
    run.orphans = [...run.candidates.values()].flat().filter((orphan) => {
      const first = !paths.has(orphan.path)
      paths.add(orphan.path)
      return first
    })
    run.candidates.clear()
  }
  saveOpenFolders(run)
  keepWholeRecord(run)
  // The shards of folders gone are removed once the head lists their orphans.
  if (saveHead(run)) for (const name of gone) removeShard(run, name)
  if (failure !== undefined) throw failure
  emit({ type: 'progress', done: run.summary.pages, found: run.summary.pages })
  if (report !== undefined && settings.report !== undefined) {
    await writeRunReport(run, settings.report, report)
  }
  return run.summary
}

/**
 * A record of version 2 or 1 that could not be written as shards at the start: the
 * folders the walk did not enter are written now (a run stopped before its end), so the
 * head of version 3 leaves none out.
 */
function keepWholeRecord(run: ArchiveRun): void {
  if (run.source.kind !== 'whole') return
  for (const [folder, pages] of run.source.byFolder) writeShard(run, folder, pages)
  run.source.byFolder.clear()
}

/** The outcome of an entry the walk passed over: its `skipped` event. */
function skipped(entry: InputEntry & { kind: 'skip' }): PageOutcome {
  const event: ArchiveEvent = {
    type: 'skipped',
    path: recordedPath(entry.relative),
    output: false,
    reason: entry.reason,
    ...(entry.code ? { code: entry.code } : {}),
  }
  return {
    input: recordedPath(entry.relative),
    status: 'skipped',
    events: [event],
    stale: [],
    warned: false,
    writeFailures: 0,
    diagnostics: [],
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
  const folder = folderState(run, outcome.input)
  if (outcome.record !== undefined && folder !== undefined) {
    const before = folder.pages.get(outcome.input)
    folder.pages.set(outcome.input, outcome.record)
    if (outcome.record !== before) folderChanged(run, folder)
  }
  addCandidates(run, outcome.input, outcome.stale)
  if (report === undefined) return
  const [first] = outcome.events
  if (outcome.status === 'converted' || outcome.status === 'failed' || outcome.status === 'kept') {
    report.add({
      input: outcome.input,
      outputs: first?.type === 'page-done' ? first.outputs : [],
      status: outcome.status === 'failed' ? 'failed' : 'converted',
      diagnostics: outcome.diagnostics,
      ...(first?.type === 'page-failed' && first.unchanged ? { unchanged: true } : {}),
    })
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
