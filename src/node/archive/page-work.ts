import type { OutputDigest, PageOutput, PageResult, PageSettings } from './convert-page.js'
import { type OutputTarget, type PlaceOutcome, placeOutput } from './place-output.js'
import { type PageReadout, type ReadOrder, readPage } from './read-page.js'

/** What a thread doing pages' file work is given once: the run's settings and output folder. */
export interface PageWorkSettings {
  /** The reading and writing settings. */
  page: PageSettings
  /** The output folder's real path. */
  out: string
  /** Replace files news-model did not write, or that were edited. */
  force: boolean
  /** The thread's token for its temporary files (see temporaryName). */
  token: string
}

/** What reading a page found, as the calling thread sees it: outputs as digests only. */
export type ReadAnswer =
  | Exclude<PageReadout, { kind: 'read' }>
  | {
      kind: 'read'
      size: number
      mtimeMs: number
      sha256: string
      result: PageResult<OutputDigest>
    }

/** One output of a page to put in place: its index among the page's outputs, and where. */
export interface WriteTarget extends OutputTarget {
  output: number
}

/** One order to a thread doing pages' file work, numbered. */
export type WorkOrder =
  | { id: number; read: ReadOrder }
  /** Put in place the outputs held for page `id`: each target names its output by index. */
  | { id: number; write: WriteTarget[] }
  /** Forget the outputs held for page `id`: they are not to be written. */
  | { id: number; drop: true }

/** A thread's answer to a read or a write order. */
export type WorkAnswer = { id: number; read: ReadAnswer } | { id: number; write: PlaceOutcome[] }

/**
 * The file work of pages in one thread: read and convert a page, holding its outputs'
 * bytes until the calling thread, having claimed their names in input order, orders
 * them written. Only digests, outcomes and diagnostics go back, never the bytes.
 *
 * @param settings - the run's settings for the thread.
 * @returns a function that carries out an order and returns its answer (none for `drop`).
 */
export function pageWork(settings: PageWorkSettings): (order: WorkOrder) => WorkAnswer | undefined {
  const held = new Map<number, PageOutput[]>()
  const place = {
    out: settings.out,
    force: settings.force,
    token: settings.token,
    folders: new Map(),
  }
  return (order) => {
    if ('read' in order) {
      const readout = readPage(order.read, settings.page, settings.out)
      if (readout.kind !== 'read' || readout.result.status !== 'converted') {
        return { id: order.id, read: readout }
      }
      const { outputs, ...rest } = readout.result
      held.set(order.id, outputs)
      const digests = outputs.map(({ format, sha256 }) => ({ format, sha256 }))
      return { id: order.id, read: { ...readout, result: { ...rest, outputs: digests } } }
    }
    const outputs = held.get(order.id)
    held.delete(order.id)
    if ('drop' in order) return undefined
    return {
      id: order.id,
      write: order.write.map((target) => {
        const output = outputs?.[target.output]
        if (output === undefined) return { kind: 'failed', path: target.relative, code: 'ENOENT' }
        return placeOutput(target, output.bytes, output.sha256, place)
      }),
    }
  }
}
