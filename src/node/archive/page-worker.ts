import { parentPort, workerData } from 'node:worker_threads'
import { convertPage, type PageResult, type PageSettings, type PageTask } from './convert-page.js'

/** A page sent to a worker thread, with the number its answer carries back. */
export interface PageMessage extends PageTask {
  id: number
}

/** A worker thread's answer. */
export interface ResultMessage {
  id: number
  result: PageResult
}

// The worker thread of convertArchive: it converts each page it is sent with the run's
// settings (its workerData) and sends the result back, the outputs' bytes transferred.
const settings = workerData as PageSettings
parentPort?.on('message', (message: PageMessage) => {
  const result = convertPage(message, settings)
  const transfer =
    result.status === 'converted' ? result.outputs.map((o) => o.bytes.buffer as ArrayBuffer) : []
  parentPort?.postMessage({ id: message.id, result } satisfies ResultMessage, transfer)
})
