import { describe, expect, it } from 'vitest'
import { groupByRule } from '../../../src/node/report/group-by-rule.js'
import { diagnosticAt, pageOf } from './sample-report.js'

const line = 'A line of an invented page'

describe('groupByRule', () => {
  it('puts errors first, then the rules with the most diagnostics, then by rule id', () => {
    const pages = [
      pageOf('a.txt', [
        diagnosticAt('unused-date', 1, [1, 2], line),
        diagnosticAt('site-furniture', 2, [1, 2], line),
      ]),
      pageOf('b.txt', [
        diagnosticAt('unused-date', 1, [1, 2], line),
        diagnosticAt('photo-caption', 3, [1, 2], line),
        diagnosticAt('missing-headline', 1, [1, 2], line, 'error'),
      ]),
    ]
    expect(groupByRule(pages, 100).map((group) => [group.ruleId, group.diagnostics])).toEqual([
      ['missing-headline', 1],
      ['unused-date', 2],
      ['photo-caption', 1],
      ['site-furniture', 1],
    ])
  })

  it('lists the pages of a rule in the order of the report, each with its diagnostics of that rule', () => {
    const pages = [
      pageOf('a.txt', [
        diagnosticAt('unused-date', 1, [1, 2], line),
        diagnosticAt('site-furniture', 2, [1, 2], line),
        diagnosticAt('unused-date', 5, [1, 2], line),
      ]),
      pageOf('b.txt', [diagnosticAt('unused-date', 7, [1, 2], line)]),
    ]
    const [group] = groupByRule(pages, 100)
    expect(group?.ruleId).toBe('unused-date')
    expect(group?.pages).toBe(2)
    expect(
      group?.entries.map((entry) => [entry.page.input, entry.diagnostics.map((d) => d.line)]),
    ).toEqual([
      ['a.txt', [1, 5]],
      ['b.txt', [7]],
    ])
  })

  it('takes a rule that gives errors and warnings as serious as its errors', () => {
    const pages = [
      pageOf('a.txt', [diagnosticAt('invalid-value', 1, [1, 2], line, 'warning')]),
      pageOf('b.txt', [diagnosticAt('invalid-value', 1, [1, 2], line, 'error')]),
      pageOf('c.txt', [
        diagnosticAt('unused-date', 1, [1, 2], line),
        diagnosticAt('unused-date', 2, [1, 2], line),
      ]),
    ]
    expect(groupByRule(pages, 100).map((group) => [group.ruleId, group.severity])).toEqual([
      ['invalid-value', 'error'],
      ['unused-date', 'warning'],
    ])
  })

  it('leaves info diagnostics out: a report only counts them', () => {
    const pages = [pageOf('a.txt', [diagnosticAt('detected-encoding', 1, [1, 2], line, 'info')])]
    expect(groupByRule(pages, 100)).toEqual([])
  })

  it('shows the first diagnostics of a rule up to the cap and counts the rest, with their pages', () => {
    const pages = Array.from({ length: 10 }, (_, index) =>
      pageOf(`p${index}.txt`, [
        diagnosticAt('unused-date', 1, [1, 2], line),
        diagnosticAt('unused-date', 2, [1, 2], line),
      ]),
    )
    const [group] = groupByRule(pages, 5)
    // Pages 0 and 1 whole, page 2 with its first diagnostic, pages 3 to 9 not at all.
    expect(group?.entries.map((entry) => [entry.page.input, entry.diagnostics.length])).toEqual([
      ['p0.txt', 2],
      ['p1.txt', 2],
      ['p2.txt', 1],
    ])
    expect(group?.diagnostics).toBe(20)
    expect(group?.pages).toBe(10)
    expect(group?.hiddenDiagnostics).toBe(15)
    expect(group?.hiddenPages).toBe(7)
  })

  it('caps each rule on its own', () => {
    const pages = Array.from({ length: 4 }, (_, index) =>
      pageOf(`p${index}.txt`, [
        diagnosticAt('unused-date', 1, [1, 2], line),
        diagnosticAt('site-furniture', 2, [1, 2], line),
      ]),
    )
    expect(
      groupByRule(pages, 3).map((group) => [
        group.ruleId,
        group.entries.length,
        group.hiddenDiagnostics,
      ]),
    ).toEqual([
      ['site-furniture', 3, 1],
      ['unused-date', 3, 1],
    ])
  })
})
