import { describe, expect, it } from 'vitest'
import {
  type ArchiveRun,
  describeRuns,
  summaryLine,
  tenths,
} from '../../bench/_lib/archive-runs.js'

const mb = 1024 * 1024
const run = (
  label: string,
  pages: number,
  jobs: number | undefined,
  seconds: number,
  rss: number,
  samples: number[] = [],
): ArchiveRun => ({
  label,
  pages,
  jobs,
  measurement: { seconds, peakRss: rss * mb, samples, status: 1, stderr: '' },
  summary: `converted ${pages - 5}, failed 5`,
})

describe('summaryLine', () => {
  it('finds the last summary line among the diagnostics', () => {
    const stderr = 'a.md:3:7: error Expected a date\nconverted 9959 (0 with warnings), failed 41\n'
    expect(summaryLine(stderr)).toBe('converted 9959 (0 with warnings), failed 41')
    expect(summaryLine('news-model: crashed\n')).toBe('no summary')
  })
})

describe('describeRuns', () => {
  it('prints the runs, pages per second side by side, memory by size and the second run', () => {
    const text = describeRuns([
      run('first run', 100_000, 1, 50, 200),
      run('first run', 100_000, 2, 25, 250),
      run('first run', 10_000, 2, 4, 125),
      run('second run, one page changed (en-2005/000000.txt)', 100_000, 2, 2, 150),
    ])
    expect(text).toContain(
      '| first run | 100,000 | 1 | 50.0 | 2,000 | 200 | 1 | converted 99995, failed 5 |',
    )
    expect(text).toContain('pages/s side by side: 1 jobs 2,000, 2 jobs 4,000')
    expect(text).toContain('speed-up from 1 to 2 jobs: 2.00x')
    expect(text).toContain('peak RSS at 10,000 pages 125 MB, at 100,000 pages 250 MB (2.00x)')
    expect(text).toContain('second run, one page changed: 2.0 s')
    expect(text).not.toContain('resident memory through')
  })

  it("prints the large run's resident memory by tenths when it was sampled", () => {
    const samples = Array.from({ length: 20 }, (_, index) => (100 + index) * mb)
    const text = describeRuns([
      run('first run', 100_000, 2, 25, 250, samples),
      run('first run', 10_000, 2, 4, 125),
    ])
    expect(text).toContain(
      'resident memory through the 100,000-page run, by tenths: 101, 103, 105, 107, 109, 111, 113, 115, 117, 119 MB',
    )
  })
})

describe('tenths', () => {
  it('takes the largest sample of each tenth, and repeats samples when there are few', () => {
    expect(tenths([5, 1, 2, 9, 3, 3, 4, 0, 1, 1, 7, 2, 2, 2, 2, 2, 2, 2, 2, 8])).toEqual([
      5, 9, 3, 4, 1, 7, 2, 2, 2, 8,
    ])
    expect(tenths([1, 2, 3])).toEqual([1, 1, 1, 1, 2, 2, 2, 3, 3, 3])
  })
})
