#!/usr/bin/env node
import { stopSignals } from './interrupt.js'
import { run } from './run.js'

// SIGINT and SIGTERM abort the run, which then removes its temporary files and returns
// 130 or 143; a second signal ends the process at once.
const controller = new AbortController()
for (const name of Object.keys(stopSignals) as Array<keyof typeof stopSignals>) {
  process.on(name, () => {
    if (controller.signal.aborted) process.exit(stopSignals[name])
    controller.abort(name)
  })
}

// A reader that stops early (`news-model parse --provenance a.txt | head`) closes standard
// output: what is left to print is dropped, as Unix tools do, and the run goes on (a
// convert still writes its files) instead of failing on the next write.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
})

// The process's streams, and its exit status: all logic is in run(). A stopped run may
// leave standard input open, which would keep the process alive: it exits.
const status = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  signal: controller.signal,
})
if (controller.signal.aborted) process.exit(status)
process.exitCode = status
