import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ArchiveError } from '../../../src/node/archive/archive-error.js'
import {
  headText,
  type PageRecord,
  readManifest,
  shardText,
} from '../../../src/node/archive/manifest.js'
import { temporaryFolder, writeFiles } from '../../cli/call.js'

const hex = (n: number) => n.toString(16).padStart(64, '0')

describe('shardText', () => {
  it('writes the shard of a folder of thousands of pages in parts that join into one JSON document, sorted', () => {
    const pages: PageRecord[] = []
    for (let i = 4500; i > 0; i--) {
      const input = `folder/page-${String(i).padStart(5, '0')}.txt`
      pages.push({
        input,
        sha256: hex(i),
        outputs: [{ path: `folder/page-${i}.html`, sha256: hex(i) }],
      })
    }
    const parts = [...shardText('folder', pages)]
    expect(parts.length).toBeGreaterThan(3)
    const text = parts.join('')
    const shard = JSON.parse(text)
    expect(shard.version).toBe(3)
    expect(shard.folder).toBe('folder')
    expect(shard.pages).toHaveLength(4500)
    expect(shard.pages[0].input).toBe('folder/page-00001.txt')
    expect(shard.pages.at(-1).input).toBe('folder/page-04500.txt')
    // One page a line.
    expect(text.split('\n')).toHaveLength(1 + 4500 + 2)
    expect([...shardText('folder', pages)].join('')).toBe(text)
  })

  it('writes the shard of an empty folder', () => {
    expect(JSON.parse([...shardText('', [])].join(''))).toEqual({
      version: 3,
      folder: '',
      pages: [],
    })
  })
})

describe('headText', () => {
  it('writes the head with its orphans sorted, one a line', () => {
    const orphans = [
      { path: 'z.html', sha256: hex(1), input: 'z.txt' },
      { path: 'a.html', sha256: hex(2), input: 'a.txt' },
    ]
    const text = [...headText(orphans, 'news-model 0.1.0')].join('')
    expect(JSON.parse(text)).toEqual({
      version: 3,
      generator: 'news-model 0.1.0',
      orphans: [orphans[1], orphans[0]],
    })
    expect(text.split('\n')).toHaveLength(1 + 2 + 2)
  })
})

/** The text of a record of version 2, as convert wrote it: its head, a page a line, an orphan a line. */
function wholeText(pages: Iterable<PageRecord>, orphans: unknown[]): string {
  const line = (items: Iterable<unknown>) => [...items].map((item) => JSON.stringify(item))
  const sorted = [...pages].sort((a, b) => (a.input < b.input ? -1 : 1))
  return [
    '{"version":2,"generator":"news-model 0.1.0","pages":[',
    line(sorted).join(',\n'),
    '],"orphans":[',
    line(orphans).join(',\n'),
    ']}',
    '',
  ].join('\n')
}

/** An output folder holding a record with these pages (and orphans). */
function outputWith(pages: unknown[], orphans: unknown[] = []): string {
  const folder = temporaryFolder()
  const record = { version: 2, generator: 'news-model 0.1.0', pages, orphans }
  writeFiles(folder, { '.news-model/manifest.json': JSON.stringify(record) })
  return folder
}

const page = (i: number): PageRecord => ({
  input: `a/${i}.txt`,
  sha256: hex(i),
  size: 10,
  mtimeMs: 1.5,
  settings: hex(7),
  version: '0.1.0',
  outputs: [{ path: `a/${i}.html`, sha256: hex(i + 1) }],
})

