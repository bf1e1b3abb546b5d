import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type {
  ArchiveReport,
  ReportDiagnostic,
  ReportPage,
} from '../../../src/node/report/archive-report.js'
import { renderReportHtml, reportJson } from '../../../src/node/report/index.js'
import { visibleText } from '../../../src/node/report/visible-text.js'
import { runs } from '../../_lib/runs.js'
import { elementsOf, readPage, textOf, withClass } from './html-tree.js'

// Any string, including markup, quotes, controls and halves of surrogate pairs.
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('<script>alert(1)</script>', '"><img onerror=x>', 'javascript:x', 'a b#1?'),
)
const count = fc.nat({ max: 1_000_000 })
const severity = fc.constantFrom('error', 'warning', 'info' as const)

const diagnostic: fc.Arbitrary<ReportDiagnostic> = fc
  .record({
    severity: fc.constantFrom('error', 'warning' as const),
    message: anyText,
    line: fc.integer({ min: 1, max: 50 }),
    column: fc.integer({ min: 1, max: 80 }),
    width: fc.nat({ max: 100 }),
    ruleId: fc.constantFrom('unused-date', 'site-furniture', 'missing-headline' as const),
    sourceLine: fc.option(anyText, { nil: undefined }),
  })
  .map(({ width, sourceLine, ...fields }) => ({
    ...fields,
    source: 'news-model' as const,
    place: {
      start: { line: fields.line, column: fields.column, offset: 0 },
      end: { line: fields.line, column: fields.column + width, offset: width },
    },
    ...(sourceLine === undefined ? {} : { sourceLine }),
  }))

const page: fc.Arbitrary<ReportPage> = fc.record({
  input: anyText,
  outputs: fc.array(anyText, { maxLength: 3 }),
  status: fc.constantFrom('converted', 'unchanged', 'failed' as const),
  diagnostics: fc.array(diagnostic, { maxLength: 4 }),
})

const report: fc.Arbitrary<ArchiveReport> = fc.record({
  generator: fc.record({ name: anyText, version: anyText }),
  input: anyText,
  output: anyText,
  totals: fc.record({
    pages: count,
    converted: count,
    unchanged: count,
    failed: count,
    orphaned: count,
    errors: count,
    warnings: count,
    infos: count,
  }),
  byRule: fc.array(fc.record({ rule: anyText, severity, count }), { maxLength: 6 }),
  pages: fc.array(page, { maxLength: 8 }),
})

describe('review report properties', () => {
  it('renders any report as a page with no script, each page name shown as it is', () => {
    fc.assert(
      fc.property(report, fc.integer({ min: 1, max: 5 }), (value, maxPerRule) => {
        const tree = readPage(renderReportHtml(value, { maxPerRule }))
        const elements = elementsOf(tree)
        expect(elements.filter((element) => element.tagName === 'script')).toEqual([])
        const shown = new Set(withClass(tree, 'page-name').map((element) => textOf(element)))
        for (const name of shown) {
          expect(value.pages.some((page) => visibleText(page.input) === name)).toBe(true)
        }
        const diagnostics = withClass(tree, 'diagnostics').flatMap((list) => list.children)
        const flagged = value.pages.flatMap((page) => page.diagnostics)
        expect(diagnostics.length).toBeLessThanOrEqual(
          flagged.length + value.pages.filter((page) => page.status === 'failed').length * 4,
        )
      }),
      { numRuns: runs(100) },
    )
  })

  it('writes JSON that reads back as the same report', () => {
    fc.assert(
      fc.property(report, (value) => {
        const back = JSON.parse(reportJson(value))
        const wellFormed = JSON.parse(JSON.stringify(value))
        expect(back).toEqual(wellFormed)
      }),
      { numRuns: runs(100) },
    )
  })

  it('gives the same bytes for the same report', () => {
    fc.assert(
      fc.property(report, (value) => {
        expect(renderReportHtml(value)).toBe(renderReportHtml(structuredClone(value)))
        expect(reportJson(value)).toBe(reportJson(structuredClone(value)))
      }),
      { numRuns: runs(50) },
    )
  })
})
