import { writeReport } from '../report/write-report.js'
import { version } from '../version.js'
import { collectReport, type ReportCollector } from './collect-report.js'
import type { ArchiveEvent, ArchiveSummary } from './events.js'
import { recordedPath } from './manifest.js'
import { manifestSaver } from './manifest-saver.js'
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
 * run. The walk streams and at most `256 × jobs` pages are under way at once, so memory
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
  const window = Math.max(2, Math.ceil((settings.jobs * pagesInFlightPerJob) / pagesPerBatch))
  const batches: Array<Promise<void>> = []
  let entries: InputEntry[] = []
  let settled: Promise<void> = Promise.resolve()
  let done = 0
  let found = 0
  let walked = false
  const saver = manifestSaver(run)
  // A batch is read as soon as it is walked; its names are claimed, its outputs written
  // and its events sent once the batch before has settled, so pages are settled in input
  // order and a stopped run starts no write after the batch under way.
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
        const before = run.manifest.pages.get(outcome.input)
        record(run, outcome, report)
        for (const event of outcome.events) emit(event)
        if (outcome.record !== undefined && outcome.record !== before) await saver.changed()
      }
    })
    batches.push(settled)
  }
  try {
    walk: for await (const group of walkInput(run.inputReal, run.outReal)) {
      for (const entry of group) {
        if (settings.signal?.aborted) break walk
        if (entry.kind === 'file') {
          found++
          run.summary.pages++
          run.unseen.delete(recordedPath(entry.relative))
          emit({ type: 'progress', done, found, current: entry.relative })
        }
        entries.push(entry)
        if (entries.length >= pagesPerBatch) launch()
        while (batches.length >= window) await batches.shift()
      }
    }
    if (entries.length > 0) launch()
    walked = !settings.signal?.aborted
    while (batches.length > 0) await batches.shift()
  } finally {
    // A failure above leaves pages under way: they finish before the record is saved.
    await Promise.allSettled(batches)
    run.summary.workers = run.pool.workers
    await run.pool.close()
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
  if (outcome.record !== undefined) run.manifest.pages.set(outcome.input, outcome.record)
  run.stale.push(...outcome.stale.map((output) => ({ ...output, input: outcome.input })))
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
