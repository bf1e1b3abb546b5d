import { createHash } from 'node:crypto'
import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ArchiveEvent } from '../../../src/node/archive/events.js'
import { convertArchive } from '../../../src/node/archive/index.js'
import {
  filesUnder,
  manifestOf,
  markdownArticle,
  markdownWithWarning,
  temporaryFolder,
  textPage,
  writeFiles,
} from '../../cli/call.js'

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** An archive of `count` Markdown pages in two folders. */
function archive(count: number): { root: string; input: string; out: string } {
  const root = temporaryFolder()
  const files: Record<string, string> = {}
  for (let i = 0; i < count; i++) {
    files[`in/${i % 2 === 0 ? 'en' : 'zh'}/page-${String(i).padStart(3, '0')}.md`] =
      markdownArticle(`Article Number ${i}`, `The members met for the ${i}th time.`)
  }
  writeFiles(root, files)
  return { root, input: join(root, 'in'), out: join(root, 'out') }
}

function recorder() {
  const events: ArchiveEvent[] = []
  return { events, onEvent: (event: ArchiveEvent) => events.push(event) }
}

describe('convertArchive', () => {
  it('converts every page, keeping the layout, and records each with its input and settings', async () => {
    const { input, out } = archive(4)
    const summary = await convertArchive(input, out, { to: ['html', 'markdown'], jobs: 2 })
    expect(summary).toMatchObject({ pages: 4, converted: 4, unchanged: 0, failed: 0, workers: 0 })
    expect(filesUnder(out)).toEqual([
      '.news-model/manifest.json',
      'en/page-000.html',
      'en/page-000.md',
      'en/page-002.html',
      'en/page-002.md',
      'zh/page-001.html',
      'zh/page-001.md',
      'zh/page-003.html',
      'zh/page-003.md',
    ])
    const manifest = manifestOf(out)
    expect(manifest.version).toBe(3)
    const page = manifest.pages[0]
    expect(page).toMatchObject({
      input: 'en/page-000.md',
      sha256: sha256(readFileSync(join(input, 'en/page-000.md'))),
      settings: expect.stringMatching(/^[0-9a-f]{64}$/),
      version: '0.1.0',
    })
    expect(page.outputs).toEqual([
      { path: 'en/page-000.html', sha256: sha256(readFileSync(join(out, 'en/page-000.html'))) },
      { path: 'en/page-000.md', sha256: sha256(readFileSync(join(out, 'en/page-000.md'))) },
    ])
  })

  it('converts on a second run only the page whose input changed', async () => {
    const { input, out } = archive(6)
    await convertArchive(input, out)
    writeFileSync(join(input, 'zh/page-003.md'), markdownArticle('A New Headline'))
    const { events, onEvent } = recorder()
    const second = await convertArchive(input, out, { onEvent })
    expect(second).toMatchObject({ pages: 6, converted: 1, unchanged: 5 })
    expect(
      events.filter((e) => e.type === 'page-done').map((e) => e.type === 'page-done' && e.input),
    ).toEqual(['zh/page-003.md'])
    expect(readFileSync(join(out, 'zh/page-003.html'), 'utf8')).toContain('A New Headline')
  })

  it('takes a page touched but unchanged as unchanged, by its hash', async () => {
    const { input, out } = archive(2)
    await convertArchive(input, out)
    const later = new Date(Date.now() + 60_000)
    utimesSync(join(input, 'en/page-000.md'), later, later)
    const second = await convertArchive(input, out)
    expect(second).toMatchObject({ converted: 0, unchanged: 2 })
    expect(Math.round(manifestOf(out).pages[0].mtimeMs)).toBe(later.getTime())
  })

  it('converts everything again when the settings change, or with force', async () => {
    const { input, out } = archive(3)
    await convertArchive(input, out)
    expect(await convertArchive(input, out, { timeZone: 'UTC' })).toMatchObject({ converted: 3 })
    expect(await convertArchive(input, out, { timeZone: 'UTC' })).toMatchObject({ unchanged: 3 })
    expect(await convertArchive(input, out, { document: false })).toMatchObject({ converted: 3 })
    expect(await convertArchive(input, out, { document: false, force: true })).toMatchObject({
      converted: 3,
      unchanged: 0,
    })
  })

  it('writes a page again whose output was deleted, and leaves an edited output of an unchanged page', async () => {
    const { input, out } = archive(2)
    await convertArchive(input, out)
    rmSync(join(out, 'en/page-000.html'))
    writeFileSync(join(out, 'zh/page-001.html'), 'edited by hand')
    expect(await convertArchive(input, out)).toMatchObject({ converted: 1, unchanged: 1 })
    expect(readFileSync(join(out, 'en/page-000.html'), 'utf8')).toContain('Article Number 0')
    expect(readFileSync(join(out, 'zh/page-001.html'), 'utf8')).toBe('edited by hand')
  })

  it('lists the outputs whose input has gone, and removes them with prune unless edited', async () => {
    const { input, out } = archive(4)
    await convertArchive(input, out)
    rmSync(join(input, 'en/page-000.md'))
    rmSync(join(input, 'zh/page-001.md'))
    writeFileSync(join(out, 'zh/page-001.html'), 'edited by hand')
    const listed = recorder()
    const first = await convertArchive(input, out, { onEvent: listed.onEvent })
    expect(first).toMatchObject({ orphaned: 2, pruned: 0, unchanged: 2 })
    expect(listed.events.filter((e) => e.type === 'orphan')).toEqual([
      { type: 'orphan', output: 'en/page-000.html', input: 'en/page-000.md', removed: false },
      { type: 'orphan', output: 'zh/page-001.html', input: 'zh/page-001.md', removed: false },
    ])
    expect(filesUnder(out)).toContain('en/page-000.html')
    // Listed again on the next run: the record keeps them.
    const pruned = recorder()
    expect(
      await convertArchive(input, out, { prune: true, onEvent: pruned.onEvent }),
    ).toMatchObject({
      orphaned: 2,
      pruned: 1,
    })
    expect(pruned.events.filter((e) => e.type === 'orphan')).toEqual([
      { type: 'orphan', output: 'en/page-000.html', input: 'en/page-000.md', removed: true },
      { type: 'orphan', output: 'zh/page-001.html', input: 'zh/page-001.md', removed: false },
    ])
    expect(filesUnder(out)).not.toContain('en/page-000.html')
    expect(readFileSync(join(out, 'zh/page-001.html'), 'utf8')).toBe('edited by hand')
  })

  it('treats the outputs a page no longer writes as orphans', async () => {
    const { input, out } = archive(1)
    await convertArchive(input, out, { to: ['html', 'json'] })
    const { events, onEvent } = recorder()
    await convertArchive(input, out, { to: 'html', prune: true, onEvent })
    expect(events.filter((e) => e.type === 'orphan')).toEqual([
      { type: 'orphan', output: 'en/page-000.json', input: 'en/page-000.md', removed: true },
    ])
    expect(filesUnder(out)).toEqual(['.news-model/manifest.json', 'en/page-000.html'])
  })

  it('reads a manifest of version 1: its outputs are its own, each page is converted once more', async () => {
    const { root, input, out } = archive(1)
    writeFiles(root, { 'out/en/page-000.html': 'written by version 1' })
    writeFiles(root, {
      'out/.news-model/manifest.json': JSON.stringify({
        version: 1,
        generator: 'news-model 0.1.0',
        outputs: [
          {
            path: 'en/page-000.html',
            input: 'en/page-000.md',
            sha256: sha256(Buffer.from('written by version 1')),
          },
        ],
      }),
    })
    expect(await convertArchive(input, out)).toMatchObject({ converted: 1, kept: {} })
    expect(readFileSync(join(out, 'en/page-000.html'), 'utf8')).toContain('Article Number 0')
    expect(manifestOf(out).version).toBe(3)
    expect(await convertArchive(input, out)).toMatchObject({ unchanged: 1 })
  })

  it('sends its events in input order, each page once', async () => {
    const root = temporaryFolder()
    writeFiles(root, {
      'in/a.md': markdownWithWarning,
      'in/b.md': '---\ntitle: [\n---\n',
      'in/c.jpg': 'not an article',
      'in/d.txt': textPage,
    })
    const { events, onEvent } = recorder()
    const summary = await convertArchive(join(root, 'in'), join(root, 'out'), { onEvent })
    expect(
      events
        .filter((e) => e.type !== 'progress')
        .map((e) => `${e.type} ${'input' in e ? e.input : 'path' in e ? e.path : ''}`),
    ).toEqual(['page-done a.md', 'page-failed b.md', 'skipped c.jpg', 'page-done d.txt'])
    expect(summary).toMatchObject({
      converted: 2,
      withWarnings: 1,
      failed: 1,
      skipped: { 'unknown-extension': 1 },
    })
    expect(events.at(-1)).toEqual({ type: 'progress', done: 3, found: 3 })
  })

  it('fails a page with warnings under strict, writing nothing for it', async () => {
    const root = temporaryFolder()
    writeFiles(root, { 'in/a.md': markdownWithWarning, 'in/b.md': markdownArticle('Clean') })
    const { events, onEvent } = recorder()
    const summary = await convertArchive(join(root, 'in'), join(root, 'out'), {
      strict: true,
      onEvent,
    })
    expect(summary).toMatchObject({ converted: 1, failed: 1 })
    expect(events.find((e) => e.type === 'page-failed')).toMatchObject({
      input: 'a.md',
      reason: 'strict',
    })
    expect(filesUnder(join(root, 'out'))).toEqual(['.news-model/manifest.json', 'b.html'])
  })
})

