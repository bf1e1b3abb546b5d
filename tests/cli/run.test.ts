import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../../src/cli/run.js'

const examples = new URL('../../examples/articles/', import.meta.url).pathname

// run() without a process: standard input from a string, output and error collected.
async function call(argv: string[], input = '', tty = false) {
  let stdout = ''
  let stderr = ''
  const status = await run(argv, {
    stdin: (async function* () {
      yield input
    })(),
    stdout: { write: (text: string) => (stdout += text), isTTY: tty },
    stderr: { write: (text: string) => (stderr += text), isTTY: tty },
  })
  return { status, stdout, stderr }
}

describe('run', () => {
  it('parses standard input to NDJSON', async () => {
    const page = readFileSync(join(examples, 'zh-trade-delegation.txt'), 'utf8')
    const result = await call(['parse', '-', '--format', 'ndjson'], page)
    expect(result.status).toBe(0)
    expect(result.stdout.split('\n')).toHaveLength(2)
    expect(JSON.parse(result.stdout).headline).toBe('商会组织会员企业赴东南亚开展经贸交流')
  })

  it('prints errors only with --quiet', async () => {
    const result = await call([
      'parse',
      join(examples, 'zh-trade-delegation.txt'),
      '--quiet',
      '--verbose',
    ])
    expect(result.stderr).toBe('')
  })

  it('exits 2 for a bad option value, naming it', async () => {
    const result = await call(
      ['parse', '-', '--time-zone', 'Mars/Olympus'],
      'Headline Here\n\nText of the article here.',
    )
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('Invalid `timeZone` "Mars/Olympus"')
  })

  it('validates quietly', async () => {
    const result = await call(['validate', '-q', join(examples, 'annual-meeting.json')])
    expect(result).toEqual({ status: 0, stdout: '', stderr: '' })
  })

  it('converts to Markdown with a progress bar on a terminal, and --strict fails warnings', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'news-model-'))
    const input = join(folder, 'in')
    const out = join(folder, 'out')
    await import('node:fs').then(({ mkdirSync }) => mkdirSync(input))
    writeFileSync(join(input, 'a.md'), '---\ntitle: Hi there\nnickname: x\n---\n\nText.\n')
    writeFileSync(join(input, 'b.txt'), readFileSync(join(examples, 'annual-meeting.txt')))
    const result = await call(['convert', input, '--out', out, '--to', 'markdown'], '', true)
    expect(result.status).toBe(0)
    expect(result.stderr).toContain('[########################] 2/2')
    expect(result.stderr).toContain('converted 2 (1 with warnings), failed 0')
    expect(readdirSync(out).sort()).toEqual(['.news-model', 'a.md', 'b.md'])
    const strict = await call(['convert', input, '--out', out, '--to', 'json', '--strict'])
    expect(strict.status).toBe(1)
    expect(strict.stderr).toContain('converted 1 (0 with warnings), failed 1')
  })
})
