import { describe, expect, it } from 'vitest'
import {
  type Diagnostic,
  defaultMaxInputLength,
  parseJson,
  parseMarkdown,
  parseText,
} from '../../../src/index.js'
import { createLineCounter } from '../../../src/parse/_lib/line-counter.js'
import { readInput } from '../../../src/parse/_lib/read-input.js'
import { parseErrorOf } from '../../_lib/parse-error.js'

const page =
  'Home>News Content\n\nChamber Opens New Office\n\nSource:CCCME Add Time:2014-10-13 00:00:00\n\nThe chamber opened an office.'

describe('control characters in the parsers', () => {
  it('keeps them out of the article of parseText, with a warning at their place', () => {
    const { article, diagnostics } = parseText(
      page.replace('Chamber Opens', 'Cham\u0000ber\u001b Opens'),
    )
    expect(article.headline).toBe('Chamber Opens New Office')
    expect(JSON.stringify(article)).not.toMatch(/\\u00(00|1b)/i)
    expect(diagnostics.filter((d) => d.ruleId === 'control-character')).toMatchObject([
      { line: 3, column: 5, severity: 'warning' },
      { line: 3, column: 9, severity: 'warning' },
    ])
  })

  it('gives a diagnostic after a removed NUL on the same line its original column', () => {
    // parseText places the impossible date where it is printed: two columns further
    // in the text given, which holds the two NULs before it.
    const line = '  \u0000\u0000Source:CCCME Add Time:2014-10-13 00:00:00 Updated: 2014-02-30'
    const plain = parseText(page.replace(/Source.*00:00:00/, line.replaceAll('\u0000', '')))
    const dirty = parseText(page.replace(/Source.*00:00:00/, line))
    const impossible = (d: { ruleId: string }) => d.ruleId === 'impossible-date'
    const column = line.replaceAll('\u0000', '').indexOf('2014-02-30') + 1
    expect(plain.diagnostics.find(impossible)).toMatchObject({ line: 5, column })
    expect(dirty.diagnostics.find(impossible)).toMatchObject({ line: 5, column: column + 2 })
    expect(dirty.diagnostics.find((d) => d.ruleId === 'control-character')).toMatchObject({
      line: 5,
      column: 3,
      place: { start: { column: 3, offset: 47 }, end: { column: 5, offset: 49 } },
    })
    expect(dirty.article).toEqual(plain.article)
  })

  it('points a parseJson error after a NUL at the column of the text given', () => {
    const json = '{"type":"NewsArticle",\u0000\u0000"headline":5}'
    const error = parseErrorOf(() => parseJson(json))
    const headline = error.diagnostics.find((d) => d.message.startsWith('headline'))
    expect(headline).toMatchObject({ line: 1, column: 36 })
    expect(json.slice(35, 36)).toBe('5')
    expect(error.diagnostics.some((d) => d.ruleId === 'control-character')).toBe(true)
  })

  it('points a parseMarkdown error after a NUL at the column of the text given', () => {
    const markdown = '---\ntitle: \u0007Hi\ndate: 2014-02-30\n---\n\nText.'
    const error = parseErrorOf(() => parseMarkdown(markdown))
    expect(
      error.diagnostics.find((d) => d.ruleId === 'impossible-date' || d.ruleId === 'unparsed-date'),
    ).toMatchObject({ line: 3, column: 7 })
    expect(error.diagnostics.find((d) => d.ruleId === 'control-character')).toMatchObject({
      line: 2,
      column: 8,
    })
  })

  it('removes controls from a Markdown body', () => {
    const { article } = parseMarkdown('---\ntitle: Hi\n---\n\nA\u0000B\u0085C')
    expect(JSON.stringify(article.body)).toContain('"ABC"')
  })
})

describe('maxInputLength', () => {
  it('is 10 MiB by default', () => {
    expect(defaultMaxInputLength).toBe(10 * 1024 * 1024)
  })

  it.each([
    ['parseText', (input: string | Uint8Array, options: object) => parseText(input, options)],
    [
      'parseMarkdown',
      (input: string | Uint8Array, options: object) => parseMarkdown(input, options),
    ],
    ['parseJson', (input: string | Uint8Array, options: object) => parseJson(input, options)],
  ])('makes %s refuse longer input with input-too-long, before reading it', (_, parse) => {
    const error = parseErrorOf(() =>
      parse('x'.repeat(101), { maxInputLength: 100, file: 'big.txt' }),
    )
    expect(error.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: 'input-too-long',
        severity: 'error',
        message: 'Expected at most 100 characters, found 101 characters',
      }),
    ])
    expect(error.message).toContain('big.txt:1:1')
    const bytes = parseErrorOf(() => parse(new Uint8Array(101), { maxInputLength: 100 }))
    expect(bytes.diagnostics[0]?.message).toBe('Expected at most 100 bytes, found 101 bytes')
  })

  it('refuses input over the default limit at once', () => {
    const huge = ' '.repeat(defaultMaxInputLength + 1)
    const start = performance.now()
    expect(parseErrorOf(() => parseText(huge)).diagnostics[0]?.ruleId).toBe('input-too-long')
    expect(performance.now() - start).toBeLessThan(500)
  })

  it('lets Infinity lift the limit', () => {
    expect(parseText(page, { maxInputLength: Number.POSITIVE_INFINITY }).article.headline).toBe(
      'Chamber Opens New Office',
    )
  })

  it('reads input exactly at the limit', () => {
    expect(parseText(page, { maxInputLength: page.length }).article.headline).toBe(
      'Chamber Opens New Office',
    )
  })
})

describe('invisible characters in parseText', () => {
  it('takes a line of only zero-width characters for an empty line', () => {
    const invisible = '\u200B\u2060\u00AD\u200D'
    const plain = parseText(page)
    const read = parseText(page.replace('\n\nThe chamber', `\n\n${invisible}\n\nThe chamber`))
    expect(read.article).toEqual(plain.article)
  })

  it('takes a page of only invisible characters and NULs for empty', () => {
    const error = parseErrorOf(() => parseText('\u200B\u0000\n\u2060\uFEFF\n\u00AD'))
    expect(error.diagnostics.map((d) => d.ruleId)).toContain('empty-input')
  })
})

describe('readInput().finish', () => {
  const options = { encoding: undefined, maxInputLength: 1000, file: undefined }

  // A parser that says its field `headline` is the word "Office" of the text it gets.
  const parse = (text: string) => {
    const lines = createLineCounter(text)
    const start = text.indexOf('Office')
    const place = { start: lines.pointAt(start), end: lines.pointAt(start + 6) }
    const diagnostics: Diagnostic[] = []
    return { diagnostics, provenance: [{ path: 'headline', rule: 'test', place }] }
  }

  it('moves provenance places past removed control characters to the text given', () => {
    const given = 'A\u0000\u0000 new\n\u001bOffice opens'
    const result = readInput(given, 'text', options).finish(parse)
    const [entry] = result.provenance ?? []
    expect(given.slice(entry?.place.start.offset, entry?.place.end.offset)).toBe('Office')
    expect(entry?.place.start).toEqual({ line: 2, column: 2, offset: 9 })
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual([
      'control-character',
      'control-character',
    ])
  })

  it('leaves provenance as it is in a clean text, and adds none', () => {
    const given = 'A new\nOffice opens'
    expect(readInput(given, 'text', options).finish(parse).provenance?.[0]?.place.start).toEqual({
      line: 2,
      column: 1,
      offset: 6,
    })
    const none = readInput(given, 'text', options).finish(() => ({ diagnostics: [] }))
    expect(none).not.toHaveProperty('provenance')
  })
})
