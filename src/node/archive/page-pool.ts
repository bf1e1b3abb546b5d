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

/**
 * Orders sent to a worker thread in one message, at most: the orders of many pages go
 * together, and come back answered together, so a page costs the calling thread a share
 * of a message rather than two round trips of its own.
 */
export const ordersPerMessage = 64

/**
 * Pages sent to one worker thread to read before it answers: two messages' worth, so it
 * never waits for the next.
 */
export const pagesPerWorker = 2 * ordersPerMessage

/**
 * Pages read in the calling thread before the worker threads start: a run where a few
 * pages changed does not wait for threads to load the parsers.
 */
export const pagesBeforeWorkers = 8

/**
 * The most a worker thread's heap may hold, in MB (its old generation): the parsers'
 * garbage otherwise lets each worker grow by a hundred MB and more over a large run. A
 * worker past it stops, and the pages it was reading are read again in the calling
 * thread, which has no such cap (a page of 10 MB is read there).
 */
export const workerHeapMb = 128

/**
 * The most a worker thread's young generation (where a page's short-lived objects are
 * made) may hold, in MB. Nearly all of a page's garbage dies young; V8's default lets
 * each worker's young generation grow to tens of MB, which raised the run's memory by as
 * much for no gain in speed (measured on 10,000 and 100,000 pages with 2 workers).
 */
export const workerYoungHeapMb = 8

/** A page whose outputs a thread holds, until they are written or dropped. */
export interface HeldPage {
  readonly id: number
  /** The worker thread that holds them; `undefined`: the calling thread. */
  readonly slot: WorkerSlot | undefined
}

/**
 * What reading a page in the pool gave: the thread's answer, with the page's held
 * outputs when it converted; `dropped` when the run was stopped before it was read.
 */
export type PoolReadAnswer = (ReadAnswer & { held?: HeldPage }) | { kind: 'dropped' }

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
  /** Read pages (see read), answered together, in their order; never rejects. */
  readMany(orders: ReadonlyArray<ReadOrder>): Promise<PoolReadAnswer[]>
  /** Put a read page's outputs in place (each target names its output); never rejects. */
  write(page: HeldPage, targets: WriteTarget[]): Promise<PoolWriteAnswer>
  /** Forget a read page's outputs: they are not to be written. */
  drop(page: HeldPage): void
  /**
   * Start the worker threads now, rather than when the first page past
   * {@link pagesBeforeWorkers} is read: they load the parsers while the run starts.
   */
  warm(): void
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
  /** Orders not sent yet: they go in one message at the end of the calling thread's turn. */
  outbox: WorkOrder[]
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
  private flushing = false

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
    return new Promise((resolve) => this.enqueue(order, resolve))
  }

  readMany(orders: ReadonlyArray<ReadOrder>): Promise<PoolReadAnswer[]> {
    return new Promise((resolve) => {
      const answers: PoolReadAnswer[] = new Array(orders.length)
      let left = orders.length
      if (left === 0) resolve(answers)
      for (const [index, order] of orders.entries()) {
        this.enqueue(order, (answer) => {
          answers[index] = answer
          if (--left === 0) resolve(answers)
        })
      }
    })
  }

  private enqueue(order: ReadOrder, resolve: (answer: PoolReadAnswer) => void): void {
    const id = this.nextId++
    if (this.script === undefined || id < pagesBeforeWorkers) {
      this.readHere({ id, order, resolve })
      return
    }
    this.warm()
    this.waiting.push({ id, order, resolve })
    this.schedule()
  }

  warm(): void {
    if (this.started || this.script === undefined) return
    this.started = true
    for (let i = 0; i < this.jobs; i++) {
      const slot = this.start()
      if (slot) this.slots.push(slot)
    }
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
      slot.outbox.push({ id, write: targets })
      this.schedule()
    })
  }

  drop(page: HeldPage): void {
    const { id, slot } = page
    if (slot === undefined) this.local({ id, drop: true })
    else if (slot.stopped === undefined) {
      slot.outbox.push({ id, drop: true })
      this.schedule()
    }
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
    const slot: WorkerSlot = {
      worker,
      token,
      reads: new Map(),
      writes: new Map(),
      outbox: [],
      answered: false,
    }
    worker.on('message', (answers: WorkAnswer[]) => {
      slot.answered = true
      for (const answer of answers) {
        if ('read' in answer) {
          const pending = slot.reads.get(answer.id)
          slot.reads.delete(answer.id)
          pending?.resolve(held(answer.read, answer.id, slot))
        } else {
          const pending = slot.writes.get(answer.id)
          slot.writes.delete(answer.id)
          pending?.resolve(answer.write)
        }
      }
      this.schedule()
    })
    worker.on('error', (error) => this.stopped(slot, error.message))
    worker.on('exit', (code) => this.stopped(slot, `worker thread stopped (exit code ${code})`))
    return slot
  }

  // A worker that dies on a page (out of its heap, a crash in a native module) has the
  // pages it was reading read again in the calling thread, and another takes its place;
  // the outputs it held for other pages are lost (their pages are read again, see
  // claimPage). One that cannot start at all gives its pages back, and once none is left
  // the pages are read in the calling thread. A file it was writing is whole or absent:
  // its temporary file, named by the worker's token, is removed here.
  private stopped(slot: WorkerSlot, message: string): void {
    const index = this.slots.indexOf(slot)
    if (index === -1 || slot.stopped !== undefined) return
    slot.stopped = message
    slot.outbox = []
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
      for (const pending of reads) this.readHere(pending)
      this.slots[index] = next
    } else {
      this.slots.splice(index, 1)
      this.waiting.unshift(...reads)
    }
    this.schedule()
  }

  // Orders wait for the end of the calling thread's turn, so those of many pages (a
  // batch read, claimed and written together) go in one message.
  private schedule(): void {
    if (this.flushing) return
    this.flushing = true
    setImmediate(() => {
      this.flushing = false
      this.dispatch()
      for (const slot of this.slots) {
        const { outbox } = slot
        if (outbox.length === 0 || slot.stopped !== undefined) continue
        slot.outbox = []
        for (let start = 0; start < outbox.length; start += ordersPerMessage) {
          slot.worker.postMessage(outbox.slice(start, start + ordersPerMessage))
        }
      }
    })
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
    // The pages waiting are shared among the threads, a message's worth at a time.
    const share = Math.min(ordersPerMessage, Math.ceil(this.waiting.length / this.slots.length))
    let given = this.slots.length > 0
    while (given && this.waiting.length > 0) {
      given = false
      for (const slot of this.slots) {
        const count = Math.min(share, pagesPerWorker - slot.reads.size, this.waiting.length)
        for (const pending of this.waiting.splice(0, Math.max(0, count))) {
          given = true
          slot.reads.set(pending.id, pending)
          slot.outbox.push({ id: pending.id, read: pending.order })
        }
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
      const resourceLimits = {
        maxOldGenerationSizeMb: workerHeapMb,
        maxYoungGenerationSizeMb: workerYoungHeapMb,
      }
      return new Worker(script, { workerData: settings, execArgv, resourceLimits })
    } catch {
      // ERR_WORKER_INVALID_EXEC_ARGV: a per-process flag such as --expose-gc.
    }
  }
  return undefined
}
