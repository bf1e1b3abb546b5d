import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPageMaker } from '../../bench/_lib/archive-page.js'
import { stagingName, writeArchive } from '../../bench/_lib/write-archive.js'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'news-model-archive-test-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('writeArchive', () => {
  it('writes the pages the page maker makes, in 40 folders', async () => {
    const out = join(folder, 'archive')
    const summary = await writeArchive(out, { pages: 90, seed: 3 })
    expect(summary).toMatchObject({ pages: 90, folders: 40 })
    expect(summary.text + summary.markdown).toBe(90)
    const folders = await readdir(out)
    expect(folders).toHaveLength(40)
    const files = (await Promise.all(folders.map((name) => readdir(join(out, name))))).flat()
    expect(files).toHaveLength(90)
    const page = createPageMaker({ seed: 3 })(85)
    expect(await readFile(join(out, page.path), 'utf8')).toBe(page.text)
  })

  it('refuses a folder that holds a file, and leaves it as it was', async () => {
    await writeFile(join(folder, 'notes.txt'), 'mine')
    await expect(writeArchive(folder, { pages: 5 })).rejects.toThrow(/expected a new or empty/)
    expect(await readdir(folder)).toEqual(['notes.txt'])
    expect(await readFile(join(folder, 'notes.txt'), 'utf8')).toBe('mine')
  })

  it('leaves nothing when stopped, and a stopped run does not block the next', async () => {
    const controller = new AbortController()
    const run = writeArchive(folder, { pages: 2000, signal: controller.signal })
    setTimeout(() => controller.abort(), 20)
    await expect(run).rejects.toThrow()
    expect(await readdir(folder)).toEqual([])
    await mkdir(join(folder, stagingName, 'en-2005'), { recursive: true })
    await writeFile(join(folder, stagingName, 'en-2005', '000000.txt'), 'half')
    await writeArchive(folder, { pages: 3 })
    expect((await readdir(folder)).sort()).toEqual(['en-2005', 'en-2006', 'en-2007'])
  })

  it('says which argument is wrong', async () => {
    await expect(writeArchive(folder, { pages: 0 })).rejects.toThrow(RangeError)
    await expect(writeArchive(folder, { pages: 1.5 })).rejects.toThrow(/`pages` 1.5/)
  })
})
