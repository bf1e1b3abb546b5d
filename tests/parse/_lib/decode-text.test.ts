import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeText, parseText } from '../../../src/index.js'
import { parseErrorOf } from '../../_lib/parse-error.js'
import { encode } from './encode-legacy.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/encodings/${name}.txt`, import.meta.url), 'utf8')

// A generator of the same bytes on every run, so that a failure can be replayed.
function randomBytes(length: number, seed: number): Uint8Array {
  let state = seed
  const bytes = new Uint8Array(length)
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff
    bytes[index] = state >> 23
  }
  return bytes
}

describe('decodeText', () => {
  // Each page, written in an encoding without saying so, is read back to its text.
  const detected: Array<[string, string, string]> = [
    ['zh-hans', 'gbk', 'gb18030'],
    ['zh-hans', 'gb18030', 'gb18030'],
    ['zh-hans-rare', 'gb18030', 'gb18030'],
    ['zh-hant', 'gbk', 'gb18030'],
    ['zh-hant', 'big5', 'big5'],
    ['zh-hans', 'utf-16le', 'utf-16le'],
    ['zh-hant', 'utf-16be', 'utf-16be'],
    ['en', 'utf-16le', 'utf-16le'],
    ['ja', 'shift_jis', 'shift_jis'],
    ['ja', 'euc-jp', 'euc-jp'],
    ['ko', 'euc-kr', 'euc-kr'],
    ['ru', 'windows-1251', 'windows-1251'],
    ['ru', 'koi8-r', 'koi8-r'],
    ['fr', 'windows-1252', 'windows-1252'],
  ]

  it.each(detected)('detects %s written in %s as %s, and says it guessed', (name, from, to) => {
    const text = fixture(name)
    const decoded = decodeText(encode(text, from))
    expect(decoded.text).toBe(text)
    expect(decoded.encoding).toBe(to)
    expect(decoded.by).toBe('detected')
    expect(decoded.diagnostics).toHaveLength(1)
    expect(decoded.diagnostics[0]).toMatchObject({
      ruleId: 'detected-encoding',
      line: 1,
      column: 1,
    })
    expect(decoded.diagnostics[0]?.message).toContain(to)
  })

  it('reads an English page from a Chinese site, with a few GBK quotes, as GBK', () => {
    // chardet alone takes these bytes for ISO-8859-1, and the quotes for "¡°".
    const text = `${fixture('en').replace('©', '')}\n“The office is open,” said the chamber.\n`
    const bracketed = `${text}【Print】\n`
    expect(decodeText(encode(bracketed, 'gbk'))).toMatchObject({
      text: bracketed,
      encoding: 'gb18030',
    })
    expect(decodeText(encode(text, 'big5'))).toMatchObject({ text, encoding: 'big5' })
  })

  it('keeps a windows-1252 page with curly quotes and accents in windows-1252', () => {
    const text = `${fixture('en').replace('©', '')}\n“Très bien,” said the café’s owner.\n`
    expect(decodeText(encode(text, 'windows-1252'))).toMatchObject({
      text,
      encoding: 'windows-1252',
    })
  })

  it('reads ASCII text in UTF-16 without a BOM as UTF-16, though it is valid UTF-8', () => {
    const text = fixture('en').replace('©', '(c)')
    expect(decodeText(encode(text, 'utf-16le'))).toMatchObject({ text, encoding: 'utf-16le' })
    expect(decodeText(encode(text, 'utf-16be'))).toMatchObject({ text, encoding: 'utf-16be' })
  })

  it.each([
    ['utf-8', 'utf-8'],
    ['utf-16le', 'utf-16le'],
    ['utf-16be', 'utf-16be'],
  ])('reads a %s byte order mark before anything else, even the option', (from, to) => {
    const text = fixture('zh-hant')
    const decoded = decodeText(encode(text, from, { bom: true }), { encoding: 'big5' })
    expect(decoded).toEqual({ text, encoding: to, by: 'bom', diagnostics: [] })
  })

  it('reads valid UTF-8 without a byte order mark as UTF-8, with no diagnostic', () => {
    const text = fixture('zh-hans')
    expect(decodeText(encode(text, 'utf-8'))).toEqual({
      text,
      encoding: 'utf-8',
      by: 'detected',
      diagnostics: [],
    })
  })

  it('follows the encoding option over a declared charset and detection', () => {
    const text = `<meta charset="big5">\n${fixture('zh-hans')}`
    const decoded = decodeText(encode(text, 'gbk'), { encoding: 'GB2312' })
    expect(decoded).toMatchObject({ text, encoding: 'gb18030', by: 'option', diagnostics: [] })
  })

  it('reads the bytes in the encoding the option names', () => {
    // KOI8-R bytes read as windows-1251 are still Cyrillic letters, but other ones.
    const text = fixture('ru')
    const bytes = encode(text, 'koi8-r')
    expect(decodeText(bytes, { encoding: 'windows-1251' }).text).not.toBe(text)
    expect(decodeText(bytes, { encoding: 'koi8-r' }).text).toBe(text)
  })

  it.each([
    ['<meta charset=gbk>', 'gb18030', 'gbk'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', 'gb18030', 'gbk'],
    ['<?xml version="1.0" encoding="big5"?>', 'big5', 'big5'],
    ['Content-Type: text/plain; charset=Big5', 'big5', 'big5'],
  ])('honours a charset declared as %s', (declaration, name, bytesIn) => {
    // Three characters are too few for detection alone to be sure of.
    const text = `${declaration}\n商會動態`.replace(
      '商會動態',
      bytesIn === 'gbk' ? '商会动态' : '商會動態',
    )
    const decoded = decodeText(encode(text, bytesIn))
    expect(decoded).toEqual({ text, encoding: name, by: 'declared', diagnostics: [] })
  })

  it('reads a page saved again as UTF-8 as UTF-8, whatever its old declaration says', () => {
    const text = `<meta charset="gb2312">\n${fixture('zh-hans')}`
    expect(decodeText(encode(text, 'utf-8')).encoding).toBe('utf-8')
  })

  it('refuses random bytes with a binary-input diagnostic naming the file', () => {
    for (const [length, seed] of [
      [256, 1],
      [4096, 2],
      [65536, 3],
    ] as const) {
      const error = parseErrorOf(() => decodeText(randomBytes(length, seed), { file: 'photo.jpg' }))
      expect(error.diagnostics[0]).toMatchObject({ ruleId: 'binary-input', severity: 'error' })
      expect(error.file).toBe('photo.jpg')
      // At the first character of the reading that is not text, not the file's start.
      const { line, column } = error.diagnostics[0] ?? {}
      expect(error.message).toContain(`photo.jpg:${line}:${column}: error`)
      expect(error.diagnostics[0]?.place?.end.offset).toBe(
        (error.diagnostics[0]?.place?.start.offset ?? 0) + 1,
      )
    }
  })

  it('refuses random bytes even with an encoding given', () => {
    expect(
      parseErrorOf(() => decodeText(randomBytes(4096, 7), { encoding: 'gbk' })).message,
    ).toMatch(/Expected text, found/)
  })

  it('refuses bytes full of NULs, in linear time', () => {
    const nul = new Uint8Array(4 * 1024 * 1024)
    const start = performance.now()
    const error = parseErrorOf(() => decodeText(nul))
    expect(performance.now() - start).toBeLessThan(2000)
    expect(error.diagnostics[0]?.message).toBe('Expected text, found NUL bytes')
  })

  it('refuses text with NUL bytes between its letters, as in a binary file format', () => {
    const bytes = encode('PK\u0003\u0004\u0000\u0000\u0000\u0000header.txt\u0000\u0000', 'utf-8')
    expect(parseErrorOf(() => decodeText(bytes)).diagnostics[0]?.ruleId).toBe('binary-input')
  })

  it('keeps one stray NUL in a long text, for the parsers to remove', () => {
    const text = `${fixture('en')}\u0000`
    expect(decodeText(encode(text, 'utf-8')).text).toBe(text)
  })
})

describe('parseText on bytes', () => {
  it.each([
    ['zh-hans', 'gbk', false],
    ['zh-hans', 'gb18030', false],
    ['zh-hans-rare', 'gb18030', false],
    ['zh-hant', 'big5', false],
    ['zh-hant', 'utf-16le', true],
    ['zh-hant', 'utf-16be', true],
    ['zh-hans', 'utf-8', true],
    ['zh-hans', 'utf-8', false],
    ['en', 'utf-16le', true],
  ] as const)('reads %s in %s (BOM %s) to the article of its UTF-8 text', (name, from, bom) => {
    const text = fixture(name)
    const expected = parseText(text)
    const read = parseText(encode(text, from, { bom }))
    expect(read.article).toEqual(expected.article)
    expect(read.article.language).toBe(name === 'en' ? 'en' : 'zh')
    const guessed = read.diagnostics.filter((d) => d.ruleId === 'detected-encoding')
    expect(guessed).toHaveLength(bom || from === 'utf-8' ? 0 : 1)
  })

  it('refuses random bytes rather than making an article of them', () => {
    expect(() => parseText(randomBytes(2000, 11), { file: 'noise.bin' })).toThrow(
      /noise\.bin:\d+:\d+: error Expected text, found/,
    )
  })
})
