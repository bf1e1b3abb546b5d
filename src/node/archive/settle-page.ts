import { outputFormats } from '../formats.js'
import type { LinedDiagnostic } from './convert-page.js'
import type { ArchiveEvent, PageReading } from './events.js'
import { type FailedRecord, type OutputRecord, type PageRecord, recordedPath } from './manifest.js'
import { claimsFor, pageRecord } from './open-folders.js'
import { claimKey, claimOutputName } from './plan-outputs.js'
import { type PreparedPage, preparePage } from './prepare-page.js'
import type { ArchiveRun } from './run-state.js'
import { claimOutputs, writePageOutputs } from './write-page.js'

/** What became of a page: its events, in order, and what the record now holds for it. */
export interface PageOutcome {
  /** The input, relative to the input folder, with `/`. */
  input: string
  status: 'converted' | 'unchanged' | 'failed' | 'skipped' | 'kept' | 'dropped'
  events: ArchiveEvent[]
  /** The page's record from now on (`undefined`: the record read at the start stands). */
  record?: PageRecord
  /** Outputs recorded for the page before that it no longer writes. */
  stale: OutputRecord[]
  /** Whether it has warnings. */
  warned: boolean
  /** The output files that could not be written. */
  writeFailures: number
  /** Its diagnostics, every severity, for the report. */
  diagnostics: LinedDiagnostic[]
}

/**
 * The second and third stages of a page: claim its output names (called in input order,
 * so names are the same on every run), then write its outputs (many pages at once). A
 * page recorded as unchanged whose names now differ (a new input took one) is converted
 * after all. Once the run is stopped, nothing more is written.
 *
 * @param run - the run.
 * @param prepared - the page as the first stage left it.
 * @param renamed - for a page found unchanged: its names were found to differ already
 *   (see claimUnchanged), so it is converted at once (default: `false`).
 * @returns the writes under way, giving the page's outcome.
 */
export async function claimPage(
  run: ArchiveRun,
  prepared: PreparedPage,
  renamed = false,
): Promise<() => Promise<PageOutcome>> {
  const input = recordedPath(prepared.file.relative)
  const base = { input, events: [], stale: [], warned: false, writeFailures: 0, diagnostics: [] }
  if (prepared.kind === 'dropped' || run.settings.signal?.aborted) {
    if (prepared.kind === 'converted' && prepared.held) run.pool.drop(prepared.held)
    return async () => ({ ...base, status: 'dropped' })
  }
  if (prepared.kind === 'unreadable') {
    const { code } = prepared
    const event: ArchiveEvent = {
      type: 'skipped',
      path: input,
      output: false,
      reason: 'unreadable',
      code,
    }
    return async () => ({ ...base, status: 'skipped', events: [event] })
  }
  if (prepared.kind === 'unchanged') {
    const outcome = renamed ? undefined : claimUnchanged(run, prepared, input)
    if (outcome !== undefined) return async () => outcome
    return claimPage(run, await preparePage(run, prepared.file, true))
  }
  return claimConverted(run, prepared, input)
}

/**
 * Claim the output names of a page whose input and settings have not changed since
 * its record (see claimPage), at once: its outcome, or `undefined` when its names now
 * differ from those recorded (a new input took one) and it must be converted after all.
 *
 * @param run - the run.
 * @param prepared - the page, found unchanged.
 * @param input - its input's recorded path.
 * @returns its outcome, or `undefined`.
 */
export function claimUnchanged(
  run: ArchiveRun,
  prepared: PreparedPage & { kind: 'unchanged' },
  input: string,
): PageOutcome | undefined {
  const { record, size, mtimeMs } = prepared
  if (record.failed !== undefined) return failedBefore(input, record, record.failed, size, mtimeMs)
  const { formats } = run.settings
  const names = claimsFor(run, input)
  const claimed: string[] = []
  for (const format of formats) {
    const name = claimOutputName(names, prepared.file.relative, outputFormats[format])
    claimed.push(recordedPath(name))
  }
  if (!claimed.every((path, index) => record.outputs[index]?.path === path)) {
    for (const path of claimed) names.delete(claimKey(path))
    return undefined
  }
  return {
    input,
    status: 'unchanged',
    events: [{ type: 'page-unchanged', input, outputs: claimed }],
    record: sameTime(record, size, mtimeMs),
    stale: [],
    warned: false,
    writeFailures: 0,
    diagnostics: [],
  }
}

/**
 * The record of an unchanged page with the input's size and time: the same object when
 * they have not changed (most pages of a run), so the record is neither copied nor
 * saved again for it.
 */
function sameTime(record: PageRecord, size: number, mtimeMs: number): PageRecord {
  return record.size === size && record.mtimeMs === mtimeMs ? record : { ...record, size, mtimeMs }
}

/** A page that failed in an earlier run and has not changed since: reported, not read. */
function failedBefore(
  input: string,
  record: PageRecord,
  failed: FailedRecord,
  size: number,
  mtimeMs: number,
): PageOutcome {
  // The record's diagnostics were checked loosely when it was read: a newer version of
  // news-model may have written rules this one does not know, and they are shown as given.
  const { reading } = failed
  const decodeDiagnostics = failed.decodeDiagnostics as unknown as LinedDiagnostic[]
  const diagnostics = failed.diagnostics as unknown as LinedDiagnostic[]
  const event: ArchiveEvent = {
    type: 'page-failed',
    input,
    reason: 'no-article',
    ...(reading ? { reading: reading as PageReading } : {}),
    decodeDiagnostics,
    diagnostics,
    unchanged: true,
  }
  return {
    input,
    status: 'failed',
    events: [event],
    record: sameTime(record, size, mtimeMs),
    stale: [],
    warned: false,
    writeFailures: 0,
    diagnostics: [...decodeDiagnostics, ...diagnostics],
  }
}