describe('a stopped convertArchive', () => {
  it('writes no half file, saves a manifest the next run accepts, and the next run converts only the rest', async () => {
    const { input, out } = archive(120)
    const controller = new AbortController()
    const first = await convertArchive(input, out, {
      signal: controller.signal,
      jobs: 1,
      onEvent: (event) => {
        if (event.type === 'page-done' && event.input === 'en/page-040.md') controller.abort()
      },
    })
    expect(first.interrupted).toBe(true)
    expect(first.converted).toBeGreaterThan(0)
    expect(first.converted).toBeLessThan(120)
    const written = filesUnder(out).filter((file) => file.endsWith('.html'))
    expect(filesUnder(out).filter((file) => file.includes('tmp'))).toEqual([])
    const manifest = manifestOf(out)
    const recorded = manifest.pages.flatMap(
      (page: { outputs: Array<{ path: string; sha256: string }> }) => page.outputs,
    )
    expect(recorded.map((output: { path: string }) => output.path).sort()).toEqual(written)
    for (const output of recorded) {
      expect(sha256(readFileSync(join(out, output.path)))).toBe(output.sha256)
    }
    const second = await convertArchive(input, out)
    expect(second).toMatchObject({
      interrupted: false,
      unchanged: written.length,
      converted: 120 - written.length,
    })
    expect(filesUnder(out).filter((file) => file.endsWith('.html'))).toHaveLength(120)
  })

  it('stops before the first page when the signal is already aborted', async () => {
    const { input, out } = archive(3)
    const summary = await convertArchive(input, out, { signal: AbortSignal.abort() })
    expect(summary).toMatchObject({ interrupted: true, converted: 0, pages: 0 })
  })
})
