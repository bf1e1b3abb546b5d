import { describe, expect, it } from 'vitest'
import { execAll } from '../../../src/parse/_lib/exec-all.js'

describe('execAll', () => {
  it('gives the matches matchAll gives, with their places and groups', () => {
    const pattern = /(?<year>\d{4})-(?<month>\d{2})/g
    const text = 'from 2014-10 to 2015-03'
    const found = execAll(pattern, text)
    const expected = [...text.matchAll(pattern)]
    expect(found.map((match) => [match.index, match[0], match.groups?.year])).toEqual(
      expected.map((match) => [match.index, match[0], match.groups?.year]),
    )
    expect(pattern.lastIndex).toBe(0)
  })

  it('moves past empty matches, by a whole code point with the u flag', () => {
    expect(execAll(/x*/g, 'ab').map((match) => match.index)).toEqual([0, 1, 2])
    expect(execAll(/x*/gu, 'a😀b').map((match) => match.index)).toEqual([0, 1, 3, 4])
  })

  it('starts from the beginning whatever lastIndex the pattern was left at', () => {
    const pattern = /\d/g
    pattern.lastIndex = 5
    expect(execAll(pattern, '1 2 3').map((match) => match[0])).toEqual(['1', '2', '3'])
  })
})
