import { describe, expect, it } from 'vitest'
import { splitLines, tidy } from '../../../src/parse/text/lines.js'

describe('tidy', () => {
  it.each([
    ['a plain line', 'a plain line'],
    ['  two  spaces  between  words  ', 'two spaces between words'],
    ['a\tb \t c', 'a b c'],
    ['no-break\u00a0and ideographic\u3000spaces', 'no-break and ideographic spaces'],
    ['a \u3000 \u00a0b', 'a b'],
    ['zero\u200bwidth', 'zero width'],
    ['\u200b\u2060\ufeff', ''],
    ['商会  举行\t年会', '商会 举行 年会'],
  ])('tidies %j to %j', (text, expected) => {
    expect(tidy(text)).toBe(expected)
  })

  it('leaves the single spaces of a long line that needs tidying elsewhere', () => {
    const words = Array.from({ length: 200 }, (_, index) => `word${index}`)
    expect(tidy(`${words.join(' ')}\t end`)).toBe(`${words.join(' ')} end`)
  })
})

describe('splitLines', () => {
  it('keeps each line with its number, offset, column and tidied text', () => {
    expect(splitLines('Title\r\n  a  b\n\nend')).toEqual([
      { number: 1, offset: 0, column: 1, raw: 'Title', text: 'Title' },
      { number: 2, offset: 7, column: 3, raw: '  a  b', text: 'a b' },
      { number: 3, offset: 14, column: 1, raw: '', text: '' },
      { number: 4, offset: 15, column: 1, raw: 'end', text: 'end' },
    ])
  })
})
