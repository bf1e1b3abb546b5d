// The runs of the archive bench, and how their results are printed.
import type { Measurement } from './measure-command.js'

/** One measured run of `news-model convert`. */
export interface ArchiveRun {
  /** What the run is: `first run`, `second run, one page changed`. */
  label: string
  pages: number
  /** The `--jobs` given, or `undefined` when the CLI has no `--jobs`. */
  jobs: number | undefined
  measurement: Measurement
  /** The CLI's summary line: `converted 99500 (0 with warnings), failed 500, ...`. */
  summary: string
}

/**
 * The summary line of a convert run: the last line of its standard error that starts
 * with `converted`.
 *
 * @param stderr - what the run wrote to standard error.
 * @returns the line, or `'no summary'`.
 */
export function summaryLine(stderr: string): string {
  const lines = stderr.split('\n').filter((line) => line.startsWith('converted '))
  return lines.at(-1) ?? 'no summary'
}

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0)
const count = (value: number): string => value.toLocaleString('en-US')

/**
 * The runs as a Markdown table, then the figures the goals are about.
 *
 * @param runs - the runs, first runs first.
 * @returns the text to print.
 */
export function describeRuns(runs: ReadonlyArray<ArchiveRun>): string {
  const rows = runs.map((run) => {
    const { seconds, peakRss, status } = run.measurement
    return `| ${run.label} | ${count(run.pages)} | ${run.jobs ?? 'default'} | ${seconds.toFixed(1)} | ${count(Math.round(run.pages / seconds))} | ${mb(peakRss)} | ${status} | ${run.summary} |`
  })
  const firsts = runs.filter((run) => run.label === 'first run')
  const largest = Math.max(...runs.map((run) => run.pages))
  const large = firsts.filter((run) => run.pages === largest)
  const small = firsts.find((run) => run.pages < largest)
  const last = large.at(-1)
  const second = runs.find((run) => run.label.startsWith('second run'))
  const rate = (run: ArchiveRun): number => run.pages / run.measurement.seconds
  const lines = [
    '| run | pages | --jobs | wall (s) | pages/s | peak RSS (MB) | exit | summary |',
    '|---|--:|--:|--:|--:|--:|--:|---|',
    ...rows,
    '',
    `pages/s side by side: ${large.map((run) => `${run.jobs ?? 'default'} jobs ${count(Math.round(rate(run)))}`).join(', ')}`,
  ]
  const first = large[0]
  if (first && last && last !== first) {
    lines.push(
      `speed-up from ${first.jobs} to ${last.jobs} jobs: ${(rate(last) / rate(first)).toFixed(2)}x`,
    )
  }
  if (small && last) {
    const ratio = last.measurement.peakRss / small.measurement.peakRss
    lines.push(
      `peak RSS at ${count(small.pages)} pages ${mb(small.measurement.peakRss)} MB, at ${count(last.pages)} pages ${mb(last.measurement.peakRss)} MB (${ratio.toFixed(2)}x)`,
    )
  }
  if (last && last.measurement.samples.length >= 10) {
    lines.push(
      `resident memory through the ${count(last.pages)}-page run, by tenths: ${tenths(last.measurement.samples).map(mb).join(', ')} MB`,
    )
  }
  if (second) lines.push(`second run, one page changed: ${second.measurement.seconds.toFixed(1)} s`)
  return `${lines.join('\n')}\n`
}

/**
 * The largest sample in each tenth of a run: a line that stays level after the first
 * tenth shows memory bounded by the work under way, not growing with the pages done.
 *
 * @param samples - the samples, in order.
 * @returns ten figures.
 */
export function tenths(samples: ReadonlyArray<number>): number[] {
  return Array.from({ length: 10 }, (_, tenth) => {
    const start = Math.floor((samples.length * tenth) / 10)
    const end = Math.floor((samples.length * (tenth + 1)) / 10)
    return Math.max(...samples.slice(start, Math.max(end, start + 1)))
  })
}
