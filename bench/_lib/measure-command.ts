// Running a command as a child process and measuring it: wall time (from here) and the
// child's peak resident memory (from GNU time, which reads it from the kernel when the
// child ends, worker threads and any process the child waited for included), and on Linux
// its resident memory sampled through the run, to show whether memory grows with the work.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** GNU time, which reports a child's peak resident memory. */
export const gnuTime = '/usr/bin/time'

/** What a run of a command took. */
export interface Measurement {
  /** Wall time in seconds. */
  seconds: number
  /** Peak resident set size in bytes. */
  peakRss: number
  /**
   * The command's resident set size in bytes, sampled every `sampleMs` through the run
   * (Linux only: empty where `/proc` cannot tell).
   */
  samples: number[]
  /** The exit status. */
  status: number
  /** The end of what the command wrote to standard error (at most 64 KB). */
  stderr: string
}

const keptError = 64 * 1024

/** How often the command's resident memory is sampled, in milliseconds. */
export const sampleMs = 500

/**
 * The resident memory of the process GNU time runs (its only child), from `/proc`.
 *
 * @param timePid - GNU time's process id.
 * @returns bytes, or `undefined` when `/proc` cannot tell (another system, or the child
 *   has not started or has ended).
 */
function childRss(timePid: number): number | undefined {
  try {
    const [child] = readFileSync(`/proc/${timePid}/task/${timePid}/children`, 'utf8')
      .trim()
      .split(' ')
    if (!child) return undefined
    const status = readFileSync(`/proc/${child}/status`, 'utf8')
    const kilobytes = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1]
    return kilobytes === undefined ? undefined : Number(kilobytes) * 1024
  } catch {
    return undefined
  }
}

/**
 * Run a command to its end, measuring its wall time and peak memory.
 *
 * @param command - the program.
 * @param args - its arguments.
 * @returns the measurement.
 * @throws {Error} when GNU time is missing, or the command cannot be started or is killed.
 */
export async function measureCommand(
  command: string,
  args: ReadonlyArray<string>,
): Promise<Measurement> {
  if (!existsSync(gnuTime)) {
    throw new Error(
      `${gnuTime} is missing: install GNU time (apt-get install time) to measure memory`,
    )
  }
  const folder = await mkdtemp(join(tmpdir(), 'news-model-measure-'))
  const report = join(folder, 'time.txt')
  try {
    const started = performance.now()
    const child = spawn(gnuTime, ['-f', '%M', '-o', report, command, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    const samples: number[] = []
    const sampler = setInterval(() => {
      const rss = child.pid === undefined ? undefined : childRss(child.pid)
      if (rss !== undefined) samples.push(rss)
    }, sampleMs)
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-keptError)
    })
    const status = await new Promise<number>((resolve, reject) => {
      child.once('error', reject)
      child.once('close', (code, signal) => {
        if (code === null) reject(new Error(`${command} was stopped by ${signal}`))
        else resolve(code)
      })
    }).finally(() => clearInterval(sampler))
    const seconds = (performance.now() - started) / 1000
    // GNU time writes "Command exited with non-zero status N" before the figure.
    const kilobytes = Number((await readFile(report, 'utf8')).trim().split('\n').at(-1))
    return { seconds, peakRss: kilobytes * 1024, samples, status, stderr }
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
