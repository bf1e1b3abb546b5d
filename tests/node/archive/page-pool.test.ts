import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  openPagePool,
  ordersPerMessage,
  type PagePoolSettings,
  pagesBeforeWorkers,
} from '../../../src/node/archive/page-pool.js'
import { markdownArticle, pageSettings, temporaryFolder, writeFiles } from '../../cli/call.js'

const page = pageSettings(['html'])

/** A folder of `count` Markdown pages, and the pool's settings writing into `out` there. */
function pages(count: number): { folder: string; settings: PagePoolSettings } {
  const folder = temporaryFolder()
  const files: Record<string, string> = {}
  for (let i = 0; i < count; i++) files[`in/page-${i}.md`] = markdownArticle(`Article Number ${i}`)
  files['out/.keep'] = ''
  writeFiles(folder, files)
  return { folder, settings: { page, out: join(folder, 'out'), force: false } }
}

const order = (folder: string, i: number) => ({
  path: join(folder, 'in', `page-${i}.md`),
  name: `page-${i}.md`,
})

describe('the page pool', () => {
  it('reads, converts and writes in the calling thread when no worker script is found', async () => {
    const { folder, settings } = pages(1)
    const pool = openPagePool(settings, 2, undefined)
    const answer = await pool.read(order(folder, 0))
    expect(answer).toMatchObject({
      kind: 'read',
      result: { status: 'converted', outputs: [{ format: 'html' }] },
    })
    if (answer.kind !== 'read' || answer.held === undefined) throw new Error('not held')
    expect(await pool.write(answer.held, [{ output: 0, relative: 'page-0.html' }])).toEqual([
      { kind: 'placed' },
    ])
    expect(readFileSync(join(settings.out, 'page-0.html'), 'utf8')).toContain('Article Number 0')
    expect(pool.workers).toBe(0)
    await pool.close()
  })

  it('converts every page in the calling thread when its worker threads cannot start', async () => {
    const count = pagesBeforeWorkers + 6
    const { folder, settings } = pages(count)
    const missing = join(temporaryFolder(), 'no-such-worker.js')
    const pool = openPagePool(settings, 2, missing)
    const answers = await Promise.all(
      Array.from({ length: count }, (_, i) => pool.read(order(folder, i))),
    )
    expect(
      answers.map((answer) => (answer.kind === 'read' ? answer.result.status : answer.kind)),
    ).toEqual(Array(count).fill('converted'))
    expect(pool.workers).toBe(0)
    await pool.close()
  })
})

// A stand-in worker: it answers each read of a message as converted, and on a write order starts the
// temporary file of each output, half written, then dies.
const dyingWorker = `
import { writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
const reading = { encoding: 'utf-8', encodingBy: 'bom', format: 'markdown', formatReason: 'test' }
parentPort.on('message', (orders) => {
  const answers = []
  for (const order of orders) {
    if (order.read) {
      const result = { status: 'converted', reading, decodeDiagnostics: [], diagnostics: [], outputs: [{ format: 'html', sha256: 'x' }] }
      answers.push({ id: order.id, read: { kind: 'read', size: 1, mtimeMs: 1, sha256: 'x', result } })
    } else if (order.write) {
      for (const target of order.write) {
        const path = join(workerData.out, target.relative)
        writeFileSync(join(dirname(path), '.' + basename(path) + '.' + workerData.token + '.news-model-tmp'), 'half')
      }
      process.exit(3)
    }
  }
  parentPort.postMessage(answers)
})
`

