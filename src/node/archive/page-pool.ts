import { existsSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import {
  type PageWorkSettings,
  pageWork,
  type ReadAnswer,
  type WorkAnswer,
  type WorkOrder,
  type WriteTarget,
} from './page-work.js'
import type { PlaceOutcome } from './place-output.js'
import type { ReadOrder } from './read-page.js'
import { temporaryName, temporaryToken } from './write-output.js'

/** Pages sent to one worker thread before it answers, so it never waits for the next. */
export const pagesPerWorker = 2

/**
 * Pages read in the calling thread before the worker threads start: a run where a few
 * pages changed does not wait for threads to load the parsers.
 */
export const pagesBeforeWorkers = 8

/** A page whose outputs a thread holds, until they are written or dropped. */
export interface HeldPage {
  readonly id: number
  /** The worker thread that holds them; `undefined`: the calling thread. */
  readonly slot: WorkerSlot | undefined
}

/**
 * What reading a page in the pool gave: the thread's answer, with the page's held
 * outputs when it converted; `lost` when its worker thread died on it (out of memory,
 * a crash in a native module); `dropped` when the run was stopped before it was read.
 */
export type PoolReadAnswer =
  | (ReadAnswer & { held?: HeldPage })
  | { kind: 'lost'; message: string }
  | { kind: 'dropped' }

/** What writing a page's outputs gave: an outcome per target, or why none. */
export type PoolWriteAnswer = PlaceOutcome[] | { lost: string }

/** The run's settings for the page pool: those of its threads, but their tokens. */
export type PagePoolSettings = Omit<PageWorkSettings, 'token'>

/** Reads, converts and writes pages, in worker threads or in the calling thread. */
export interface PagePool {
  /** Worker threads started; 0 when every page was read in the calling thread. */
  readonly workers: number
  /** Read a page, and convert it when it changed; never rejects. */
  read(order: ReadOrder): Promise<PoolReadAnswer>
  /** Put a read page's outputs in place (each target names its output); never rejects. */
  write(page: HeldPage, targets: WriteTarget[]): Promise<PoolWriteAnswer>
  /** Forget a read page's outputs: they are not to be written. */
  drop(page: HeldPage): void
  /** Stop the worker threads. */
  close(): Promise<void>
}

/**
 * Where the built worker script lies: `dist/node/page-worker.js`, found from the module
 * that starts it (`dist/node/index.*` or `dist/cli/bin.js`); absent when the library runs
 * from its TypeScript sources.
 *
 * @returns the script's path, or `undefined`.
 */
export function findWorkerScript(): string | undefined {
  // The CommonJS build has __filename and no import.meta; the ES module build the reverse.
  const here = typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url
  const path = fileURLToPath(new URL('../node/page-worker.js', here))
  return existsSync(path) ? path : undefined
}

/**
 * Open a pool of worker threads that read, convert and write pages with the run's
 * settings, started after the first {@link pagesBeforeWorkers} pages (done in the
 * calling thread), or do every page in the calling thread when no worker script is found.
 *
 * @param settings - the reading and writing settings and the output folder, sent once to each worker.
 * @param jobs - how many worker threads.
 * @param script - the worker script (default: {@link findWorkerScript}).
 * @param signal - once aborted, pages not yet sent to a thread are dropped unread.
 * @returns the pool.
 */
export function openPagePool(
  settings: PagePoolSettings,
  jobs: number,
  script: string | undefined = findWorkerScript(),
  signal?: AbortSignal | undefined,
): PagePool {
  return new WorkerPool(script, settings, jobs, signal)
}

interface PendingRead {
  id: number
  order: ReadOrder
  resolve: (answer: PoolReadAnswer) => void
}

interface PendingWrite {
  targets: WriteTarget[]
  resolve: (answer: PoolWriteAnswer) => void
}

/** A worker thread of the pool, and the orders it has not answered yet. */
export interface WorkerSlot {
  worker: Worker
  /** The worker's token for its temporary files. */
  token: string
  reads: Map<number, PendingRead>
  writes: Map<number, PendingWrite>
  /** Whether it has answered once: a worker that dies before is not started again. */
  answered: boolean
  /** Why it stopped, once it has. */
  stopped?: string
}

class WorkerPool implements PagePool {
  private readonly slots: WorkerSlot[] = []
  private readonly waiting: PendingRead[] = []
  private readonly local: (order: WorkOrder) => WorkAnswer | undefined
  private nextId = 0
  private closed = false
  private started = false

  constructor(
    private readonly script: string | undefined,
    private readonly settings: PagePoolSettings,
    private readonly jobs: number,
    private readonly signal: AbortSignal | undefined,
  ) {
    this.local = pageWork({ ...settings, token: temporaryToken() })
  }

  get workers(): number {
    return this.slots.length
  }

  read(order: ReadOrder): Promise<PoolReadAnswer> {
    const id = this.nextId++
    if (this.script === undefined || id < pagesBeforeWorkers) {
      return new Promise((resolve) => this.readHere({ id, order, resolve }))
    }
    if (!this.started) {
      this.started = true
      for (let i = 0; i < this.jobs; i++) {
        const slot = this.start()
        if (slot) this.slots.push(slot)
      }
    }
    return new Promise((resolve) => {
      this.waiting.push({ id, order, resolve })
      this.dispatch()
    })
  }

  write(page: HeldPage, targets: WriteTarget[]): Promise<PoolWriteAnswer> {
    const { id, slot } = page
    if (slot === undefined) {
      return new Promise((resolve) =>
        setImmediate(() => {
          const answer = this.local({ id, write: targets })
          resolve(answer !== undefined && 'write' in answer ? answer.write : { lost: 'no answer' })
        }),
      )
    }
    if (slot.stopped !== undefined) return Promise.resolve({ lost: slot.stopped })
    return new Promise((resolve) => {
      slot.writes.set(id, { targets, resolve })
      slot.worker.postMessage({ id, write: targets } satisfies WorkOrder)
    })
  }

  drop(page: HeldPage): void {
    const { id, slot } = page
    if (slot === undefined) this.local({ id, drop: true })
    else if (slot.stopped === undefined) slot.worker.postMessage({ id, drop: true })
  }

  async close(): Promise<void> {
    this.closed = true
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
  }

  // A macrotask per page, so the run's other work goes on between pages.
  private readHere(pending: PendingRead): void {
    setImmediate(() => {
      if (this.signal?.aborted) return pending.resolve({ kind: 'dropped' })
      const answer = this.local({ id: pending.id, read: pending.order })
      if (answer === undefined || !('read' in answer)) return
      pending.resolve(held(answer.read, pending.id, undefined))
    })
  }

  private start(): WorkerSlot | undefined {
    if (this.script === undefined) return undefined
    const token = temporaryToken()
    const worker = newWorker(this.script, { ...this.settings, token })
    if (worker === undefined) return undefined
    const slot: WorkerSlot = { worker, token, reads: new Map(), writes: new Map(), answered: false }
    worker.on('message', (answer: WorkAnswer) => {
      slot.answered = true
      if ('read' in answer) {
        const pending = slot.reads.get(answer.id)
        slot.reads.delete(answer.id)
        pending?.resolve(held(answer.read, answer.id, slot))
      } else {
        const pending = slot.writes.get(answer.id)
        slot.writes.delete(answer.id)
        pending?.resolve(answer.write)
      }
      this.dispatch()
    })
    worker.on('error', (error) => this.stopped(slot, error.message))
    worker.on('exit', (code) => this.stopped(slot, `worker thread stopped (exit code ${code})`))
    return slot
  }

  // A worker that dies on a page fails the pages it held, and another takes its place;
  // one that cannot start at all gives its pages back, and once none is left the pages
  // are read in the calling thread. A file it was writing is whole or absent: its
  // temporary file, named by the worker's token, is removed here.
  private stopped(slot: WorkerSlot, message: string): void {
    const index = this.slots.indexOf(slot)
    if (index === -1 || slot.stopped !== undefined) return
    slot.stopped = message
    const reads = [...slot.reads.values()]
    const writes = [...slot.writes.values()]
    slot.reads.clear()
    slot.writes.clear()
    for (const write of writes) {
      for (const target of write.targets) {
        const path = temporaryName(join(this.settings.out, target.relative), slot.token)
        try {
          unlinkSync(path)
        } catch {
          // Never made, or already put in place.
        }
      }
      write.resolve({ lost: message })
    }
    if (this.closed) return
    const next = slot.answered ? this.start() : undefined
    if (next) {
      for (const pending of reads) pending.resolve({ kind: 'lost', message })
      this.slots[index] = next
    } else {
      this.slots.splice(index, 1)
      this.waiting.unshift(...reads)
    }
    this.dispatch()
  }

  private dispatch(): void {
    if (this.signal?.aborted) {
      for (const pending of this.waiting.splice(0)) pending.resolve({ kind: 'dropped' })
      return
    }
    if (this.slots.length === 0 && this.started) {
      for (const pending of this.waiting.splice(0)) this.readHere(pending)
      return
    }
    for (const slot of this.slots) {
      while (slot.reads.size < pagesPerWorker && this.waiting.length > 0) {
        const pending = this.waiting.shift() as PendingRead
        slot.reads.set(pending.id, pending)
        slot.worker.postMessage({ id: pending.id, read: pending.order } satisfies WorkOrder)
      }
    }
  }
}

/** A thread's read answer, with the page's held outputs when it converted. */
function held(answer: ReadAnswer, id: number, slot: WorkerSlot | undefined): PoolReadAnswer {
  return answer.kind === 'read' && answer.result.status === 'converted'
    ? { ...answer, held: { id, slot } }
    : answer
}

/**
 * Start a worker thread with the parent's Node flags, but those a worker refuses or only a
 * main script takes (`--input-type`, `--eval`); with none when those are refused too.
 */
function newWorker(script: string, settings: PageWorkSettings): Worker | undefined {
  const flags = process.execArgv.filter(
    (flag) => !/^--(input-type|eval|print)\b|^-[ep]$/.test(flag),
  )
  for (const execArgv of [flags, []]) {
    try {
      return new Worker(script, { workerData: settings, execArgv })
    } catch {
      // ERR_WORKER_INVALID_EXEC_ARGV: a per-process flag such as --expose-gc.
    }
  }
  return undefined
}
