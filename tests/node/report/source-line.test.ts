import { toHtml } from 'hast-util-to-html'
import { describe, expect, it } from 'vitest'
import type { ReportDiagnostic } from '../../../src/node/report/archive-report.js'
import {
  longestMark,
  sourceContext,
  sourceLineElement,
  spanOnLine,
} from '../../../src/node/report/source-line.js'
import { diagnosticAt } from './sample-report.js'

function at(line: number, column: number, sourceLine?: string): ReportDiagnostic {
  return {
    severity: 'warning',
    message: 'm',
    line,
    column,
    ruleId: 'unused-date',
    source: 'news-model',
    ...(sourceLine === undefined ? {} : { sourceLine }),
  }
}

describe('spanOnLine', () => {
  it('takes the place of a span on the line', () => {
    expect(spanOnLine(diagnosticAt('unused-date', 3, [7, 17], ''), 20)).toEqual({
      start: 6,
      end: 16,
    })
  })

  it('runs to the end of the line when the place goes on past it', () => {
    const diagnostic = diagnosticAt('unused-date', 3, [7, 9], '')
    if (diagnostic.place) diagnostic.place.end = { line: 5, column: 2, offset: 99 }
    expect(spanOnLine(diagnostic, 20)).toEqual({ start: 6, end: 20 })
  })

  it('takes the one character at the column without a place', () => {
    expect(spanOnLine(at(1, 4), 10)).toEqual({ start: 3, end: 4 })
  })

  it('keeps the span inside the line', () => {
    expect(spanOnLine(at(1, 40), 10)).toEqual({ start: 10, end: 10 })
    expect(spanOnLine(diagnosticAt('unused-date', 1, [3, 90], ''), 10)).toEqual({
      start: 2,
      end: 10,
    })
  })
})

describe('sourceLineElement', () => {
  it('marks the span', () => {
    const element = sourceLineElement(
      diagnosticAt('unused-date', 2, [7, 17], 'Today 2019-05-01 here'),
    )
    expect(element && toHtml(element)).toBe(
      '<pre class="source"><code>Today <mark>2019-05-01</mark> here</code></pre>',
    )
  })

  it('shows nothing when there is no source line', () => {
    expect(sourceLineElement(at(1, 1))).toBeUndefined()
  })

  it('escapes markup and shows control characters', () => {
    const element = sourceLineElement(at(1, 1, '</pre><script>alert(1)</script>\x1B'))
    expect(element && toHtml(element)).toBe(
      '<pre class="source"><code><mark>&#x3C;</mark>/pre>&#x3C;script>alert(1)&#x3C;/script>␛</code></pre>',
    )
  })

  it('cuts a long line around the span', () => {
    const line = `${'a'.repeat(1000)}HERE${'b'.repeat(1000)}`
    const diagnostic = diagnosticAt('unused-date', 1, [1001, 1005], line)
    const element = sourceLineElement(diagnostic)
    expect(element && toHtml(element)).toBe(
      `<pre class="source"><code>…${'a'.repeat(sourceContext)}<mark>HERE</mark>${'b'.repeat(sourceContext)}…</code></pre>`,
    )
  })

  it('counts columns from sourceColumn on a line cut before it', () => {
    const diagnostic = {
      ...diagnosticAt('unused-date', 1, [5001, 5005], 'abcHEREdef'),
      sourceColumn: 4998,
    }
    expect(spanOnLine(diagnostic, 10)).toEqual({ start: 3, end: 7 })
    const element = sourceLineElement(diagnostic)
    expect(element && toHtml(element)).toBe(
      '<pre class="source"><code>…abc<mark>HERE</mark>def</code></pre>',
    )
  })

  it('cuts a long span', () => {
    const line = 'x'.repeat(10_000)
    const element = sourceLineElement(diagnosticAt('unused-date', 1, [1, 10_001], line))
    expect(element && toHtml(element)).toBe(
      `<pre class="source"><code><mark>${'x'.repeat(longestMark)}</mark>${'x'.repeat(sourceContext)}…</code></pre>`,
    )
  })
})
