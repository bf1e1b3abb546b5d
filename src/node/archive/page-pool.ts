import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { convertPage, type PageResult, type PageSettings, type PageTask } from './convert-page.js'
import type { PageMessage, ResultMessage } from './page-worker.js'

/** Pages sent to one worker thread before it answers, so it never waits for the next. */
export const pagesPerWorker = 2

/**
 * Pages converted in the calling thread before the worker threads start: a run where
 * a few pages changed does not wait for threads to load the parsers.
 */
export const pagesBeforeWorkers = 8

/** Converts pages, in worker threads or in the calling thread. */
export interface PagePool {
  /** Worker threads started; 0 when every page was converted in the calling thread. */
  readonly workers: number
  /** Convert a page; never rejects (a worker that dies fails its pages as `unexpected`). */
  convert(task: PageTask): Promise<PageResult>
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
 * Open a pool of worker threads that convert pages with the run's settings, started
 * after the first {@link pagesBeforeWorkers} pages (converted in the calling thread), or
 * convert every page in the calling thread when no worker script is found.
 *
 * @param settings - the reading and writing settings, sent once to each worker.
 * @param jobs - how many worker threads.
 * @param script - the worker script (default: {@link findWorkerScript}).
 * @returns the pool.
 */
export function openPagePool(
  settings: PageSettings,
  jobs: number,
  script: string | undefined = findWorkerScript(),
): PagePool {
  if (script === undefined) return inThread(settings)
  return new WorkerPool(script, settings, jobs)
}

function inThread(settings: PageSettings): PagePool {
  return {
    workers: 0,
    // A macrotask per page, so the run's reads and writes go on between pages.
    convert: (task) =>
      new Promise((resolve) => setImmediate(() => resolve(convertPage(task, settings)))),
    close: async () => undefined,
  }
}

interface Pending {
  task: PageTask
  resolve: (result: PageResult) => void
}

interface Slot {
  worker: Worker
  inFlight: Map<number, Pending>
  /** Whether it has answered once: a worker that dies before is not started again. */
  answered: boolean
}

class WorkerPool implements PagePool {
  private readonly jobs: number
  private readonly slots: Slot[] = []
  private readonly waiting: Pending[] = []
  private nextId = 0
  private closed = false
  private started = false
  private asked = 0

  constructor(
    private readonly script: string,
    private readonly settings: PageSettings,
    jobs: number,
  ) {
    this.jobs = jobs
  }

  get workers(): number {
    return this.slots.length
  }

  convert(task: PageTask): Promise<PageResult> {
    if (this.asked++ < pagesBeforeWorkers) return inThread(this.settings).convert(task)
    if (!this.started) {
      this.started = true
      for (let i = 0; i < this.jobs; i++) {
        const slot = this.start()
        if (slot) this.slots.push(slot)
      }
    }
    return new Promise((resolve) => {
      this.waiting.push({ task, resolve })
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    this.closed = true
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
  }

  private start(): Slot | undefined {
    const worker = newWorker(this.script, this.settings)
    if (worker === undefined) return undefined
    const slot: Slot = { worker, inFlight: new Map(), answered: false }
    worker.on('message', (message: ResultMessage) => {
      slot.answered = true
      const pending = slot.inFlight.get(message.id)
      slot.inFlight.delete(message.id)
      pending?.resolve(message.result)
      this.dispatch()
    })
    worker.on('error', (error) => this.stopped(slot, error.message))
    worker.on('exit', (code) => this.stopped(slot, `worker thread stopped (exit code ${code})`))
    return slot
  }

  // A worker that dies on a page (out of memory, a crash in a native module) fails the
  // pages it held, and another takes its place; one that cannot start at all gives its
  // pages back, and once none is left the pages are converted in the calling thread.
  private stopped(slot: Slot, message: string): void {
    const index = this.slots.indexOf(slot)
    if (index === -1) return
    const held = [...slot.inFlight.values()]
    slot.inFlight.clear()
    if (this.closed) return
    const next = slot.answered ? this.start() : undefined
    if (next) {
      for (const pending of held) pending.resolve({ status: 'unexpected', message })
      this.slots[index] = next
    } else {
      this.slots.splice(index, 1)
      this.waiting.unshift(...held)
    }
    this.dispatch()
  }

  private dispatch(): void {
    if (this.slots.length === 0 && this.started) {
      for (const pending of this.waiting.splice(0)) {
        setImmediate(() => pending.resolve(convertPage(pending.task, this.settings)))
      }
      return
    }
    for (const slot of this.slots) {
      while (slot.inFlight.size < pagesPerWorker && this.waiting.length > 0) {
        const pending = this.waiting.shift() as Pending
        const id = this.nextId++
        slot.inFlight.set(id, pending)
        const { bytes, name } = pending.task
        slot.worker.postMessage({ id, name, bytes } satisfies PageMessage)
      }
    }
  }
}

/**
 * Start a worker thread with the parent's Node flags, but those a worker refuses or only a
 * main script takes (`--input-type`, `--eval`); with none when those are refused too.
 */
function newWorker(script: string, settings: PageSettings): Worker | undefined {
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
