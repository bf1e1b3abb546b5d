import { dirname, join } from 'node:path'
import { codeOf } from '../system-error.js'
import type { KeepReason } from './events.js'
import { recordedPath } from './manifest.js'
import { inspectTarget, makeFolderInside, OutputBlocked, writeAtomically } from './write-output.js'

/** One output to put in place: its name, and the hash the record holds for that name. */
export interface OutputTarget {
  /** Relative to the output folder, in the platform's form. */
  relative: string
  /** The SHA-256 the record holds for the file there: news-model wrote it (if unchanged). */
  recorded?: string | undefined
}

/** What putting one output in place did. */
export type PlaceOutcome =
  | { kind: 'placed' }
  | { kind: 'kept'; reason: KeepReason }
  | { kind: 'blocked'; reason: 'output-symlink' | 'output-not-folder' }
  /** `path`: the file or folder that could not be written, relative, with `/`. */
  | { kind: 'failed'; path: string; code: string }

/** Where and how a thread puts outputs in place. */
export interface PlaceContext {
  /** The output folder's real path. */
  out: string
  /** Replace files news-model did not write, or that were edited. */
  force: boolean
  /** The thread's token for its temporary files (see temporaryName). */
  token: string
  /**
   * The folders made and checked so far by this thread, relative to the output folder,
   * with what checking them threw (`undefined`: it is a folder).
   */
  folders: Map<string, unknown>
}

/**
 * Put one output in place, or keep what is there: a file is replaced only when the
 * record shows news-model wrote it and nobody changed it since (or with `force`), never
 * through a symlink, always atomically; the same bytes already there are left as they
 * are. Synchronous and never throws: a worker does one file at a time.
 *
 * @param target - the output's name and recorded hash.
 * @param bytes - its content.
 * @param hash - the SHA-256 of `bytes`.
 * @param context - the output folder, `force`, the thread's token and folders.
 * @returns what it did.
 */
export function placeOutput(
  target: OutputTarget,
  bytes: Uint8Array,
  hash: string,
  context: PlaceContext,
): PlaceOutcome {
  const { relative, recorded } = target
  const path = join(context.out, relative)
  const folder = dirname(relative)
  const blocked = checkFolder(folder, context)
  if (blocked instanceof OutputBlocked) {
    return {
      kind: 'blocked',
      reason: blocked.code === 'ELOOP' ? 'output-symlink' : 'output-not-folder',
    }
  }
  if (blocked !== undefined) return failed(folder, blocked)
  let state: ReturnType<typeof inspectTarget>
  try {
    state = inspectTarget(path)
  } catch (error) {
    return failed(relative, error)
  }
  if (state.kind === 'file' && state.sha256 === hash) return { kind: 'placed' }
  let replace = false
  if (state.kind !== 'absent') {
    const ours = state.kind === 'file' && recorded === state.sha256
    if (!ours && (!context.force || state.kind === 'other')) {
      const reason = recorded !== undefined && state.kind === 'file' ? 'edited' : 'not-written'
      return { kind: 'kept', reason }
    }
    replace = true
  }
  try {
    if (!writeAtomically(path, bytes, { replace, token: context.token })) {
      return { kind: 'kept', reason: 'not-written' }
    }
  } catch (error) {
    return failed(relative, error)
  }
  return { kind: 'placed' }
}

function failed(relative: string, error: unknown): PlaceOutcome {
  return { kind: 'failed', path: recordedPath(relative), code: codeOf(error) }
}

// Each folder of the output is made (and checked not to be a symlink) once per thread.
function checkFolder(folder: string, context: PlaceContext): unknown {
  if (context.folders.has(folder)) return context.folders.get(folder)
  let problem: unknown
  try {
    makeFolderInside(context.out, folder)
  } catch (error) {
    problem = error
  }
  context.folders.set(folder, problem)
  return problem
}