describe('the page pool’s worker threads', () => {
  it('removes the temporary file of a worker that dies while writing, and answers its writes as lost', async () => {
    const count = pagesBeforeWorkers + 2
    const { folder, settings } = pages(count)
    const script = join(folder, 'dying-worker.mjs')
    writeFileSync(script, dyingWorker)
    const pool = openPagePool(settings, 1, script)
    const answers = await Promise.all(
      Array.from({ length: count }, (_, i) => pool.read(order(folder, i))),
    )
    const threaded = answers.slice(pagesBeforeWorkers)
    const [first, second] = threaded.map((answer) =>
      answer.kind === 'read' && answer.held ? answer.held : undefined,
    )
    if (first === undefined || second === undefined) throw new Error('not held')
    const written = await pool.write(first, [{ output: 0, relative: 'page-8.html' }])
    expect(written).toEqual({ lost: 'worker thread stopped (exit code 3)' })
    expect(await pool.write(second, [{ output: 0, relative: 'page-9.html' }])).toEqual(written)
    expect(readdirSync(settings.out)).toEqual(['.keep'])
    await pool.close()
  })

  it('reads again in the calling thread the pages of a worker that dies while reading them', async () => {
    const count = pagesBeforeWorkers + 4
    const { folder, settings } = pages(count)
    const script = join(folder, 'dying-reader.mjs')
    // It answers its first page as unreadable, then dies on the next.
    writeFileSync(
      script,
      `import { parentPort } from 'node:worker_threads'
let answered = 0
parentPort.on('message', (orders) => {
  for (const order of orders) {
    if (answered++ > 0) process.exit(5)
    parentPort.postMessage([{ id: order.id, read: { kind: 'unreadable', code: 'EIO' } }])
  }
})
`,
    )
    const pool = openPagePool(settings, 1, script)
    const answers = await Promise.all(
      Array.from({ length: count }, (_, i) => pool.read(order(folder, i))),
    )
    const kinds = answers.map((answer) =>
      answer.kind === 'read'
        ? `${answer.result.status}${answer.held?.slot ? ' in a worker' : ''}`
        : answer.kind,
    )
    expect(kinds.filter((kind) => kind === 'unreadable').length).toBeGreaterThanOrEqual(1)
    expect(kinds.filter((kind) => kind === 'converted')).toHaveLength(
      count - kinds.filter((kind) => kind === 'unreadable').length,
    )
    await pool.close()
  })

  it('drops the pages not yet sent to a thread once the run is stopped', async () => {
    const { folder, settings } = pages(pagesBeforeWorkers + 4)
    const controller = new AbortController()
    const missing = join(temporaryFolder(), 'no-such-worker.js')
    const pool = openPagePool(settings, 1, missing, controller.signal)
    const reads = Array.from({ length: pagesBeforeWorkers + 4 }, (_, i) =>
      pool.read(order(folder, i)),
    )
    controller.abort()
    const kinds = (await Promise.all(reads)).map((answer) => answer.kind)
    expect(kinds).toEqual(Array(pagesBeforeWorkers + 4).fill('dropped'))
    await pool.close()
  })

  it('sends the reads of a turn to a thread in messages of at most ordersPerMessage orders', async () => {
    const count = pagesBeforeWorkers + ordersPerMessage + 36
    const { folder, settings } = pages(count)
    const script = join(folder, 'counting-worker.mjs')
    // It answers each read as unreadable, its code saying how many orders came with it.
    writeFileSync(
      script,
      `import { parentPort } from 'node:worker_threads'
parentPort.on('message', (orders) => {
  parentPort.postMessage(orders.map((order) => ({ id: order.id, read: { kind: 'unreadable', code: String(orders.length) } })))
})
`,
    )
    const pool = openPagePool(settings, 1, script)
    const answers = await pool.readMany(Array.from({ length: count }, (_, i) => order(folder, i)))
    const codes = answers
      .slice(pagesBeforeWorkers)
      .map((answer) => (answer.kind === 'unreadable' ? answer.code : answer.kind))
    expect(codes).toEqual([
      ...Array(ordersPerMessage).fill(String(ordersPerMessage)),
      ...Array(36).fill('36'),
    ])
    await pool.close()
  })

  it('starts its threads when warmed, before any page is read', async () => {
    const { folder, settings } = pages(1)
    const script = join(folder, 'idle-worker.mjs')
    writeFileSync(
      script,
      `import { parentPort } from 'node:worker_threads'\nparentPort.on('message', () => {})\n`,
    )
    const pool = openPagePool(settings, 2, script)
    expect(pool.workers).toBe(0)
    pool.warm()
    expect(pool.workers).toBe(2)
    await pool.close()
    const inline = openPagePool(settings, 2, undefined)
    inline.warm()
    expect(inline.workers).toBe(0)
    await inline.close()
  })
})
