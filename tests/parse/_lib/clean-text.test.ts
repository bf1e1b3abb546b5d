import { describe, expect, it } from 'vitest'
import { cleanText, maxCharacterDiagnostics } from '../../../src/parse/_lib/clean-text.js'

describe('cleanText', () => {
  it('leaves a text without control characters as it is', () => {
    const text = 'Tab\there,\r\nlines\rand 中文 😀'
    const clean = cleanText(text)
    expect(clean.text).toBe(text)
    expect(clean.diagnostics).toEqual([])
    expect(clean.originalOffset(5)).toBe(5)
  })

  it('removes C0 and C1 controls and DEL, keeping tab and line ends', () => {
    const text = 'a\u0000b\u0007c\u001bd\u007fe\u0085f\u009fg\th\ni\rj'
    expect(cleanText(text).text).toBe('abcdefg\th\ni\rj')
  })

  it('reports each run once, at its place, as a warning', () => {
    const clean = cleanText('first\nab\u0000\u0000\u0000cd\u001b')
    expect(
      clean.diagnostics.map(({ line, column, place, message }) => ({
        line,
        column,
        end: place?.end.column,
        message,
      })),
    ).toEqual([
      {
        line: 2,
        column: 3,
        end: 6,
        message: 'Removed U+0000 and 2 more: control characters are not text',
      },
      { line: 2, column: 8, end: 9, message: 'Removed U+001B: control characters are not text' },
    ])
    expect(clean.diagnostics.every((d) => d.severity === 'warning')).toBe(true)
  })

  it('maps offsets of the clean text back to the original', () => {
    const original = 'ab\u0000\u0000cd\u0001e'
    const clean = cleanText(original)
    expect(clean.text).toBe('abcde')
    for (const [index, char] of [...clean.text].entries()) {
      expect(original[clean.originalOffset(index)]).toBe(char)
    }
  })

  it('replaces a lone surrogate by U+FFFD and keeps pairs', () => {
    const clean = cleanText('a\uD800b\uDC00c😀')
    expect(clean.text).toBe('a\uFFFDb\uFFFDc😀')
    expect(clean.diagnostics.map((d) => [d.ruleId, d.column, d.actual])).toEqual([
      ['lone-surrogate', 2, 'U+D800'],
      ['lone-surrogate', 4, 'U+DC00'],
    ])
  })

  it('caps the diagnostics of a text full of scattered controls, in linear time', () => {
    const text = 'a\u0000'.repeat(500_000)
    const start = performance.now()
    const clean = cleanText(text)
    expect(performance.now() - start).toBeLessThan(3000)
    expect(clean.text).toBe('a'.repeat(500_000))
    expect(clean.diagnostics).toHaveLength(maxCharacterDiagnostics + 1)
    expect(clean.diagnostics.at(-1)).toMatchObject({
      ruleId: 'repeated-diagnostic',
      actual: String(500_000 - maxCharacterDiagnostics),
      expected: 'control-character',
    })
  })

  it('reports a million NULs in a row as one run', () => {
    const clean = cleanText(`x${'\u0000'.repeat(1_000_000)}y`)
    expect(clean.text).toBe('xy')
    expect(clean.diagnostics).toHaveLength(1)
    expect(clean.diagnostics[0]?.actual).toBe('U+0000 and 999999 more')
  })
})

describe('cleanText and byte order marks', () => {
  it('keeps a leading U+FEFF, so that offsets still match the text given', () => {
    const clean = cleanText('\uFEFF{"a":\u00001}')
    expect(clean.text).toBe('\uFEFF{"a":1}')
    expect(clean.diagnostics[0]).toMatchObject({ line: 1, column: 7 })
  })
})
