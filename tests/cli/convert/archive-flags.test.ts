import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  call,
  markdownArticle,
  markdownWithWarning,
  temporaryFolder,
  textPage,
  writeFiles,
} from '../call.js'

function archive() {
  const root = temporaryFolder()
  writeFiles(root, {
    'in/a.md': markdownWithWarning,
    'in/b.md': markdownArticle('Beta'),
    'in/c.txt': textPage,
  })
  return { root, input: join(root, 'in'), out: join(root, 'out') }
}

describe('convert on a second run', () => {
  it('converts only what changed, says how many were unchanged, and --force converts all', async () => {
    const { input, out } = archive()
    await call(['convert', input, '--out', out])
    writeFileSync(join(input, 'b.md'), markdownArticle('Beta Two'))
    const second = await call(['convert', input, '--out', out, '--verbose'])
    expect(second.status).toBe(0)
    expect(second.stderr).toContain(`${join(input, 'a.md')}: unchanged since it was converted`)
    expect(second.stderr.split('\n').at(-2)).toBe(
      'converted 1 (0 with warnings), failed 0, skipped 0, kept 0, unchanged 2',
    )
    const forced = await call(['convert', input, '--out', out, '--force'])
    expect(forced.stderr.split('\n').at(-2)).toBe(
      'converted 3 (1 with warnings), failed 0, skipped 0, kept 0',
    )
  })

  it('lists the outputs whose input has gone, and removes them with --prune', async () => {
    const { input, out } = archive()
    await call(['convert', input, '--out', out])
    rmSync(join(input, 'c.txt'))
    const listed = await call(['convert', input, '--out', out])
    expect(listed.stderr).toContain(
      `${join(out, 'c.html')}: orphaned, its input ${join(input, 'c.txt')} has gone (--prune removes it)`,
    )
    expect(listed.stderr).toContain('unchanged 2, orphaned 1\n')
    expect(existsSync(join(out, 'c.html'))).toBe(true)
    const pruned = await call(['convert', input, '--out', out, '--prune'])
    expect(pruned.stderr).toContain(
      `${join(out, 'c.html')}: removed, its input ${join(input, 'c.txt')} has gone`,
    )
    expect(pruned.stderr).toContain('unchanged 2, orphaned 1 (1 removed)\n')
    expect(existsSync(join(out, 'c.html'))).toBe(false)
  })
})

describe('convert --help', () => {
  it('documents --jobs, --force, --prune and --report', async () => {
    const help = await call(['convert', '--help'])
    expect(help.status).toBe(0)
    for (const flag of ['--jobs <n>', '--force', '--prune', '--report <file>']) {
      expect(help.stdout).toContain(flag)
    }
  })
})

describe('convert --jobs', () => {
  it('takes a number of worker threads, and refuses anything else as a bad command line', async () => {
    const { input, out } = archive()
    expect((await call(['convert', input, '--out', out, '--jobs', '1'])).status).toBe(0)
    for (const jobs of ['0', 'two', '1.5', '-1', '100000']) {
      const result = await call(['convert', input, '--out', join(out, jobs), '--jobs', jobs])
      expect(result.status).toBe(2)
      expect(result.stderr).toContain('--jobs')
    }
  })
})

describe('convert --report', () => {
  it('writes the review report as JSON, with the totals and the pages to look at', async () => {
    const { root, input, out } = archive()
    const file = join(root, 'report.json')
    const result = await call(['convert', input, '--out', out, '--report', file])
    expect(result.status).toBe(0)
    const report = JSON.parse(readFileSync(file, 'utf8'))
    expect(report.totals).toMatchObject({ pages: 3, converted: 3, failed: 0, warnings: 1 })
    expect(report.pages.map((page: { input: string }) => page.input)).toEqual(['a.md'])
    expect(report.pages[0].diagnostics[0]).toMatchObject({
      ruleId: 'unknown-key',
      sourceLine: 'nickname: x',
    })
  })

  it('writes one HTML page, and refuses a report inside the input folder', async () => {
    const { root, input, out } = archive()
    const file = join(root, 'review', 'report.html')
    expect((await call(['convert', input, '--out', out, '--report', file])).status).toBe(0)
    const html = readFileSync(file, 'utf8')
    expect(html).toMatch(/^<!DOCTYPE html>/i)
    expect(html).toContain('a.md')
    const inside = await call(['convert', input, '--out', out, '--report', join(input, 'r.html')])
    expect(inside.status).toBe(2)
    expect(inside.stderr).toContain(
      `--report ${join(input, 'r.html')}: lies inside the input folder`,
    )
    const wrong = await call(['convert', input, '--out', out, '--report', join(root, 'r.pdf')])
    expect(wrong.status).toBe(2)
    expect(wrong.stderr).toContain('--report <file>')
  })
})
