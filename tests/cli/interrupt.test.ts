import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../../src/cli/run.js'
import { call, manifestOf, markdownArticle, shardsOf, temporaryFolder, writeFiles } from './call.js'

function allFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()
}

describe('an interrupted convert', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ])(
    'stops on %s, removes its temporary files, records what it wrote, and exits %i',
    async (signal, code) => {
      const root = temporaryFolder()
      const files: Record<string, string> = {}
      for (const name of ['a', 'b', 'c', 'd'])
        files[`in/${name}.md`] = markdownArticle(`Article ${name}`)
      writeFiles(root, files)
      const controller = new AbortController()
      const out = join(root, 'out')
      const result = await call(['convert', join(root, 'in'), '--out', out], {
        tty: true,
        // The progress bar is drawn before each file: stop while the third is under way.
        onStderr: (text) => {
          if (text.includes('] 2/4')) controller.abort(signal)
        },
        signal: controller.signal,
      })
      expect(result.status).toBe(code)
      expect(result.stderr).toContain(
        'interrupted: temporary files removed, written files recorded',
      )
      expect(result.stderr).toContain('converted 2 (0 with warnings)')
      expect(allFiles(out)).toEqual([
        '.news-model',
        '.news-model/manifest.json',
        '.news-model/pages',
        ...shardsOf(out).map((name) => `.news-model/pages/${name}`),
        'a.html',
        'b.html',
      ])
      expect(shardsOf(out)).toHaveLength(1)
      const manifest = manifestOf(out)
      expect(
        manifest.pages.flatMap((page: { outputs: Array<{ path: string }> }) =>
          page.outputs.map((entry) => entry.path),
        ),
      ).toEqual(['a.html', 'b.html'])
    },
  )

  it('stops waiting for standard input on SIGINT and exits 130', async () => {
    const controller = new AbortController()
    let stderr = ''
    const status = run(['parse', '-'], {
      // Standard input that never ends, as a terminal waiting for a person.
      stdin: { [Symbol.asyncIterator]: () => ({ next: () => new Promise(() => {}) }) },
      stdout: { write: () => true },
      stderr: { write: (text: string) => (stderr += text) },
      signal: controller.signal,
    })
    setTimeout(() => controller.abort('SIGINT'), 10)
    expect(await status).toBe(130)
    expect(stderr).toBe('')
  })
})
