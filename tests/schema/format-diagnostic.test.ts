import { describe, expect, it } from 'vitest'
import { type Diagnostic, formatDiagnostic } from '../../src/index.js'

const source = 'title: A\ndate: next Tuesday\n'

function at(line: number, column: number, end?: { line: number; column: number }): Diagnostic {
  const diagnostic: Diagnostic = {
    severity: 'error',
    message: 'Expected a date',
    line,
    column,
    ruleId: 'unparsed-date',
    source: 'news-model',
  }
  if (end) {
    const offset = (l: number, c: number) => (l === 1 ? c - 1 : 9 + c - 1)
    diagnostic.place = {
      start: { line, column, offset: offset(line, column) },
      end: { ...end, offset: offset(end.line, end.column) },
    }
  }
  return diagnostic
}

describe('formatDiagnostic with the source', () => {
  it('marks the span of the place under the line', () => {
    expect(formatDiagnostic(at(2, 7, { line: 2, column: 19 }), { source })).toBe(
      '<input>:2:7: error Expected a date [unparsed-date]\ndate: next Tuesday\n      ^^^^^^^^^^^^',
    )
  })

  it('marks to the end of the line a span that goes on, and one caret without a place', () => {
    expect(formatDiagnostic(at(1, 8, { line: 2, column: 3 }), { source }).split('\n')[2]).toBe(
      '       ^',
    )
    expect(formatDiagnostic(at(2, 1, { line: 3, column: 1 }), { source }).split('\n')[2]).toBe(
      '^'.repeat(18),
    )
    expect(formatDiagnostic(at(2, 7), { source }).split('\n')[2]).toBe('      ^')
  })

  it('marks one caret for an empty span', () => {
    expect(formatDiagnostic(at(2, 7, { line: 2, column: 7 }), { source }).split('\n')[2]).toBe(
      '      ^',
    )
  })
})
