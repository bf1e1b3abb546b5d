import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sniffFormat } from '../../src/node/sniff-format.js'
import {
  call,
  markdownArticle,
  markdownWithWarning,
  temporaryFolder,
  textPage,
  writeFiles,
} from './call.js'

const json = JSON.stringify({
  type: 'NewsArticle',
  language: 'en',
  headline: 'From JSON',
  authors: [],
  body: { type: 'root', children: [] },
})

describe('CLI input', () => {
  it.each([
    ['JSON', `  \n${json}`, 'From JSON', 'json (its first character is {)'],
    [
      'front matter',
      markdownArticle('From Markdown'),
      'From Markdown',
      'markdown (its first line is ---',
    ],
    ['a text page', textPage, 'A Meeting of Members', 'text (neither JSON nor front matter)'],
  ])(
    'parse - tells %s apart without --from, and --verbose says which',
    async (_, input, headline, said) => {
      const result = await call(['parse', '-', '--verbose'], { input })
      expect(result.status).toBe(0)
      expect(JSON.parse(result.stdout).headline).toBe(headline)
      expect(result.stderr).toContain(`<stdin>: read as ${said}`)
    },
  )

  it('render - tells the formats apart too', async () => {
    const result = await call(['render', '-'], { input: json })
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('From JSON')
  })

  it('sniffs by the first sign only: a text page that mentions { later is text', () => {
    expect(sniffFormat('Title {x}\n\nText.').format).toBe('text')
    expect(sniffFormat('\uFEFF---\r\ntitle: A\r\n---\r\n').format).toBe('markdown')
    expect(sniffFormat('----\n').format).toBe('text')
  })

  it('validate reads every input format, with --from, --strict and --verbose', async () => {
    const folder = temporaryFolder()
    writeFiles(folder, {
      'a.json': json,
      'b.md': markdownWithWarning,
      'c.txt': textPage,
      page: markdownArticle('No Extension'),
    })
    const files = ['a.json', 'b.md', 'c.txt', 'page'].map((name) => join(folder, name))
    const result = await call(['validate', ...files])
    expect(result.status).toBe(0)
    expect(result.stdout.split('\n').filter(Boolean)).toEqual(files.map((file) => `${file}: valid`))
    expect(result.stderr).toContain('[unknown-key]')
    expect((await call(['validate', '--strict', ...files])).status).toBe(1)
    const verbose = await call(['validate', '--verbose', join(folder, 'c.txt')])
    expect(verbose.stderr).toContain('read as text (its extension .txt)')
    const from = await call(['validate', '--from', 'json', join(folder, 'b.md')])
    expect(from.status).toBe(1)
    expect(from.stderr).toContain('[invalid-json]')
  })

  it('turns --document off with --no-document on render and convert', async () => {
    const folder = temporaryFolder()
    writeFiles(folder, { 'in/a.md': markdownArticle('Alpha') })
    const page = await call(['render', join(folder, 'in/a.md'), '--document'])
    expect(page.stdout).toMatch(/^<!DOCTYPE html>/)
    const fragment = await call(['render', join(folder, 'in/a.md'), '--document', '--no-document'])
    expect(fragment.stdout).toMatch(/^<article /)
    await call(['convert', join(folder, 'in'), '--out', join(folder, 'pages')])
    expect(readFileSync(join(folder, 'pages/a.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/)
    await call(['convert', join(folder, 'in'), '--out', join(folder, 'parts'), '--no-document'])
    expect(readFileSync(join(folder, 'parts/a.html'), 'utf8')).toMatch(/^<article /)
  })

  it('refuses --url with more than one input file, as a bad command line', async () => {
    const folder = temporaryFolder()
    writeFiles(folder, { 'in/a.txt': textPage, 'in/b.txt': textPage })
    const url = ['--url', 'https://example.org/news/1']
    const convert = await call([
      'convert',
      join(folder, 'in'),
      '--out',
      join(folder, 'out'),
      ...url,
    ])
    expect(convert.status).toBe(2)
    expect(convert.stderr).toContain('--url names one page')
    const validate = await call([
      'validate',
      join(folder, 'in/a.txt'),
      join(folder, 'in/b.txt'),
      ...url,
    ])
    expect(validate.status).toBe(2)
    expect((await call(['validate', join(folder, 'in/a.txt'), ...url])).status).toBe(0)
  })

  it('-q silences the summary too', async () => {
    const folder = temporaryFolder()
    writeFiles(folder, { 'in/a.md': markdownWithWarning, 'in/b.jpg': 'x' })
    const result = await call(['convert', join(folder, 'in'), '--out', join(folder, 'out'), '-q'])
    expect(result).toMatchObject({ status: 0, stderr: '' })
  })

  it('prints warnings by default, infos only with --verbose', async () => {
    const page = readFileSync(
      new URL('../../examples/articles/annual-meeting.txt', import.meta.url),
    )
    const normal = await call(['parse', '-', '--from', 'markdown'], { input: markdownWithWarning })
    expect(normal.stderr).toMatch(/^<stdin>:3:1: warning .*\[unknown-key\]\n$/)
    const text = await call(['parse', '-', '--from', 'text'], { input: page })
    expect(text.stderr).not.toContain(' info ')
    const verbose = await call(['parse', '-', '--from', 'text', '--verbose'], { input: page })
    expect(verbose.stderr).toContain(' info ')
  })

  it('makes a library error about an option a bad command line (exit 2)', async () => {
    const result = await call(['parse', '-', '--time-zone', 'Mars/Olympus'], { input: textPage })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('Invalid `timeZone` "Mars/Olympus"')
    expect((await call(['convert', '.', '--out', 'x', '--time-zone', 'Mars/Olympus'])).status).toBe(
      2,
    )
  })
})
