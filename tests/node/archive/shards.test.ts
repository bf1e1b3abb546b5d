import { createHash } from 'node:crypto'
import {
  cpSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ArchiveError } from '../../../src/node/archive/archive-error.js'
import type { ArchiveEvent } from '../../../src/node/archive/events.js'
import { convertArchive } from '../../../src/node/archive/index.js'
import { shardName } from '../../../src/node/archive/manifest-shards.js'
import {
  filesUnder,
  manifestOf,
  markdownArticle,
  shardsOf,
  temporaryFolder,
  writeFiles,
} from '../../cli/call.js'

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** An archive of Markdown pages: `count` in each folder named. */
function archive(folders: string[], count: number): { root: string; input: string; out: string } {
  const root = temporaryFolder()
  const files: Record<string, string> = {}
  for (const folder of folders) {
    for (let i = 0; i < count; i++) {
      const name = `${folder === '' ? '' : `${folder}/`}page-${String(i).padStart(3, '0')}.md`
      files[`in/${name}`] = markdownArticle(`Article ${folder} ${i}`, `Met for the ${i}th time.`)
    }
  }
  writeFiles(root, files)
  return { root, input: join(root, 'in'), out: join(root, 'out') }
}

function recorder() {
  const events: ArchiveEvent[] = []
  return { events, onEvent: (event: ArchiveEvent) => events.push(event) }
}

/** The path of a folder's shard in an output folder. */
const shardOf = (out: string, folder: string) =>
  join(out, '.news-model', 'pages', shardName(folder))

/** Every output recorded, with its hash, whatever the record's layout. */
function recordedOutputs(out: string): Array<{ path: string; sha256: string }> {
  return manifestOf(out).pages.flatMap(
    (page: { outputs: Array<{ path: string; sha256: string }> }) => page.outputs,
  )
}