function claimConverted(
  run: ArchiveRun,
  prepared: PreparedPage & { kind: 'converted' },
  input: string,
): () => Promise<PageOutcome> {
  const { result } = prepared
  const base = { input, stale: [], writeFailures: 0 }
  if (result.status === 'unexpected') {
    const event: ArchiveEvent = {
      type: 'page-failed',
      input,
      reason: 'unexpected',
      message: result.message,
      decodeDiagnostics: [],
      diagnostics: [],
    }
    return async () => ({
      ...base,
      status: 'failed',
      events: [event],
      warned: false,
      diagnostics: [],
    })
  }
  const diagnostics = [...result.decodeDiagnostics, ...result.diagnostics]
  const warned = result.diagnostics.some((d) => d.severity === 'warning')
  if (result.status === 'no-article' || (warned && run.settings.strict)) {
    if (prepared.held) run.pool.drop(prepared.held)
    const event: ArchiveEvent = {
      type: 'page-failed',
      input,
      reason: result.status === 'no-article' ? 'no-article' : 'strict',
      ...(result.reading ? { reading: result.reading } : {}),
      decodeDiagnostics: result.decodeDiagnostics,
      diagnostics: result.diagnostics,
    }
    // A page no article could be read from is recorded, so an unchanged one is not read again.
    const record = result.status === 'no-article' ? failedRecord(run, prepared, input) : undefined
    return async () => ({
      ...base,
      status: 'failed',
      events: [event],
      ...(record ? { record } : {}),
      warned,
      diagnostics,
    })
  }
  const outputs = claimOutputs(run, prepared.file.relative, result.outputs)
  const held = prepared.held
  return async () => {
    let outcomes = held
      ? await writePageOutputs(run, held, outputs)
      : { lost: 'the outputs were not kept' }
    if (!Array.isArray(outcomes)) {
      // The worker holding the outputs died (on another page): the page is read once more.
      const again = await preparePage(run, prepared.file, true)
      if (again.kind === 'converted' && again.held && again.result.status === 'converted') {
        const digests = again.result.outputs
        const renewed = outputs.map((output, index) => ({
          ...output,
          sha256: digests[index]?.sha256 ?? output.sha256,
        }))
        outcomes = await writePageOutputs(run, again.held, renewed)
      } else if (again.kind === 'converted' && again.held) {
        run.pool.drop(again.held)
      }
    }
    if (!Array.isArray(outcomes)) {
      const event: ArchiveEvent = {
        type: 'page-failed',
        input,
        reason: 'unexpected',
        message: outcomes.lost,
        decodeDiagnostics: [],
        diagnostics: [],
      }
      return { ...base, status: 'failed', events: [event], warned: false, diagnostics: [] }
    }
    const previous = pageRecord(run, input)
    const placed: OutputRecord[] = []
    const others: ArchiveEvent[] = []
    let writeFailures = 0
    for (const [index, outcome] of outcomes.entries()) {
      if ('placed' in outcome) {
        placed.push(outcome.placed)
        continue
      }
      others.push(outcome.event)
      if (outcome.failed) writeFailures++
      // A file kept as it was stays recorded as it was: an edited one stays "edited".
      const path = recordedPath(outputs[index]?.relative ?? '')
      const before = previous?.outputs.find((output) => output.path === path)
      if (before) placed.push(before)
    }
    const written = placed.length === outcomes.length && others.length === 0
    const paths = new Set(outputs.map((output) => recordedPath(output.relative)))
    const record: PageRecord = {
      input,
      // A page not wholly written is converted again on the next run.
      ...(written ? { sha256: prepared.sha256 } : {}),
      size: prepared.size,
      mtimeMs: prepared.mtimeMs,
      settings: run.settingsHash,
      version: run.version,
      outputs: placed,
    }
    const done: ArchiveEvent = {
      type: 'page-done',
      input,
      outputs: placed
        .filter((output) => outcomes.some((o) => 'placed' in o && o.placed === output))
        .map((o) => o.path),
      reading: result.reading,
      decodeDiagnostics: result.decodeDiagnostics,
      diagnostics: result.diagnostics,
    }
    return {
      input,
      status: written ? 'converted' : writeFailures > 0 ? 'failed' : 'kept',
      events: [done, ...others],
      record,
      stale: (previous?.outputs ?? []).filter((output) => !paths.has(output.path)),
      warned,
      writeFailures,
      diagnostics,
    }
  }
}

/**
 * The record of a page no article could be read from: its input's size, time and hash,
 * how it was read and its errors and warnings; the outputs an earlier run wrote for it
 * stay recorded (they are still news-model's).
 */
function failedRecord(
  run: ArchiveRun,
  prepared: PreparedPage & { kind: 'converted' },
  input: string,
): PageRecord | undefined {
  const { result } = prepared
  if (result.status !== 'no-article') return undefined
  const shown = (diagnostic: LinedDiagnostic) => diagnostic.severity !== 'info'
  return {
    input,
    size: prepared.size,
    mtimeMs: prepared.mtimeMs,
    settings: run.settingsHash,
    version: run.version,
    outputs: pageRecord(run, input)?.outputs ?? [],
    // Diagnostics and the reading are kept as they are: the record checks them loosely.
    failed: {
      sha256: prepared.sha256,
      reason: 'no-article',
      ...(result.reading ? { reading: result.reading } : {}),
      decodeDiagnostics: result.decodeDiagnostics.filter(shown),
      diagnostics: result.diagnostics.filter(shown),
    } as unknown as FailedRecord,
  }
}
