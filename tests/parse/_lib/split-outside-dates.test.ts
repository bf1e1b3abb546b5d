import { describe, expect, it } from 'vitest'
import { splitOutsideDates } from '../../../src/parse/_lib/split-outside-dates.js'

describe('splitOutsideDates', () => {
  it('keeps a time joined to its date by a bar with the date', () => {
    expect(splitOutsideDates('Business | June 3, 2021 | 8:05pm | Print', '|｜')).toEqual([
      'Business ',
      ' June 3, 2021 | 8:05pm ',
      ' Print',
    ])
  })

  it('splits at every separator of a text without dates', () => {
    expect(splitOutsideDates('a|b｜c', '|｜')).toEqual(['a', 'b', 'c'])
    expect(splitOutsideDates('no separator', '|')).toEqual(['no separator'])
  })

  it('splits at separators side by side and at both ends, of either width', () => {
    expect(splitOutsideDates('|a||b｜', '|｜')).toEqual(['', 'a', '', 'b', ''])
    expect(splitOutsideDates('｜June 3, 2021 | 8:05pm|', '|｜')).toEqual([
      '',
      'June 3, 2021 | 8:05pm',
      '',
    ])
  })

  it('splits between two dates', () => {
    expect(splitOutsideDates('2021-06-03 | 2021-06-04', '|')).toEqual([
      '2021-06-03 ',
      ' 2021-06-04',
    ])
  })
})
