import { describe, expect, it } from 'vitest'
import { visibleText } from '../../../src/node/report/visible-text.js'

describe('visibleText', () => {
  it.each([
    ['plain text', 'plain text'],
    ['tab\tkept', 'tab\tkept'],
    ['nul\0', 'nul␀'],
    ['escape\x1B[31m', 'escape␛[31m'],
    ['new\nline', 'new␊line'],
    ['del\x7F', 'del␡'],
    ['c1\x85', 'c1[U+0085]'],
    ['a\u202Etxt.exe', 'a[U+202E]txt.exe'],
    ['isolate\u2066x\u2069', 'isolate[U+2066]x[U+2069]'],
    ['nonchar\uFFFF', 'nonchar[U+FFFF]'],
    ['half\uD800', 'half\uFFFD'],
    ['\uDC00half', '\uFFFDhalf'],
    ['pair 😀 kept', 'pair 😀 kept'],
    ['中文 kept', '中文 kept'],
  ])('shows %j as %j', (value, shown) => {
    expect(visibleText(value)).toBe(shown)
  })
})
