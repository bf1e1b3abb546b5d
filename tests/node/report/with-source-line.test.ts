import { describe, expect, it } from 'vitest'
import { longestSourceLine, withSourceLine } from '../../../src/node/report/with-source-line.js'
import type { Diagnostic } from '../../../src/schema/diagnostic.js'

function at(line: number, column: number): Diagnostic {
  return {
    severity: 'warning',
    message: 'm',
    line,
    column,
    ruleId: 'unused-date',
    source: 'news-model',
  }
}

describe('withSourceLine', () => {
  const lines = ['Headline', 'Printed: 2019-03-04', '']

  it('gives a diagnostic its whole line', () => {
    expect(withSourceLine(at(2, 10), lines)).toEqual({
      ...at(2, 10),
      sourceLine: 'Printed: 2019-03-04',
    })
  })

  it('gives an empty line as it is', () => {
    expect(withSourceLine(at(3, 1), lines).sourceLine).toBe('')
  })

  it('leaves a diagnostic whose line is not in the text as it is', () => {
    expect(withSourceLine(at(9, 1), lines)).toEqual(at(9, 1))
  })

  it('keeps a line of the longest length whole', () => {
    const line = 'x'.repeat(longestSourceLine)
    expect(withSourceLine(at(1, 900), [line])).toEqual({ ...at(1, 900), sourceLine: line })
  })

  it('cuts a long line around the column and says where the part starts', () => {
    const line = `${'a'.repeat(5000)}HERE${'b'.repeat(5000)}`
    const result = withSourceLine(at(1, 5001), [line])
    expect(result.sourceLine).toHaveLength(longestSourceLine)
    expect(result.sourceColumn).toBe(4701)
    const { sourceLine = '', sourceColumn = 1 } = result
    expect(sourceLine.slice(5001 - sourceColumn, 5005 - sourceColumn)).toBe('HERE')
  })

  it('cuts the start of a long line without a column to say', () => {
    const line = `HERE${'b'.repeat(5000)}`
    const result = withSourceLine(at(1, 1), [line])
    expect(result.sourceLine).toBe(line.slice(0, longestSourceLine))
    expect(result).not.toHaveProperty('sourceColumn')
  })

  it('keeps the end of a long line when the column is near it', () => {
    const line = `${'a'.repeat(5000)}END`
    const result = withSourceLine(at(1, 5001), [line])
    expect(result.sourceLine?.endsWith('aEND')).toBe(true)
    expect(result.sourceColumn).toBe(line.length - longestSourceLine + 1)
  })
})