describe('the record kept by folder', () => {
  it('keeps a shard per input folder holding its own pages, and a head with no pages', async () => {
    const { input, out } = archive(['', 'a', 'a/b'], 2)
    await convertArchive(input, out)
    expect(shardsOf(out)).toEqual([shardName(''), shardName('a'), shardName('a/b')].sort())
    const shard = JSON.parse(readFileSync(shardOf(out, 'a'), 'utf8'))
    expect(shard).toMatchObject({ version: 3, folder: 'a' })
    expect(shard.pages.map((page: { input: string }) => page.input)).toEqual([
      'a/page-000.md',
      'a/page-001.md',
    ])
    const head = JSON.parse(readFileSync(join(out, '.news-model', 'manifest.json'), 'utf8'))
    expect(head).toEqual({
      version: 3,
      generator: expect.stringMatching(/^news-model /),
      orphans: [],
    })
  })

  it('reads a record of version 2 once, converts nothing again, and writes it as shards', async () => {
    const { input, out } = archive(['a', 'b'], 3)
    await convertArchive(input, out)
    const before = manifestOf(out)
    // The same record as version 2 wrote it: one file, every page.
    rmSync(join(out, '.news-model'), { recursive: true })
    writeFiles(out, {
      '.news-model/manifest.json': JSON.stringify({ ...before, version: 2 }),
    })
    const { events, onEvent } = recorder()
    const summary = await convertArchive(input, out, { onEvent })
    expect(summary).toMatchObject({ pages: 6, unchanged: 6, converted: 0, kept: {} })
    expect(events.filter((event) => event.type === 'kept')).toEqual([])
    expect(shardsOf(out)).toEqual([shardName('a'), shardName('b')].sort())
    expect(manifestOf(out)).toEqual(before)
    const again = await convertArchive(input, out)
    expect(again).toMatchObject({ unchanged: 6, converted: 0 })
  })

  it('rewrites only the shard of the folder where a page changed', async () => {
    const { input, out } = archive(['', 'a', 'b'], 3)
    await convertArchive(input, out)
    const old = new Date('2001-01-01T00:00:00Z')
    const files = ['manifest.json', ...shardsOf(out).map((name) => `pages/${name}`)]
    const before = new Map<string, { bytes: string; mtimeMs: number }>()
    for (const file of files) {
      const path = join(out, '.news-model', file)
      utimesSync(path, old, old)
      before.set(file, { bytes: readFileSync(path, 'utf8'), mtimeMs: statSync(path).mtimeMs })
    }
    writeFileSync(join(input, 'a', 'page-001.md'), markdownArticle('Changed', 'Met again.'))
    const summary = await convertArchive(input, out)
    expect(summary).toMatchObject({ converted: 1, unchanged: 8 })
    const changed = `pages/${shardName('a')}`
    for (const file of files) {
      const path = join(out, '.news-model', file)
      const now = { bytes: readFileSync(path, 'utf8'), mtimeMs: statSync(path).mtimeMs }
      if (file === changed) expect(now.bytes).not.toBe(before.get(file)?.bytes)
      else expect(now, file).toEqual(before.get(file))
    }
    const page = manifestOf(out).pages.find((p: { input: string }) => p.input === 'a/page-001.md')
    expect(page.sha256).toBe(sha256(readFileSync(join(input, 'a', 'page-001.md'))))
  })

  it('lists the outputs of a folder removed between runs as orphans, and prunes them with prune', async () => {
    const { input, out } = archive(['a', 'b', 'c'], 2)
    await convertArchive(input, out)
    rmSync(join(input, 'b'), { recursive: true })
    const first = recorder()
    const kept = await convertArchive(input, out, { onEvent: first.onEvent })
    expect(kept).toMatchObject({ orphaned: 2, pruned: 0, unchanged: 4 })
    expect(first.events.filter((event) => event.type === 'orphan')).toEqual([
      { type: 'orphan', output: 'b/page-000.html', input: 'b/page-000.md', removed: false },
      { type: 'orphan', output: 'b/page-001.html', input: 'b/page-001.md', removed: false },
    ])
    // The folder's shard is gone; the head keeps its orphans for a later run.
    expect(shardsOf(out)).toEqual([shardName('a'), shardName('c')].sort())
    expect(manifestOf(out).orphans.map((orphan: { path: string }) => orphan.path)).toEqual([
      'b/page-000.html',
      'b/page-001.html',
    ])
    const second = recorder()
    const pruned = await convertArchive(input, out, { prune: true, onEvent: second.onEvent })
    expect(pruned).toMatchObject({ orphaned: 2, pruned: 2 })
    expect(second.events.filter((event) => event.type === 'orphan')).toEqual([
      { type: 'orphan', output: 'b/page-000.html', input: 'b/page-000.md', removed: true },
      { type: 'orphan', output: 'b/page-001.html', input: 'b/page-001.md', removed: true },
    ])
    expect(filesUnder(out).filter((file) => file.startsWith('b/'))).toEqual([])
    expect(manifestOf(out).orphans).toEqual([])
  })

  it('prunes the outputs of a folder removed, with prune, in the same run', async () => {
    const { input, out } = archive(['a', 'b'], 2)
    await convertArchive(input, out)
    rmSync(join(input, 'a'), { recursive: true })
    const summary = await convertArchive(input, out, { prune: true })
    expect(summary).toMatchObject({ orphaned: 2, pruned: 2 })
    expect(filesUnder(out)).toEqual([
      '.news-model/manifest.json',
      'b/page-000.html',
      'b/page-001.html',
    ])
    expect(shardsOf(out)).toEqual([shardName('b')])
  })

  it('claims distinct names for folders whose names differ only in case, as one record did', async () => {
    // `Other` comes between `News` and `news` in name order and is large enough that the
    // run has left `News` (and dropped its state) when it enters `news`.
    for (const between of [0, 400]) {
      const root = temporaryFolder()
      const files: Record<string, string> = {
        'in/News/a.md': markdownArticle('Upper'),
        'in/news/a.md': markdownArticle('Lower'),
        'in/news/a.txt': markdownArticle('Lower text'),
      }
      for (let i = 0; i < between; i++) {
        files[`in/Other/page-${i}.md`] = markdownArticle(`Other ${i}`)
      }
      writeFiles(root, files)
      const input = join(root, 'in')
      const out = join(root, 'out')
      await convertArchive(input, out, { jobs: 1 })
      expect(filesUnder(out).filter((file) => /^news\//i.test(file))).toEqual([
        'News/a.html',
        'news/a.md.html',
        'news/a.txt.html',
      ])
      const again = await convertArchive(input, out, { jobs: 1 })
      expect(again).toMatchObject({ converted: 0, unchanged: 3 + between })
    }
  }, 30_000)
})

