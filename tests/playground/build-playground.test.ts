import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildPlayground, findNodeInputs, playgroundFiles } from '../../scripts/build-playground.js'

const examples = readdirSync(new URL('../../examples/articles/', import.meta.url)).sort()

describe('buildPlayground', () => {
  const parent = mkdtempSync(join(tmpdir(), 'news-model-build-'))
  afterAll(() => rmSync(parent, { recursive: true, force: true }))

  it('writes the page, its styles and one script that holds every example article', async () => {
    const outDir = join(parent, 'out')
    const { files } = await buildPlayground({ outDir, minify: false })
    const names = Object.values(playgroundFiles).sort()
    expect(readdirSync(outDir).sort()).toEqual(names)
    expect(Object.keys(files).sort()).toEqual(names)
    const page = readFileSync(join(outDir, playgroundFiles.page), 'utf8')
    expect(page).toContain(`src="${playgroundFiles.script}"`)
    expect(page).toContain(`href="${playgroundFiles.styles}"`)
    const script = readFileSync(join(outDir, playgroundFiles.script), 'utf8')
    expect(files[playgroundFiles.script]).toBe(Buffer.byteLength(script))
    for (const name of examples) expect(script).toContain(JSON.stringify(name))
    // A second build writes over its own files.
    await buildPlayground({ outDir, minify: false })
    expect(readdirSync(outDir).sort()).toEqual(names)
  }, 60_000)

  it('refuses a folder holding files it did not write, and leaves them', async () => {
    const outDir = join(parent, 'taken')
    await buildPlayground({ outDir, minify: false })
    writeFileSync(join(outDir, 'notes.txt'), 'mine')
    await expect(buildPlayground({ outDir })).rejects.toThrow(/holds notes\.txt/)
    expect(readFileSync(join(outDir, 'notes.txt'), 'utf8')).toBe('mine')
  }, 60_000)
})

describe('findNodeInputs', () => {
  it('names the Node built-ins among a bundle’s inputs', () => {
    const input = { bytes: 1, imports: [] }
    const metafile = {
      inputs: {
        'src/index.ts': input,
        'node:path': input,
        fs: input,
        'node_modules/fs-x/a.js': input,
      },
      outputs: {},
    }
    expect(findNodeInputs(metafile)).toEqual(['node:path', 'fs'])
  })
})
