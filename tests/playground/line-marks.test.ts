import { describe, expect, it } from 'vitest'
import { markedLines } from '../../playground/src/line-marks.js'
import type { Diagnostic, SourcePoint } from '../../src/schema/index.js'

function at(line: number, column: number): SourcePoint {
  return { line, column, offset: 0 }
}

function diagnostic(
  severity: Diagnostic['severity'],
  start: SourcePoint,
  end?: SourcePoint,
): Diagnostic {
  return {
    severity,
    message: 'm',
    line: start.line,
    column: start.column,
    ...(end ? { place: { start, end } } : {}),
    ruleId: 'site-furniture',
    source: 'news-model',
  }
}

describe('markedLines', () => {
  it('marks the line of a diagnostic with no span', () => {
    expect(markedLines([diagnostic('info', at(3, 2))])).toEqual(new Map([[3, 'info']]))
  })

  it('marks every line of a span, but not a last line the span ends before', () => {
    expect([...markedLines([diagnostic('warning', at(2, 4), at(4, 3))]).keys()]).toEqual([2, 3, 4])
    expect([...markedLines([diagnostic('warning', at(2, 4), at(4, 1))]).keys()]).toEqual([2, 3])
  })

  it('shows the most serious severity of a line, whatever the order', () => {
    const line = [diagnostic('info', at(1, 1)), diagnostic('error', at(1, 5))]
    expect(markedLines(line).get(1)).toBe('error')
    expect(markedLines([...line].reverse()).get(1)).toBe('error')
    expect(
      markedLines([diagnostic('warning', at(1, 1)), diagnostic('info', at(1, 2))]).get(1),
    ).toBe('warning')
  })
})