describe('a damaged shard', () => {
  it('stops the run with where the shard is wrong; force replaces it', async () => {
    const { input, out } = archive(['a', 'b'], 3)
    await convertArchive(input, out)
    const path = shardOf(out, 'b')
    const shard = JSON.parse(readFileSync(path, 'utf8'))
    shard.pages[2].sha256 = 'abc'
    const damaged = `${JSON.stringify(shard)}\n`
    writeFileSync(path, damaged)
    const error = await convertArchive(input, out).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ArchiveError)
    expect(error).toMatchObject({ code: 'manifest-unreadable', path })
    expect((error as ArchiveError).reason).toMatch(/^pages\[2\]\.sha256: .*64/)
    expect(readFileSync(path, 'utf8')).toBe(damaged)
    const forced = await convertArchive(input, out, { force: true })
    expect(forced).toMatchObject({ converted: 6, writeFailures: 0 })
    expect(JSON.parse(readFileSync(path, 'utf8')).pages[2].sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(await convertArchive(input, out)).toMatchObject({ unchanged: 6 })
  })

  it('refuses a shard that holds another folder than its name says', async () => {
    const { input, out } = archive(['a', 'b'], 1)
    await convertArchive(input, out)
    writeFileSync(shardOf(out, 'b'), readFileSync(shardOf(out, 'a')))
    const error = await convertArchive(input, out).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: 'manifest-unreadable', path: shardOf(out, 'b') })
    expect((error as ArchiveError).reason).toBe('folder: expected "b"')
    expect(await convertArchive(input, out, { force: true })).toMatchObject({ pages: 2 })
    expect(JSON.parse(readFileSync(shardOf(out, 'b'), 'utf8')).folder).toBe('b')
  })

  it('refuses a symlinked shard, and never writes through it', async () => {
    const { root, input, out } = archive(['a', 'b'], 1)
    await convertArchive(input, out)
    const elsewhere = join(root, 'elsewhere.json')
    cpSync(shardOf(out, 'b'), elsewhere)
    const text = readFileSync(elsewhere, 'utf8')
    rmSync(shardOf(out, 'b'))
    symlinkSync(elsewhere, shardOf(out, 'b'))
    const error = await convertArchive(input, out).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: 'manifest-unreadable', reason: 'ELOOP' })
    await convertArchive(input, out, { force: true })
    expect(readFileSync(elsewhere, 'utf8')).toBe(text)
    expect(statSync(shardOf(out, 'b')).isFile()).toBe(true)
  })

  it('refuses a symlinked shards folder, and never writes through it', async () => {
    const { root, input, out } = archive(['a'], 1)
    await convertArchive(input, out)
    const elsewhere = join(root, 'elsewhere')
    cpSync(join(out, '.news-model', 'pages'), elsewhere, { recursive: true })
    rmSync(join(out, '.news-model', 'pages'), { recursive: true })
    symlinkSync(elsewhere, join(out, '.news-model', 'pages'))
    const before = filesUnder(elsewhere)
    const error = await convertArchive(input, out).catch((caught: unknown) => caught)
    expect(error).toMatchObject({
      code: 'manifest-unreadable',
      path: join(out, '.news-model', 'pages'),
      reason: 'ELOOP',
    })
    const { events, onEvent } = recorder()
    await convertArchive(input, out, { force: true, onEvent })
    expect(events).toContainEqual(expect.objectContaining({ type: 'write-failed', code: 'ELOOP' }))
    expect(filesUnder(elsewhere)).toEqual(before)
  })
})

describe('a stopped run over many folders', () => {
  it('saves the shards it changed, and the next run accepts them and converts only the rest', async () => {
    const { input, out } = archive(['a', 'b', 'c'], 40)
    const controller = new AbortController()
    const first = await convertArchive(input, out, {
      signal: controller.signal,
      jobs: 1,
      onEvent: (event) => {
        if (event.type === 'page-done' && event.input === 'b/page-010.md') controller.abort()
      },
    })
    expect(first.interrupted).toBe(true)
    const written = filesUnder(out).filter((file) => file.endsWith('.html'))
    expect(written.length).toBeGreaterThan(40)
    expect(written.length).toBeLessThan(120)
    expect(filesUnder(out).filter((file) => file.includes('tmp'))).toEqual([])
    const recorded = recordedOutputs(out)
    expect(recorded.map((output) => output.path).sort()).toEqual(written)
    for (const output of recorded) {
      expect(sha256(readFileSync(join(out, output.path)))).toBe(output.sha256)
    }
    const { events, onEvent } = recorder()
    const second = await convertArchive(input, out, { onEvent })
    expect(second).toMatchObject({
      interrupted: false,
      unchanged: written.length,
      converted: 120 - written.length,
      orphaned: 0,
    })
    expect(events.filter((event) => event.type === 'kept')).toEqual([])
  })

  it('leaves the shards of folders it did not reach as they were', async () => {
    const { input, out } = archive(['a', 'b'], 3)
    await convertArchive(input, out)
    const before = readFileSync(shardOf(out, 'b'), 'utf8')
    // Enough new pages in `a` that the walk is still in it when the run stops.
    const files: Record<string, string> = {}
    for (let i = 0; i < 400; i++) files[`a/new/${i}.md`] = markdownArticle(`New ${i}`)
    writeFiles(input, files)
    rmSync(join(input, 'b', 'page-000.md'))
    const controller = new AbortController()
    const stopped = await convertArchive(input, out, {
      signal: controller.signal,
      jobs: 1,
      onEvent: (event) => {
        if (event.type === 'page-done') controller.abort()
      },
    })
    expect(stopped).toMatchObject({ interrupted: true, orphaned: 0 })
    expect(readFileSync(shardOf(out, 'b'), 'utf8')).toBe(before)
    // The page gone from `b` is decided by the next whole run.
    const { events, onEvent } = recorder()
    await convertArchive(input, out, { onEvent })
    expect(events.filter((event) => event.type === 'orphan')).toEqual([
      { type: 'orphan', output: 'b/page-000.html', input: 'b/page-000.md', removed: false },
    ])
  })
})
