import { parentPort, workerData } from 'node:worker_threads'
import { type PageWorkSettings, pageWork, type WorkOrder } from './page-work.js'

// The worker thread of convertArchive: it carries out each order it is sent (read and
// convert a page, holding its outputs; write them; forget them) with the run's settings
// (its workerData), with synchronous file calls, and answers each read and write.
// Imported outside a worker thread (a tool loading every module), it does nothing.
const port = parentPort
if (port) {
  const work = pageWork(workerData as PageWorkSettings)
  port.on('message', (order: WorkOrder) => {
    const answer = work(order)
    if (answer !== undefined) port.postMessage(answer)
  })
}
