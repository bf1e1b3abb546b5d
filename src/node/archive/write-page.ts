import { dirname, join } from 'node:path'
import { outputFormats } from '../formats.js'
import { codeOf } from '../system-error.js'
import type { PageOutput } from './convert-page.js'
import type { ArchiveEvent } from './events.js'
import { isInside } from './inside.js'
import { type OutputRecord, recordedPath } from './manifest.js'
import { claimOutputName } from './plan-outputs.js'
import type { ArchiveRun } from './run-state.js'
import { inspectTarget, makeFolderInside, OutputBlocked, writeAtomically } from './write-output.js'

/** An output with the name claimed for it, relative to the output folder. */
export interface ClaimedOutput extends PageOutput {
  relative: string
}

/** What writing one output did: the record of the file in place, or the event saying why not. */
export type WriteOutcome = { placed: OutputRecord } | { event: ArchiveEvent; failed: boolean }

/**
 * Claim the output names of a page, in input order (see claimOutputName).
 *
 * @param run - the run.
 * @param input - the input's path, relative to the input folder.
 * @param outputs - its outputs.
 * @returns the outputs with their names.
 */
export function claimOutputs(
  run: ArchiveRun,
  input: string,
  outputs: ReadonlyArray<PageOutput>,
): ClaimedOutput[] {
  return outputs.map((output) => ({
    ...output,
    relative: claimOutputName(run.claimed, input, outputFormats[output.format]),
  }))
}

/**
 * Put one output in place, or keep what is there: a file is replaced only when the
 * record shows news-model wrote it and nobody changed it since (or with `force`), never
 * through a symlink, always atomically; the same bytes already there are left as they are.
 *
 * @param run - the run.
 * @param output - the output and its name.
 * @returns the record of the file in place, or the event that says why it is not.
 */
export async function writePageOutput(
  run: ArchiveRun,
  output: ClaimedOutput,
): Promise<WriteOutcome> {
  const { relative, bytes, sha256: hash } = output
  const path = recordedPath(relative)
  const target = join(run.outReal, relative)
  const skipped = (reason: 'input-file' | 'output-symlink' | 'output-not-folder') => ({
    event: { type: 'skipped', path, output: true, reason } as const,
    failed: false,
  })
  // An output folder that holds the input: an output path inside the input is an input's.
  if (isInside(run.inputReal, run.outReal) && isInside(target, run.inputReal)) {
    return skipped('input-file')
  }
  try {
    await makeFolder(run, dirname(relative))
  } catch (error) {
    if (error instanceof OutputBlocked) {
      return skipped(error.code === 'ELOOP' ? 'output-symlink' : 'output-not-folder')
    }
    return failed(dirname(path), error)
  }
  let state: Awaited<ReturnType<typeof inspectTarget>>
  try {
    state = await inspectTarget(target)
  } catch (error) {
    return failed(path, error)
  }
  const recorded = run.owned.get(path)
  let replace = false
  if (state.kind === 'file' && state.sha256 === hash) {
    return { placed: { path, sha256: hash } }
  }
  if (state.kind !== 'absent') {
    const ours = state.kind === 'file' && recorded === state.sha256
    if (!ours && (!run.settings.force || state.kind === 'other')) {
      const reason = recorded !== undefined && state.kind === 'file' ? 'edited' : 'not-written'
      return { event: { type: 'kept', output: path, reason }, failed: false }
    }
    replace = true
  }
  try {
    // No signal: a write under way when the run is stopped finishes, and is recorded.
    const placed = await writeAtomically(target, bytes, { replace, temporaries: run.temporaries })
    if (!placed)
      return { event: { type: 'kept', output: path, reason: 'not-written' }, failed: false }
  } catch (error) {
    return failed(path, error)
  }
  run.owned.set(path, hash)
  return { placed: { path, sha256: hash } }
}

function failed(path: string, error: unknown): WriteOutcome {
  return { event: { type: 'write-failed', path, code: codeOf(error) }, failed: true }
}

// Each folder of the output is made (and checked not to be a symlink) once per run.
function makeFolder(run: ArchiveRun, folder: string): Promise<void> {
  let made = run.folders.get(folder)
  if (made === undefined) {
    made = makeFolderInside(run.outReal, folder)
    run.folders.set(folder, made)
  }
  return made
}
