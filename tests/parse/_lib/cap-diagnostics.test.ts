import { describe, expect, it } from 'vitest'
import {
  capDiagnostics,
  createDiagnosticTally,
  maxDiagnosticsPerRule,
} from '../../../src/parse/_lib/cap-diagnostics.js'
import { diagnose } from '../../../src/parse/_lib/diagnose.js'
import type { Diagnostic, RuleId, Severity } from '../../../src/schema/diagnostic.js'
import { formatDiagnostic } from '../../../src/schema/index.js'

// A diagnostic on line `line`, its span starting at offset line * 10.
function at(line: number, ruleId: RuleId = 'unknown-key', severity: Severity = 'error') {
  const start = { line, column: 3, offset: line * 10 }
  const end = { line, column: 8, offset: line * 10 + 5 }
  return diagnose(ruleId, severity, { ...start, place: { start, end } }, { actual: `k${line}` })
}

function lines(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => formatDiagnostic(d, { file: 'a.json' }))
}

describe('capDiagnostics', () => {
  it('keeps the first of each rule and counts the rest at the first left out', () => {
    const input = [at(1), at(2), at(3, 'invalid-value'), at(4), at(5), at(6, 'invalid-value')]
    expect(lines(capDiagnostics(input, { maxPerRule: 2 }))).toMatchInlineSnapshot(`
      [
        "a.json:1:3: error k1: unknown key [unknown-key]",
        "a.json:2:3: error k2: unknown key [unknown-key]",
        "a.json:3:3: error expected a valid value, found k3 [invalid-value]",
        "a.json:4:3: error Left out 2 more diagnostics of unknown-key [repeated-diagnostic]",
        "a.json:6:3: error expected a valid value, found k6 [invalid-value]",
      ]
    `)
  })

  it('gives the count its rule id, the place of the first left out and a number as actual', () => {
    const [, count] = capDiagnostics([at(1), at(7), at(9)], { maxPerRule: 1 })
    expect(count).toEqual({
      severity: 'error',
      message: 'Left out 2 more diagnostics of unknown-key',
      line: 7,
      column: 3,
      place: at(7).place,
      ruleId: 'repeated-diagnostic',
      source: 'news-model',
      actual: '2',
      expected: 'unknown-key',
    })
  })

  it('makes the count as serious as the most serious diagnostic it stands for', () => {
    const input = [
      at(1, 'control-character', 'info'),
      at(2, 'control-character', 'info'),
      at(3, 'control-character', 'warning'),
      at(4, 'control-character', 'info'),
    ]
    const capped = capDiagnostics(input, { maxPerRule: 1 })
    expect(capped.map((d) => [d.ruleId, d.severity])).toEqual([
      ['control-character', 'info'],
      ['repeated-diagnostic', 'warning'],
    ])
  })

  it('returns an equal copy when no rule has more than its share', () => {
    const input = [at(1), at(2, 'invalid-value')]
    const capped = capDiagnostics(input)
    expect(capped).toEqual(input)
    expect(capped).not.toBe(input)
  })

  it(`lists ${maxDiagnosticsPerRule} of a rule by default`, () => {
    const input = Array.from({ length: 4000 }, (_, index) => at(index + 1))
    const capped = capDiagnostics(input)
    expect(capped).toHaveLength(maxDiagnosticsPerRule + 1)
    expect(capped[maxDiagnosticsPerRule]).toMatchObject({
      ruleId: 'repeated-diagnostic',
      line: maxDiagnosticsPerRule + 1,
      actual: String(4000 - maxDiagnosticsPerRule),
    })
  })

  it('lists everything with Infinity and counts everything with 0', () => {
    const input = [at(1), at(2), at(3)]
    expect(capDiagnostics(input, { maxPerRule: Number.POSITIVE_INFINITY })).toEqual(input)
    expect(lines(capDiagnostics(input, { maxPerRule: 0 }))).toEqual([
      'a.json:1:3: error Left out 3 more diagnostics of unknown-key [repeated-diagnostic]',
    ])
  })

  it('never counts counts', () => {
    const count = diagnose('repeated-diagnostic', 'error', { line: 1, column: 1 })
    expect(capDiagnostics([count, count], { maxPerRule: 1 })).toEqual([count, count])
  })

  it.each([-1, 1.5, Number.NaN, '3'])('throws a RangeError for maxPerRule %j', (maxPerRule) => {
    expect(() => capDiagnostics([], { maxPerRule: maxPerRule as number })).toThrow(
      /^Invalid `maxPerRule` .+: expected a whole number from 0, or Infinity$/,
    )
    expect(() => capDiagnostics([], { maxPerRule: maxPerRule as number })).toThrow(RangeError)
  })
})

describe('createDiagnosticTally', () => {
  it('makes only the diagnostics it lists and the first it leaves out', () => {
    const tally = createDiagnosticTally({ maxPerRule: 2 })
    const made: number[] = []
    for (let line = 1; line <= 1000; line++) {
      tally.add('control-character', 'warning', () => {
        made.push(line)
        return at(line, 'control-character', 'warning')
      })
    }
    expect(made).toEqual([1, 2, 3])
    expect(lines(tally.list()).at(-1)).toBe(
      'a.json:3:3: warning Left out 998 more diagnostics of control-character [repeated-diagnostic]',
    )
  })
})
