import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { describe, expect, it } from 'vitest'
import { parseJson, parseMarkdown, parseText } from '../../../src/index.js'
import { parseErrorOf } from '../../_lib/parse-error.js'
import { encode } from './encode-legacy.js'

// Invented inputs: a page with a hit counter and a footer menu (two infos), a Markdown
// file with an unknown key (a warning), JSON cut short (an error).
const page = [
  'Home>News Content',
  '',
  'Chamber Opens New Office',
  '',
  'Source:CCCME Add Time:2014-10-13 00:00:00 Hits:12',
  '',
  'The chamber opened an office in Beijing on Monday.',
  '',
  'Contact Us | Sitemap',
  '',
].join('\n')
const markdown =
  '---\ntitle: Chamber Opens New Office\ndate: 2014-10-13\nnickname: CCCME\n---\n\nThe chamber opened an office.\n'
const brokenJson = '{"type": "NewsArticle"'

// What vfile-reporter and remark-cli read of a message.
function fields(file: VFile) {
  return file.messages.map((m) => ({
    file: m.file,
    reason: m.reason,
    line: m.line,
    column: m.column,
    place: m.place,
    ruleId: m.ruleId,
    source: m.source,
    fatal: m.fatal,
  }))
}

describe('a VFile as the first argument of a parser', () => {
  it('reads the value of a vfile as parseMarkdown reads the same string', () => {
    const file = new VFile({ path: 'news/office.md', value: markdown })
    expect(parseMarkdown(file)).toEqual(parseMarkdown(markdown))
  })

  it('reads the value of a vfile as parseText and parseJson read the same string', () => {
    expect(parseText(new VFile({ value: page }))).toEqual(parseText(page))
    const json = JSON.stringify(parseMarkdown(markdown).article)
    expect(parseJson(new VFile({ value: json }))).toEqual(parseJson(json))
  })

  it('puts a warning of parseMarkdown on the file with its place, rule, source and path', () => {
    const file = new VFile({ path: 'news/office.md', value: markdown })
    parseMarkdown(file)
    expect(fields(file)).toEqual([
      {
        file: 'news/office.md',
        reason: 'nickname: unknown key',
        line: 4,
        column: 1,
        place: {
          start: { line: 4, column: 1, offset: 53 },
          end: { line: 4, column: 9, offset: 61 },
        },
        ruleId: 'unknown-key',
        source: 'news-model',
        fatal: false,
      },
    ])
    expect(markdown.slice(53, 61)).toBe('nickname')
    expect(file.messages[0]?.url).toBe(
      'https://github.com/cccme/news-model/blob/main/docs/rules.md#unknown-key',
    )
  })

  it('puts infos of parseText on the file as messages that are neither fatal nor warnings', () => {
    const file = new VFile({ path: 'office.txt', value: page })
    const { diagnostics } = parseText(file)
    expect(diagnostics.map((d) => d.severity)).toEqual(['info', 'info'])
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column, m.fatal])).toEqual([
      ['ignored-label', 5, 43, undefined],
      ['site-furniture', 9, 1, undefined],
    ])
    expect(file.messages.map((m) => m.actual)).toEqual(['Hits: 12', 'Contact Us | Sitemap'])
  })

  it('decodes a Uint8Array value as it decodes bytes given directly', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${markdown}`)
    const file = new VFile({ path: 'office.md', value: bytes })
    const result = parseMarkdown(file)
    expect(result).toEqual(parseMarkdown(bytes))
    expect(result.article.headline).toBe('Chamber Opens New Office')
    expect(file.messages.map((m) => [m.ruleId, m.line])).toEqual([['unknown-key', 4]])
  })

  it('puts the diagnostics of a thrown ArticleParseError on the file, the fatal one too', () => {
    const file = new VFile({ path: 'broken.json', value: brokenJson })
    const error = parseErrorOf(() => parseJson(file))
    expect(error.file).toBe('broken.json')
    expect(error.message).toContain('broken.json:1:23: error')
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column, m.fatal, m.file])).toEqual([
      ['invalid-json', 1, 23, true, 'broken.json'],
    ])
  })

  it('puts every diagnostic of a rejected Markdown file on it, errors fatal and warnings not', () => {
    const file = new VFile({
      path: 'office.md',
      value: markdown.replace('2014-10-13', '2014-02-30'),
    })
    expect(() => parseMarkdown(file)).toThrow(/office\.md:3:7: error/)
    expect(file.messages.map((m) => [m.ruleId, m.line, m.fatal])).toEqual([
      ['impossible-date', 3, true],
      ['unknown-key', 4, false],
    ])
  })

  it('puts the diagnostics of reading bytes (the encoding guessed) on the file', () => {
    // GBK bytes of a Chinese page, with no declared charset.
    const zh = readFileSync(
      new URL('../../fixtures/encodings/zh-hans.txt', import.meta.url),
      'utf8',
    )
    const gbk = encode(zh, 'gbk')
    const file = new VFile({ path: 'meeting.txt', value: gbk })
    const { article, diagnostics } = parseText(file)
    expect(article.headline).toBe(parseText(zh).article.headline)
    expect(diagnostics.some((d) => d.ruleId === 'detected-encoding')).toBe(true)
    expect(file.messages.map((m) => m.ruleId)).toEqual(diagnostics.map((d) => d.ruleId))
  })

  it('adds nothing to the file when there is nothing to say', () => {
    const file = new VFile({ value: '---\ntitle: Chamber Opens New Office\n---\n\nText.\n' })
    parseMarkdown(file)
    expect(file.messages).toEqual([])
  })

  it('names the file by the `file` option when one is given, not by the path', () => {
    const file = new VFile({ path: 'on-disk.json', value: brokenJson })
    const error = parseErrorOf(() => parseJson(file, { file: 'shown.json' }))
    expect(error.file).toBe('shown.json')
    expect(file.messages[0]?.file).toBe('on-disk.json')
  })

  it('leaves the file as it was when an option is bad, and throws the TypeError at once', () => {
    const file = new VFile({ path: 'office.md', value: markdown })
    expect(() => parseMarkdown(file, { strict: 'yes' as never })).toThrow(TypeError)
    expect(file.messages).toEqual([])
  })

  it('throws a TypeError naming the value of a vfile that holds no text', () => {
    expect(() => parseMarkdown(new VFile({ path: 'empty.md' }))).toThrow(
      new TypeError('Invalid `markdown.value` nothing: expected a string or bytes (a Uint8Array)'),
    )
    expect(() => parseText(new VFile({ value: 42 as never }))).toThrow(/`text\.value` 42/)
  })

  it('takes an object with a value but no messages for what it is: not a vfile', () => {
    expect(() => parseJson({ value: brokenJson } as never)).toThrow(TypeError)
    expect(() => parseJson({ value: brokenJson } as never)).toThrow(/Invalid `json`/)
  })

  it('gives vfile-reporter what it prints for any other message', () => {
    const file = new VFile({ path: 'news/office.md', value: markdown })
    parseMarkdown(file)
    expect(reporter(file, { color: false })).toMatchInlineSnapshot(`
      "news/office.md
      4:1-4:9 warning nickname: unknown key unknown-key news-model

      ⚠ 1 warning"
    `)
  })
})
