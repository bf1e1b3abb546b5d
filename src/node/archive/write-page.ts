import { join } from 'node:path'
import { outputFormats } from '../formats.js'
import type { OutputDigest } from './convert-page.js'
import type { ArchiveEvent } from './events.js'
import { isInside } from './inside.js'
import { type OutputRecord, recordedPath } from './manifest.js'
import { claimsFor, ownedHash, recordOwned } from './open-folders.js'
import type { HeldPage } from './page-pool.js'
import type { WriteTarget } from './page-work.js'
import type { PlaceOutcome } from './place-output.js'
import { claimOutputName } from './plan-outputs.js'
import type { ArchiveRun } from './run-state.js'

/** An output with the name claimed for it, relative to the output folder. */
export interface ClaimedOutput extends OutputDigest {
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
  outputs: ReadonlyArray<OutputDigest>,
): ClaimedOutput[] {
  const claimed = claimsFor(run, recordedPath(input))
  return outputs.map((output) => ({
    ...output,
    relative: claimOutputName(claimed, input, outputFormats[output.format]),
  }))
}

/**
 * Put a page's outputs in place, in the thread that holds them (see placeOutput), or
 * keep what is there; an output whose path lies in the input folder (an output folder
 * that holds the input) is never written.
 *
 * @param run - the run.
 * @param page - the thread holding the outputs' bytes.
 * @param outputs - the outputs and their names.
 * @returns for each output, the record of the file in place, or the event that says why
 *   not; `lost` with a message when the thread died before it answered.
 */
export async function writePageOutputs(
  run: ArchiveRun,
  page: HeldPage,
  outputs: ReadonlyArray<ClaimedOutput>,
): Promise<WriteOutcome[] | { lost: string }> {
  const targets: WriteTarget[] = []
  for (const [index, output] of outputs.entries()) {
    if (!isInputFile(run, output)) {
      const recorded = ownedHash(run, recordedPath(output.relative))
      targets.push({ output: index, relative: output.relative, recorded })
    }
  }
  const answer = await run.pool.write(page, targets)
  if (!Array.isArray(answer)) return answer
  const outcomes = new Map<number, PlaceOutcome | undefined>()
  for (const [index, target] of targets.entries()) outcomes.set(target.output, answer[index])
  return outputs.map((output, index): WriteOutcome => {
    const path = recordedPath(output.relative)
    if (!outcomes.has(index)) {
      return { event: { type: 'skipped', path, output: true, reason: 'input-file' }, failed: false }
    }
    const outcome = outcomes.get(index) ?? { kind: 'failed', path, code: 'error' }
    switch (outcome.kind) {
      case 'placed':
        recordOwned(run, path, output.sha256)
        return { placed: { path, sha256: output.sha256 } }
      case 'kept':
        return { event: { type: 'kept', output: path, reason: outcome.reason }, failed: false }
      case 'blocked':
        return {
          event: { type: 'skipped', path, output: true, reason: outcome.reason },
          failed: false,
        }
      default:
        return {
          event: { type: 'write-failed', path: outcome.path, code: outcome.code },
          failed: true,
        }
    }
  })
}

// An output folder that holds the input: an output path inside the input is an input's.
function isInputFile(run: ArchiveRun, output: ClaimedOutput): boolean {
  return (
    isInside(run.inputReal, run.outReal) &&
    isInside(join(run.outReal, output.relative), run.inputReal)
  )
}
