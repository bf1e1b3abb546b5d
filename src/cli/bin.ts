#!/usr/bin/env node
import { run } from './run.js'

// The process's streams, and its exit status: all logic is in run().
process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
})
