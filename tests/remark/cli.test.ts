import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// remark-cli loads `--use @cccme/news-model/remark` from the node_modules of the folder
// it runs in, as it would in a user's project: here a temporary folder whose
// node_modules/@cccme/news-model links to this checkout, so the package's `exports` and
// its built files (dist/) are what is loaded. Without dist/ the tests are skipped with a
// message; CI, which builds first (and sets REQUIRE_BROWSER=1), fails instead.
const root = new URL('../../', import.meta.url).pathname
const built = existsSync(join(root, 'dist/remark/index.js'))
const required = process.env.REQUIRE_BROWSER === '1' || Boolean(process.env.CI)
const remarkCli = join(root, 'node_modules/remark-cli/cli.js')

if (!built && !required) {
  console.warn(
    '\nremark-cli tests were NOT run: dist/remark/index.js is missing. Run `npm run build` first.\n',
  )
}

// An invented article: its front matter has a key the model does not name (line 4).
const markdown = `---
title: Chamber Opens New Office
date: 2014-10-13
nickname: CCCME
---

The chamber opened an office in Beijing.

| City    | Staff |
| ------- | ----- |
| Beijing | 12    |
`

let folder = ''

beforeAll(() => {
  if (!built) {
    if (required) throw new Error('dist/remark/index.js is missing: build before the tests')
    return
  }
  folder = mkdtempSync(join(tmpdir(), 'news-model-remark-cli-'))
  mkdirSync(join(folder, 'node_modules/@cccme'), { recursive: true })
  symlinkSync(root, join(folder, 'node_modules/@cccme/news-model'), 'dir')
  writeFileSync(join(folder, 'package.json'), '{ "name": "remark-cli-test", "private": true }\n')
  writeFileSync(join(folder, 'office.md'), markdown)
  writeFileSync(join(folder, 'impossible.md'), markdown.replace('2014-10-13', '2014-02-30'))
  mkdirSync(join(folder, 'strict'))
  writeFileSync(join(folder, 'strict/office.md'), markdown)
  writeFileSync(
    join(folder, 'strict/.remarkrc.json'),
    '{ "plugins": [["@cccme/news-model/remark", { "strict": true }]] }\n',
  )
})

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true })
})

function remark(args: string[], cwd = folder) {
  const result = spawnSync(process.execPath, [remarkCli, '--no-color', ...args], {
    cwd,
    encoding: 'utf8',
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe.skipIf(!built && !required)('remark --use @cccme/news-model/remark', () => {
  it('prints a warning with file:line:column, the rule and news-model, and exits 0', () => {
    const result = remark(['--use', '@cccme/news-model/remark', 'office.md'])
    expect(result.stderr).toMatch(
      /^office\.md\n4:1-4:9 +warning +nickname: unknown key +unknown-key +news-model\n/,
    )
    expect(result.stderr).toContain('1 warning')
    expect(result.status).toBe(0)
  })

  it('writes the file back unchanged, its front matter and table included', () => {
    expect(remark(['--use', '@cccme/news-model/remark', 'office.md']).stdout).toBe(markdown)
  })

  it('exits 1 on a warning with --frail', () => {
    const result = remark(['--use', '@cccme/news-model/remark', '--frail', 'office.md'])
    expect(result.stderr).toContain('unknown-key')
    expect(result.status).toBe(1)
  })

  it('prints an error (fatal message) at the date and exits 1', () => {
    const result = remark(['--use', '@cccme/news-model/remark', 'impossible.md'])
    expect(result.stderr).toMatch(
      /\n3:7-3:17 +error +Expected a date that exists, such as 2014-10-13, found "2014-02-30" +impossible-date +news-model\n/,
    )
    expect(result.status).toBe(1)
  })

  it('takes the plugin and its options from a .remarkrc.json', () => {
    const result = remark(['office.md'], join(folder, 'strict'))
    expect(result.stderr).toMatch(/\n4:1-4:9 +error +nickname: unknown key +unknown-key/)
    expect(result.status).toBe(1)
  })
})
