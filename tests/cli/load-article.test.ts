import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { call, markdownArticle, temporaryFolder, writeFiles } from './call.js'

// 中文商会 (Chinese chamber of commerce) in GBK, the usual encoding of legacy Chinese pages.
const gbkTitle = Uint8Array.from([0xd6, 0xd0, 0xce, 0xc4, 0xc9, 0xcc, 0xbb, 0xe1])
const gbkArticle = Buffer.concat([
  Buffer.from('---\ntitle: '),
  gbkTitle,
  Buffer.from('\n---\n\nText.\n'),
])

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
}

describe('reading bytes', () => {
  it('reads files and standard input as bytes: UTF-16 with a byte-order mark, said with --verbose', async () => {
    const folder = temporaryFolder()
    writeFiles(folder, { 'a.md': utf16le(markdownArticle('商会 News')) })
    const file = await call(['parse', join(folder, 'a.md'), '--verbose'])
    expect(JSON.parse(file.stdout).headline).toBe('商会 News')
    expect(file.stderr).toContain(`${join(folder, 'a.md')}: read as utf-16le (bom)`)
    const stdin = await call(['parse', '-'], { input: utf16le(markdownArticle('商会 News')) })
    expect(JSON.parse(stdin.stdout).headline).toBe('商会 News')
  })

  it('takes a UTF-8 byte-order mark off before telling the format', async () => {
    const input = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(markdownArticle('Marked')),
    ])
    const result = await call(['parse', '-', '--verbose'], { input })
    expect(JSON.parse(result.stdout).headline).toBe('Marked')
    expect(result.stderr).toContain('<stdin>: read as markdown')
  })

  it('reads a GBK page with --encoding gb18030 on every command', async () => {
    const folder = temporaryFolder()
    writeFiles(folder, { 'in/a.md': gbkArticle })
    const encoding = ['--encoding', 'gb18030']
    const parsed = await call(['parse', '-', ...encoding, '--verbose'], { input: gbkArticle })
    expect(JSON.parse(parsed.stdout).headline).toBe('中文商会')
    expect(parsed.stderr).toContain('<stdin>: read as gb18030 (option)')
    const rendered = await call(['render', join(folder, 'in/a.md'), ...encoding])
    expect(rendered.stdout).toContain('中文商会')
    expect((await call(['validate', join(folder, 'in/a.md'), ...encoding])).status).toBe(0)
    await call(['convert', join(folder, 'in'), '--out', join(folder, 'out'), ...encoding])
    expect(readFileSync(join(folder, 'out/a.html'), 'utf8')).toContain('中文商会')
  })

  it('refuses an encoding label it does not know, as a bad command line', async () => {
    const result = await call(['parse', '-', '--encoding', 'klingon'], { input: 'x' })
    expect(result).toMatchObject({ status: 2, stdout: '' })
    expect(result.stderr).toContain('--encoding klingon')
  })

  it('detects a GBK page with no --encoding and says so with --verbose', async () => {
    const body = Buffer.concat(
      Array.from({ length: 40 }, () => Buffer.concat([gbkTitle, Buffer.from('\n\n')])),
    )
    const page = Buffer.concat([gbkTitle, Buffer.from('\n\n'), body])
    const folder = temporaryFolder()
    writeFiles(folder, { 'page.txt': page })
    const result = await call(['parse', join(folder, 'page.txt'), '--verbose'])
    expect(result.stderr).toContain(`${join(folder, 'page.txt')}: read as gb18030 (detected)`)
    expect(JSON.parse(result.stdout).headline).toBe('中文商会')
  })

  it('refuses bytes that are not text with an error naming the file', async () => {
    const folder = temporaryFolder()
    const bytes = Uint8Array.from({ length: 512 }, (_, i) => (i * 151 + 7) % 256)
    writeFiles(folder, { 'in/random.txt': bytes, 'in/b.md': markdownArticle('Beta') })
    const parsed = await call(['parse', join(folder, 'in/random.txt')])
    expect(parsed.status).toBe(1)
    expect(parsed.stderr).toMatch(
      new RegExp(`^${join(folder, 'in/random.txt')}:1:1: error .*\\[binary-input\\]\n$`),
    )
    const converted = await call(['convert', join(folder, 'in'), '--out', join(folder, 'out')])
    expect(converted.stderr).toContain('converted 1 (0 with warnings), failed 1')
  })
})
