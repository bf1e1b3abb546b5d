import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { manifestOf } from './call.js'

const root = new URL('../../', import.meta.url).pathname
const bin = join(root, 'dist/cli/bin.js')
const examples = join(root, 'examples/articles')

// The tests run the built program, as users do; a checkout that has not been built yet
// is built first.
beforeAll(() => {
  if (!existsSync(bin)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' })
}, 120_000)

function cli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('news-model', () => {
  it('prints its version and help', () => {
    expect(cli(['--version'])).toMatchObject({ status: 0, stdout: '0.1.0\n' })
    const help = cli(['parse', '--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('--format <format>')
  })

  it('exits 2 for a bad command line', () => {
    expect(cli(['parse']).status).toBe(2)
    expect(cli(['parse', 'x.txt', '--format', 'pdf']).status).toBe(2)
    expect(cli(['frobnicate']).status).toBe(2)
  })

  describe('parse', () => {
    it('prints a text page as article JSON on stdout', () => {
      const result = cli(['parse', join(examples, 'annual-meeting.txt')])
      expect(result.status).toBe(0)
      expect(JSON.parse(result.stdout)).toMatchObject({
        headline: "Members Review a Year of Exports at the Chamber's Annual Meeting",
        datePublished: '2019-05-20T14:42:00+08:00',
      })
    })

    it('reads standard input with --from, and writes Markdown', () => {
      const page = readFileSync(join(examples, 'annual-meeting.txt'), 'utf8')
      const result = cli(
        ['parse', '-', '--from', 'text', '--format', 'markdown', '--time-zone', 'UTC'],
        page,
      )
      expect(result.status).toBe(0)
      expect(result.stdout).toMatch(/^---\nlanguage: en\n/)
      expect(result.stdout).toContain('datePublished: "2019-05-20T14:42:00+00:00"')
    })

    it('prints every diagnostic with --verbose on stderr', () => {
      const result = cli(['parse', join(examples, 'annual-meeting.txt'), '--verbose'])
      expect(result.stderr).toContain(`${join(examples, 'annual-meeting.txt')}:1:1: info Took`)
    })

    it('exits 1 for a page with no headline, with the error on stderr', () => {
      const result = cli(['parse', '-', '--from', 'text'], '【Print】 【Close】\n')
      expect(result.status).toBe(1)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(/^<stdin>:1:1: error .* \[missing-headline\]\n$/)
    })

    it('exits 1 for a missing file and for a folder', () => {
      expect(cli(['parse', 'no/such/page.txt'])).toMatchObject({
        status: 1,
        stderr: 'news-model: no/such/page.txt: no such file\n',
      })
      expect(cli(['parse', examples]).stderr).toContain('is a directory, expected a file')
    })

    it('fails on warnings with --strict', () => {
      const markdown = '---\ntitle: Hi there\nnickname: x\n---\n\nText.\n'
      expect(cli(['parse', '-', '--from', 'markdown'], markdown).status).toBe(0)
      expect(cli(['parse', '-', '--from', 'markdown', '--strict'], markdown).status).toBe(1)
    })
  })

  describe('render', () => {
    it('renders Markdown as a whole page', () => {
      const result = cli(['render', join(examples, 'annual-meeting.md'), '--document'])
      expect(result.status).toBe(0)
      expect(result.stdout).toMatch(/^<!DOCTYPE html><html lang="en">/)
      expect(result.stdout).toContain('application/ld+json')
    })

    it('leaves out JSON-LD with --no-json-ld', () => {
      const result = cli(['render', join(examples, 'annual-meeting.json'), '--no-json-ld'])
      expect(result.stdout).toMatch(/^<article /)
      expect(result.stdout).not.toContain('application/ld+json')
    })
  })

  describe('validate', () => {
    it('passes valid article JSON', () => {
      expect(cli(['validate', join(examples, 'annual-meeting.json')])).toMatchObject({ status: 0 })
    })

    it('prints each problem at the line and column of the value, and exits 1', () => {
      const folder = mkdtempSync(join(tmpdir(), 'news-model-'))
      const file = join(folder, 'bad.json')
      writeFileSync(
        file,
        '{\n  "type": "NewsArticle",\n  "language": "en",\n  "headline": "",\n  "authors": [],\n  "body": { "type": "root", "children": [] }\n}\n',
      )
      const broken = join(folder, 'broken.json')
      writeFileSync(broken, '{ "type": ')
      const result = cli(['validate', file, broken, join(examples, 'annual-meeting.json')])
      expect(result.status).toBe(1)
      expect(result.stderr).toBe(
        `${file}:4:15: error headline: expected a non-empty string, found "" [invalid-value]\n` +
          `${broken}:1:11: error expected a value, found the end of the text [invalid-json]\n`,
      )
    })
  })

  describe('convert', () => {
    it('converts a folder, keeping its layout, and sums up', () => {
      const folder = mkdtempSync(join(tmpdir(), 'news-model-'))
      const input = join(folder, 'in')
      mkdirSync(join(input, 'en', '2019'), { recursive: true })
      writeFileSync(
        join(input, 'en', '2019', 'meeting.txt'),
        readFileSync(join(examples, 'annual-meeting.txt')),
      )
      writeFileSync(join(input, 'meeting.md'), readFileSync(join(examples, 'annual-meeting.md')))
      writeFileSync(join(input, 'empty.txt'), '   \n')
      const out = join(folder, 'out')
      const result = cli(['convert', input, '--out', out, '--to', 'html'])
      expect(result.status).toBe(1)
      expect(result.stderr).toContain('converted 2 (0 with warnings), failed 1')
      expect(readdirSync(out).sort()).toEqual(['.news-model', 'en', 'meeting.html'])
      expect(readFileSync(join(out, 'en', '2019', 'meeting.html'), 'utf8')).toMatch(
        /^<!DOCTYPE html>/,
      )
      expect(readdirSync(join(out, 'en', '2019'))).toEqual(['meeting.html'])
    })

    it('exits 1 when the output folder cannot be written', () => {
      const folder = mkdtempSync(join(tmpdir(), 'news-model-'))
      const blocker = join(folder, 'file')
      writeFileSync(blocker, 'not a folder')
      const result = cli(['convert', examples, '--out', join(blocker, 'out'), '--to', 'json'])
      expect(result.status).toBe(1)
      expect(result.stderr).toContain('cannot be made')
    })

    it('exits 1 when the input is not a folder', () => {
      expect(
        cli(['convert', join(examples, 'annual-meeting.txt'), '--out', tmpdir()]).stderr,
      ).toContain('is a file, expected a folder')
    })
  })

  describe('an interrupted convert', () => {
    it.each([
      ['SIGINT', 130],
      ['SIGTERM', 143],
    ] as const)(
      'on %s removes its temporary files, records every file it wrote, and exits %i',
      async (signal, code) => {
        const folder = mkdtempSync(join(tmpdir(), 'news-model-'))
        const input = join(folder, 'in')
        mkdirSync(input)
        for (let i = 0; i < 400; i++) {
          writeFileSync(join(input, `a${i}.md`), `---\ntitle: Article number ${i}\n---\n\nText.\n`)
        }
        const out = join(folder, 'out')
        const child = spawn(process.execPath, [bin, 'convert', input, '--out', out, '--verbose'])
        // The 50th file read says the run is well under way: stop it then.
        let seen = 0
        child.stderr.on('data', (chunk: Buffer) => {
          seen += chunk.toString().split('read as utf-8').length - 1
          if (seen >= 50 && !child.killed) child.kill(signal)
        })
        const status = await new Promise((resolve) => child.on('close', resolve))
        expect(status).toBe(code)
        const written = readdirSync(out).filter((name) => name.endsWith('.html'))
        expect(readdirSync(out).filter((name) => name.includes('tmp'))).toEqual([])
        expect(written.length).toBeGreaterThan(0)
        expect(written.length).toBeLessThan(400)
        const manifest = manifestOf(out)
        expect(
          manifest.pages
            .flatMap((page: { outputs: Array<{ path: string }> }) =>
              page.outputs.map((entry) => entry.path),
            )
            .sort(),
        ).toEqual(written.sort())
      },
    )

    it('killed outright, leaves its record of every hundred files written', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'news-model-'))
      const input = join(folder, 'in')
      mkdirSync(input)
      for (let i = 0; i < 400; i++) {
        writeFileSync(join(input, `a${i}.md`), `---\ntitle: Article number ${i}\n---\n\nText.\n`)
      }
      const out = join(folder, 'out')
      const child = spawn(process.execPath, [bin, 'convert', input, '--out', out, '--verbose'])
      let seen = 0
      child.stderr.on('data', (chunk: Buffer) => {
        seen += chunk.toString().split('read as utf-8').length - 1
        if (seen >= 250 && !child.killed) child.kill('SIGKILL')
      })
      await new Promise((resolve) => child.on('close', resolve))
      const manifest = manifestOf(out)
      const outputs: Array<{ path: string; sha256: string }> = manifest.pages.flatMap(
        (page: { outputs: unknown[] }) => page.outputs,
      )
      expect(outputs.length).toBeGreaterThanOrEqual(100)
      expect(outputs.length).toBeLessThan(400)
      for (const entry of outputs) {
        const bytes = readFileSync(join(out, entry.path))
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256)
      }
    })
  })

  it('stops printing quietly when the reader closes standard output early', () => {
    const folder = mkdtempSync(join(tmpdir(), 'news-model-pipe-'))
    const page = join(folder, 'page.txt')
    const paragraphs = Array.from(
      { length: 3000 },
      (_, index) => `Paragraph ${index} of the chamber's report runs on for a while.`,
    )
    writeFileSync(page, ['Chamber Opens a New Office', 'By Jane Doe', ...paragraphs].join('\n\n'))
    const result = spawnSync(
      'bash',
      [
        '-c',
        '"$0" "$1" parse --provenance "$2" | head -n 1; echo "status $PIPESTATUS" >&2',
        process.execPath,
        bin,
        page,
      ],
      { cwd: root, encoding: 'utf8' },
    )
    expect(result.stdout.split('\n')[0]).toContain('headline')
    expect(result.stderr).not.toContain('EPIPE')
    expect(result.stderr).toContain('status 0')
  })
})
