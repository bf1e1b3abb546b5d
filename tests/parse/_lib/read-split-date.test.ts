import { describe, expect, it } from 'vitest'
import { toIsoDate } from '../../../src/parse/_lib/date-parts.js'
import { readSplitDate } from '../../../src/parse/_lib/read-split-date.js'

function read(lines: string[]): string | undefined {
  const found = readSplitDate(lines)
  return found && `${toIsoDate(found.parts, 'Asia/Shanghai')} over ${found.lineCount}`
}

describe('readSplitDate', () => {
  it.each([
    [['June 3,', '2021'], '2021-06-03 over 2'],
    [['3', 'Jun 2021'], '2021-06-03 over 2'],
    [['2021年', '6月3日'], '2021-06-03 over 2'],
    [['2021年6月', '3日 10:15'], '2021-06-03T10:15:00+08:00 over 2'],
    [['Thursday', 'June 3', '2021'], '2021-06-03 over 3'],
    [['3', 'June', '2021'], '2021-06-03 over 3'],
    [['June 3,', '2021', 'The chamber met its members.'], '2021-06-03 over 2'],
  ])('reads %j as %s', (lines, expected) => {
    expect(read(lines)).toBe(expected)
  })

  it('gives where the date starts and ends in the lines', () => {
    expect(readSplitDate(['Posted June 3,', '2021 10:15'])).toMatchObject({
      text: 'June 3, 2021 10:15',
      start: { line: 0, offset: 7 },
      end: { line: 1, offset: 10 },
      lineCount: 2,
    })
  })

  it.each([
    [['June 3, 2021', '10:15']],
    [['June 3,', '2021-06-04']],
    [['June 3,', '']],
    [['June 3,']],
    [['June 3,', 'in the year the chamber moved, 2021']],
    [['The meeting on June 3,', 'the chamber said', '2021']],
    [['Chamber', 'News']],
    [['15', 'members']],
  ])('reads no split date in %j', (lines) => {
    expect(readSplitDate(lines)).toBeUndefined()
  })

  it('reads a date only if it starts on the first line', () => {
    expect(readSplitDate(['Home', 'June 3,', '2021'])).toBeUndefined()
  })

  it('asks the caller whether a line is a date by itself, once a line, when told how', () => {
    const asked: number[] = []
    const alone = (line: string, index: number) => {
      asked.push(index)
      return line === '2021'
    }
    // The caller says the year is a date by itself: then no line holds a split date.
    expect(readSplitDate(['June 3,', '2021', 'Home'], {}, alone)).toBeUndefined()
    expect(asked).toEqual([0, 1])
    asked.length = 0
    expect(readSplitDate(['Thursday', 'June 3', '2021'], {}, () => false)).toMatchObject({
      lineCount: 3,
    })
  })

  it('throws a TypeError naming lines for a call without a list of strings', () => {
    expect(() => readSplitDate('June 3, 2021' as unknown as string[])).toThrow(/`lines`/)
    expect(() => readSplitDate([3 as unknown as string, '2021'])).toThrow(TypeError)
  })
})