describe('readManifest', () => {
  it('reads every page of a record by its input, as written, with fields it does not know', async () => {
    const pages = [page(1), { ...page(2), note: 'kept' }, page(3)]
    const state = await readManifest(
      outputWith(pages, [{ ...page(4).outputs[0], input: 'x' }]),
      false,
    )
    expect([...state.pages.keys()]).toEqual(['a/1.txt', 'a/2.txt', 'a/3.txt'])
    expect(state.pages.get('a/2.txt')).toEqual({ ...page(2), note: 'kept' })
    expect(state.orphans).toEqual([{ path: 'a/4.html', sha256: hex(5), input: 'x' }])
    expect(state.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('reads the record of a page that failed, with its diagnostics', async () => {
    const diagnostic = {
      severity: 'error',
      message: 'No headline',
      line: 1,
      column: 1,
      ruleId: 'missing-headline',
    }
    const failed = {
      input: 'a/bad.txt',
      settings: hex(7),
      version: '0.1.0',
      outputs: [],
      failed: {
        sha256: hex(9),
        reason: 'no-article',
        decodeDiagnostics: [],
        diagnostics: [diagnostic],
      },
    }
    const state = await readManifest(outputWith([page(1), failed]), false)
    expect(state.pages.get('a/bad.txt')?.failed?.diagnostics).toEqual([diagnostic])
  })

  it('says where a record is wrong and what was expected there', async () => {
    const wrong = [page(1), page(2), { ...page(3), sha256: 'abc' }]
    const out = outputWith(wrong)
    const error = await readManifest(out, false).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ArchiveError)
    expect((error as ArchiveError).reason).toMatch(/^pages\[2\]\.sha256: .*64/)
    const output = outputWith([page(1), { ...page(2), outputs: [{ path: '', sha256: hex(1) }] }])
    const second = await readManifest(output, false).catch((caught: unknown) => caught)
    expect((second as ArchiveError).reason).toMatch(/^pages\[1\]\.outputs\[0\]\.path: /)
    const orphan = outputWith([page(1)], [{ path: 'o.html', sha256: hex(1) }])
    const third = await readManifest(orphan, false).catch((caught: unknown) => caught)
    expect((third as ArchiveError).reason).toMatch(/^orphans\[0\]\.input: /)
  })

  it('gives an empty record for a wrong one with force', async () => {
    const state = await readManifest(outputWith([{ ...page(1), size: -1 }]), true)
    expect(state.pages.size).toBe(0)
  })

  it('reads a record of version 2, line by line (over 1 MB, in many chunks), as the same record read whole', async () => {
    const pages = new Map<string, PageRecord>()
    for (let i = 0; i < 5000; i++) pages.set(`a/${i}.txt`, page(i))
    const orphans = [{ path: 'gone.html', sha256: hex(3), input: 'gone.txt' }]
    const text = wholeText(pages.values(), orphans)
    const lines = temporaryFolder()
    writeFiles(lines, { '.news-model/manifest.json': text })
    const whole = temporaryFolder()
    writeFiles(whole, { '.news-model/manifest.json': JSON.stringify(JSON.parse(text), null, 2) })
    const byLines = await readManifest(lines, false)
    const byWhole = await readManifest(whole, false)
    expect(byLines.pages.size).toBe(5000)
    expect([...byLines.pages.values()]).toEqual([...byWhole.pages.values()])
    expect(byLines.orphans).toEqual(orphans)
    expect(byLines.sha256).toBe(createHash('sha256').update(text).digest('hex'))
  })

  it('says where a record read line by line is wrong', async () => {
    const pages = new Map<string, PageRecord>()
    for (let i = 0; i < 5; i++) pages.set(`a/${i}.txt`, page(i))
    pages.set('a/3.txt', { ...page(3), mtimeMs: -2 })
    const out = temporaryFolder()
    const text = wholeText(pages.values(), [])
    writeFiles(out, { '.news-model/manifest.json': text })
    const error = await readManifest(out, false).catch((caught: unknown) => caught)
    expect((error as ArchiveError).reason).toMatch(/^pages\[3\]\.mtimeMs: /)
  })
})

describe('readManifest of version 3', () => {
  it('reads the head: its orphans, no pages (they are in the shards)', async () => {
    const out = temporaryFolder()
    const orphans = [{ path: 'gone.html', sha256: hex(3), input: 'gone.txt' }]
    const text = [...headText(orphans, 'news-model 0.1.0')].join('')
    writeFiles(out, { '.news-model/manifest.json': text })
    const state = await readManifest(out, false)
    expect(state).toMatchObject({ sharded: true, orphans })
    expect(state.pages.size).toBe(0)
    expect(state.sha256).toBe(createHash('sha256').update(text).digest('hex'))
  })

  it('says where a head is wrong', async () => {
    const out = temporaryFolder()
    const orphans = [{ path: 'gone.html', sha256: 'abc', input: 'gone.txt' }]
    writeFiles(out, { '.news-model/manifest.json': [...headText(orphans, 'x')].join('') })
    const error = await readManifest(out, false).catch((caught: unknown) => caught)
    expect((error as ArchiveError).reason).toMatch(/^orphans\[0\]\.sha256: /)
  })
})
