import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ArchiveEvent } from '../../../src/node/archive/events.js'
import { convertArchive } from '../../../src/node/archive/index.js'
import { call, manifestOf, markdownArticle, temporaryFolder, writeFiles } from '../../cli/call.js'

// A Markdown file whose front matter is not YAML: no article can be read from it.
const broken = '---\ntitle: [\n---\n\nText of the page.\n'

function setUp() {
  const root = temporaryFolder()
  writeFiles(root, { 'in/a.md': markdownArticle('Alpha'), 'in/b.md': broken })
  return { root, input: join(root, 'in'), out: join(root, 'out') }
}

function recorder() {
  const events: ArchiveEvent[] = []
  return { events, onEvent: (event: ArchiveEvent) => events.push(event) }
}

const failures = (events: ArchiveEvent[]) => events.filter((e) => e.type === 'page-failed')

describe('a page no article could be read from', () => {
  it('is recorded with its input’s hash and errors, and no hash of a converted page', async () => {
    const { input, out } = setUp()
    const { events, onEvent } = recorder()
    expect(await convertArchive(input, out, { onEvent })).toMatchObject({ converted: 1, failed: 1 })
    const [failed] = failures(events)
    const page = manifestOf(out).pages.find((p: { input: string }) => p.input === 'b.md')
    expect(page.sha256).toBeUndefined()
    expect(page.outputs).toEqual([])
    expect(page.failed).toMatchObject({ reason: 'no-article', reading: { format: 'markdown' } })
    expect(page.failed.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(page.failed.diagnostics.length).toBeGreaterThan(0)
    expect(page.failed.diagnostics).toEqual(
      failed?.type === 'page-failed'
        ? failed.diagnostics.filter((d) => d.severity !== 'info')
        : undefined,
    )
  })

  it('is not read again while it and the settings are unchanged, and still counts as failed', async () => {
    const { input, out } = setUp()
    const file = join(input, 'b.md')
    const time = new Date('2024-05-06T07:08:09Z')
    utimesSync(file, time, time)
    const first = recorder()
    await convertArchive(input, out, { onEvent: first.onEvent })
    // The same size and time but other bytes, a valid article: taken as unchanged unread.
    const { size } = statSync(file)
    const valid = '---\ntitle: B\n---\n\nT.\n'.padEnd(size, 'x')
    expect(valid.length).toBe(size)
    writeFileSync(file, valid)
    utimesSync(file, time, time)
    const second = recorder()
    const summary = await convertArchive(input, out, { onEvent: second.onEvent })
    expect(summary).toMatchObject({ converted: 0, unchanged: 1, failed: 1 })
    const [before] = failures(first.events)
    const [again] = failures(second.events)
    expect(again).toMatchObject({ input: 'b.md', reason: 'no-article', unchanged: true })
    expect(again?.type === 'page-failed' && again.diagnostics).toEqual(
      before?.type === 'page-failed' && before.diagnostics.filter((d) => d.severity !== 'info'),
    )
    expect(second.events.some((e) => e.type === 'page-done')).toBe(false)
  })

  it('is read again when its bytes or the settings change, or with force', async () => {
    const { input, out } = setUp()
    await convertArchive(input, out)
    const touched = recorder()
    utimesSync(join(input, 'b.md'), new Date(), new Date(Date.now() + 5000))
    await convertArchive(input, out, { onEvent: touched.onEvent })
    expect(failures(touched.events)).toMatchObject([{ input: 'b.md', unchanged: true }])
    const forced = recorder()
    await convertArchive(input, out, { force: true, onEvent: forced.onEvent })
    expect(failures(forced.events)[0]).not.toHaveProperty('unchanged')
    const otherSettings = recorder()
    await convertArchive(input, out, { timeZone: 'UTC', onEvent: otherSettings.onEvent })
    expect(failures(otherSettings.events)[0]).not.toHaveProperty('unchanged')
    writeFileSync(join(input, 'b.md'), markdownArticle('Fixed'))
    expect(await convertArchive(input, out, { timeZone: 'UTC' })).toMatchObject({
      converted: 1,
      failed: 0,
    })
    expect(manifestOf(out).pages.find((p: { input: string }) => p.input === 'b.md').failed).toBe(
      undefined,
    )
  })

  it('keeps recorded the outputs an earlier run wrote for it', async () => {
    const { input, out } = setUp()
    writeFileSync(join(input, 'b.md'), markdownArticle('Beta'))
    await convertArchive(input, out)
    const written = manifestOf(out).pages.find((p: { input: string }) => p.input === 'b.md')
    writeFileSync(join(input, 'b.md'), broken)
    await convertArchive(input, out)
    const failed = manifestOf(out).pages.find((p: { input: string }) => p.input === 'b.md')
    expect(failed.outputs).toEqual(written.outputs)
    writeFileSync(join(input, 'b.md'), markdownArticle('Beta Again'))
    const summary = await convertArchive(input, out)
    expect(summary).toMatchObject({ converted: 1, kept: {} })
    expect(readFileSync(join(out, 'b.html'), 'utf8')).toContain('Beta Again')
  })

  it('makes convert exit 1 on every run, naming it and saying it is unchanged', async () => {
    const { input, out, root } = setUp()
    const args = ['convert', input, '--out', out, '--report', join(root, 'report.json')]
    expect((await call(args)).status).toBe(1)
    const again = await call(args)
    expect(again.status).toBe(1)
    expect(again.stderr).toContain(
      `${join(input, 'b.md')}: failed, unchanged since the run that read it (--force reads it again)`,
    )
    expect(again.stderr).toContain('failed 1')
    const report = JSON.parse(readFileSync(join(root, 'report.json'), 'utf8'))
    expect(report.totals).toMatchObject({ failed: 1, unchanged: 1, errors: 0 })
    expect(report.pages).toMatchObject([{ input: 'b.md', status: 'failed', unchanged: true }])
    expect(report.pages[0].diagnostics.length).toBeGreaterThan(0)
  })
})
