import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { convertArchive } from '../../../src/node/archive/index.js'
import type { ArchiveReport } from '../../../src/node/report/archive-report.js'
import {
  markdownArticle,
  markdownWithWarning,
  temporaryFolder,
  textPage,
  writeFiles,
} from '../../cli/call.js'

// The report module renders and writes; here the report convertArchive builds is kept.
const written = vi.hoisted(() => [] as Array<{ file: string; report: ArchiveReport }>)
vi.mock('../../../src/node/report/write-report.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/node/report/write-report.js')>()),
  writeReport: async (file: string, report: ArchiveReport) => {
    written.push({ file, report })
  },
}))

describe('the report of a run', () => {
  it('holds the totals, the diagnostics by rule, and the pages to look at with their source lines', async () => {
    const root = temporaryFolder()
    writeFiles(root, {
      'in/a.md': markdownWithWarning,
      'in/b.md': '---\ntitle: [\n---\n',
      'in/c.md': markdownArticle('Clean Page'),
      'in/d.txt': textPage,
    })
    const input = join(root, 'in')
    const output = join(root, 'out')
    const file = join(root, 'report.json')
    written.length = 0
    await convertArchive(input, output, { report: file })
    expect(written).toHaveLength(1)
    const { report } = written[0] as { file: string; report: ArchiveReport }
    expect(written[0]?.file).toBe(file)
    expect(report.generator).toEqual({ name: 'news-model', version: '0.1.0' })
    expect(report).toMatchObject({ input, output })
    expect(report.totals).toMatchObject({
      pages: 4,
      converted: 3,
      unchanged: 0,
      failed: 1,
      orphaned: 0,
      warnings: 1,
    })
    expect(report.totals.errors).toBeGreaterThanOrEqual(1)
    const counted = report.byRule.reduce((sum, rule) => sum + rule.count, 0)
    expect(counted).toBe(report.totals.errors + report.totals.warnings + report.totals.infos)
    expect(report.byRule.map((rule) => rule.count)).toEqual(
      [...report.byRule.map((rule) => rule.count)].sort((a, b) => b - a),
    )
    expect(report.byRule).toContainEqual({ rule: 'unknown-key', severity: 'warning', count: 1 })
    expect(report.pages.map((page) => [page.input, page.status, page.outputs])).toEqual([
      ['a.md', 'converted', ['a.html']],
      ['b.md', 'failed', []],
    ])
    expect(report.pages[0]?.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'unknown-key', line: 3, sourceLine: 'nickname: x' }),
    ])
    expect(report.pages[1]?.diagnostics[0]).toMatchObject({ severity: 'error' })
    expect(report.pages[1]?.diagnostics[0]?.sourceLine).toBeDefined()
  })

  it('counts unchanged pages on a second run, and lists only what this run converted', async () => {
    const root = temporaryFolder()
    writeFiles(root, { 'in/a.md': markdownWithWarning, 'in/c.md': markdownArticle('Clean Page') })
    const input = join(root, 'in')
    await convertArchive(input, join(root, 'out'))
    written.length = 0
    await convertArchive(input, join(root, 'out'), { report: join(root, 'report.html') })
    expect(written[0]?.report.totals).toMatchObject({
      pages: 2,
      converted: 0,
      unchanged: 2,
      warnings: 0,
    })
    expect(written[0]?.report.pages).toEqual([])
  })
})
