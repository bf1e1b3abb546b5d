import { describe, expect, it } from 'vitest'
import { diagnosticRange } from '../../playground/src/diagnostic-range.js'
import { parseText } from '../../src/parse/index.js'
import type { Diagnostic } from '../../src/schema/index.js'

const located = (line: number, column: number): Diagnostic => ({
  severity: 'info',
  message: 'm',
  line,
  column,
  ruleId: 'site-furniture',
  source: 'news-model',
})

describe('diagnosticRange', () => {
  it("selects a diagnostic's span: the impossible date of a meta line", () => {
    const text =
      'Office Opens\n\nSource:Chamber Add Time:2014-13-45 10:00:00\n\n The office opened.'
    const [date] = parseText(text).diagnostics
    if (!date) throw new Error('expected a diagnostic')
    const { start, end } = diagnosticRange(text, date)
    expect(text.slice(start, end)).toBe('2014-13-45 10:00:00')
  })

  it('selects from the line and column to the end of the line when there is no span', () => {
    const text = 'first\nsecond line\nthird'
    const { start, end } = diagnosticRange(text, located(2, 8))
    expect(text.slice(start, end)).toBe('line')
  })

  it('stays inside the text for a place past its end', () => {
    expect(diagnosticRange('one', located(9, 1))).toEqual({ start: 3, end: 3 })
  })
})
