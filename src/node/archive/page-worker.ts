import { parentPort, workerData } from 'node:worker_threads'
import { type PageWorkSettings, pageWork, type WorkAnswer, type WorkOrder } from './page-work.js'

/**
 * How long the worker thread reads pages before it answers those read and takes up the
 * writes sent meanwhile, in ms: a page's writes never wait behind a long list of reads.
 */
const readSliceMs = 8

// The worker thread of convertArchive: it carries out the orders it is sent, in
// messages of many (read and convert a page, holding its outputs; write them; forget
// them), with the run's settings (its workerData) and synchronous file calls. Writes are
// carried out and answered as they come; reads in slices of time, each slice's answers
// in one message. Imported outside a worker thread (a tool loading every module), it does
// nothing.
const port = parentPort
if (port) {
  const work = pageWork(workerData as PageWorkSettings)
  const reads: WorkOrder[] = []
  let reading = false
  const answer = (answers: WorkAnswer[]) => {
    if (answers.length > 0) port.postMessage(answers)
  }
  const readSlice = () => {
    const answers: WorkAnswer[] = []
    const until = performance.now() + readSliceMs
    let order = reads.shift()
    while (order !== undefined) {
      const done = work(order)
      if (done !== undefined) answers.push(done)
      if (performance.now() >= until) break
      order = reads.shift()
    }
    answer(answers)
    reading = reads.length > 0
    if (reading) setImmediate(readSlice)
  }
  port.on('message', (orders: WorkOrder[]) => {
    const answers: WorkAnswer[] = []
    for (const order of orders) {
      if ('read' in order) reads.push(order)
      else {
        const done = work(order)
        if (done !== undefined) answers.push(done)
      }
    }
    answer(answers)
    if (!reading && reads.length > 0) {
      reading = true
      setImmediate(readSlice)
    }
  })
}
