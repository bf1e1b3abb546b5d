import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { convertArchive as fromSources } from '../../../src/node/archive/index.js'
import {
  filesUnder,
  manifestOf,
  markdownArticle,
  temporaryFolder,
  textPage,
  writeFiles,
} from '../../cli/call.js'

// Worker threads run the built script (dist/node/page-worker.js): these tests load the
// built library, as users do; a checkout that has not been built yet is built first. Run
// from the sources (the other tests), pages are converted in the calling thread.
const root = new URL('../../../', import.meta.url).pathname
const esm = join(root, 'dist/node/index.js')
const cjs = join(root, 'dist/node/index.cjs')

beforeAll(() => {
  if (!existsSync(join(root, 'dist/node/page-worker.js'))) {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' })
  }
}, 180_000)

type ConvertArchive = typeof fromSources

function archive(count: number): string {
  const folder = temporaryFolder()
  const files: Record<string, string> = {}
  for (let i = 0; i < count; i++) {
    files[`in/${i % 3}/page-${i}.${i % 2 === 0 ? 'md' : 'txt'}`] =
      i % 2 === 0 ? markdownArticle(`Article Number ${i}`) : `Report Number ${i}\n\n${textPage}`
  }
  writeFiles(folder, files)
  return folder
}

describe('convertArchive in worker threads', () => {
  it('writes, from the ES module build, the same files as in the calling thread', async () => {
    const { convertArchive } = (await import(esm)) as { convertArchive: ConvertArchive }
    const folder = archive(30)
    const input = join(folder, 'in')
    const threaded = await convertArchive(input, join(folder, 'workers'), { jobs: 2 })
    const inline = await fromSources(input, join(folder, 'inline'))
    expect(threaded).toMatchObject({ workers: 2, converted: 30, failed: 0 })
    expect(inline).toMatchObject({ workers: 0, converted: 30 })
    const files = filesUnder(join(folder, 'inline'))
    expect(filesUnder(join(folder, 'workers'))).toEqual(files)
    for (const file of files) {
      expect(readFileSync(join(folder, 'workers', file))).toEqual(
        readFileSync(join(folder, 'inline', file)),
      )
    }
  })

  it('converts a few pages in the calling thread, starting no worker', async () => {
    const { convertArchive } = (await import(esm)) as { convertArchive: ConvertArchive }
    const folder = archive(8)
    const summary = await convertArchive(join(folder, 'in'), join(folder, 'out'), { jobs: 2 })
    expect(summary).toMatchObject({ workers: 0, converted: 8 })
  })

  it('runs from the CommonJS build', async () => {
    const { convertArchive } = createRequire(import.meta.url)(cjs) as {
      convertArchive: ConvertArchive
    }
    const folder = archive(12)
    const summary = await convertArchive(join(folder, 'in'), join(folder, 'out'), { jobs: 1 })
    expect(summary).toMatchObject({ workers: 1, converted: 12 })
  })

  it('refuses, in a worker thread, to write through a symlinked folder in the output', async () => {
    const { convertArchive } = (await import(esm)) as { convertArchive: ConvertArchive }
    const folder = archive(30)
    const out = join(folder, 'out')
    mkdirSync(join(folder, 'elsewhere'))
    mkdirSync(out)
    symlinkSync(join(folder, 'elsewhere'), join(out, '1'))
    const skipped: string[] = []
    const summary = await convertArchive(join(folder, 'in'), out, {
      jobs: 1,
      onEvent: (event) => {
        if (event.type === 'skipped' && event.reason === 'output-symlink') skipped.push(event.path)
      },
    })
    expect(summary).toMatchObject({ workers: 1, converted: 20, skipped: { 'output-symlink': 10 } })
    expect(skipped).toHaveLength(10)
    expect(skipped.every((path) => path.startsWith('1/'))).toBe(true)
    expect(readdirSync(join(folder, 'elsewhere'))).toEqual([])
    expect(filesUnder(out).filter((file) => file.includes('tmp'))).toEqual([])
  })

  it('stopped, leaves every output whole and recorded', async () => {
    const { convertArchive } = (await import(esm)) as { convertArchive: ConvertArchive }
    const folder = archive(200)
    const out = join(folder, 'out')
    const controller = new AbortController()
    let done = 0
    const summary = await convertArchive(join(folder, 'in'), out, {
      jobs: 2,
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === 'page-done' && ++done === 20) controller.abort()
      },
    })
    expect(summary.interrupted).toBe(true)
    const written = filesUnder(out).filter((file) => file.endsWith('.html'))
    expect(written.length).toBeLessThan(200)
    expect(filesUnder(out).filter((file) => file.includes('tmp'))).toEqual([])
    const manifest = manifestOf(out)
    const recorded: Array<{ path: string; sha256: string }> = manifest.pages.flatMap(
      (page: { outputs: unknown[] }) => page.outputs,
    )
    expect(recorded.map((output) => output.path).sort()).toEqual(written)
    for (const output of recorded) {
      const bytes = readFileSync(join(out, output.path))
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(output.sha256)
    }
    const rest = await convertArchive(join(folder, 'in'), out, { jobs: 2 })
    expect(rest).toMatchObject({ converted: 200 - written.length, unchanged: written.length })
  })
})
