import type { Element, ElementContent } from 'hast'
import { h } from '../../render/html/element.js'
import type { Severity } from '../../schema/diagnostic.js'
import type { RuleCount } from './archive-report.js'
import { formatCount, reportMessages } from './messages.js'
import { visibleText } from './visible-text.js'

/** The measures of the chart, in SVG user units. */
export const chartLayout = {
  width: 720,
  rowHeight: 24,
  labelWidth: 230,
  countWidth: 90,
  barHeight: 16,
  /** Rule names longer than this many characters are cut with `…`. */
  longestLabel: 30,
} as const

/** The fill of a bar, by the severity of its rule; each has a contrast of 4.5 or more on white. */
export const barColours: Record<Severity, string> = {
  error: '#b3261e',
  warning: '#8a5a00',
  info: '#4a5568',
}

/**
 * Draw the diagnostics of each rule as a horizontal bar chart in inline SVG: one row per
 * rule in the given order, its name, its bar (as long as its share of the largest count)
 * and its count written as text. The SVG is an image named by its `<title>` and
 * described by its `<desc>`; the report gives the same numbers in a table after it.
 *
 * @param byRule - the counts, most first.
 * @param ids - the ids of the title and description elements (unique on the page).
 * @returns the `<svg>` element.
 */
export function barChart(
  byRule: ReadonlyArray<RuleCount>,
  ids: { title: string; description: string },
): Element {
  const { width, rowHeight, labelWidth, countWidth, barHeight, longestLabel } = chartLayout
  const largest = Math.max(1, ...byRule.map((rule) => rule.count))
  const total = byRule.reduce((sum, rule) => sum + rule.count, 0)
  const barSpace = width - labelWidth - countWidth
  const height = Math.max(1, byRule.length) * rowHeight
  const rows: ElementContent[] = byRule.map((rule, index) => {
    const y = index * rowHeight
    const middle = y + rowHeight / 2
    const length = rule.count === 0 ? 0 : Math.max(1, Math.round((rule.count / largest) * barSpace))
    const name = visibleText(rule.rule)
    const label = name.length > longestLabel ? `${name.slice(0, longestLabel - 1)}…` : name
    return h('g', {}, [
      h(
        'text',
        { x: `${labelWidth - 8}`, y: `${middle}`, textAnchor: 'end', dominantBaseline: 'middle' },
        label,
      ),
      h('rect', {
        x: `${labelWidth}`,
        y: `${y + (rowHeight - barHeight) / 2}`,
        width: length,
        height: barHeight,
        fill: barColours[rule.severity],
      }),
      h(
        'text',
        { x: `${labelWidth + length + 6}`, y: `${middle}`, dominantBaseline: 'middle' },
        formatCount(rule.count),
      ),
    ])
  })
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      ariaLabelledBy: [ids.title, ids.description],
      className: ['chart'],
    },
    [
      h('title', { id: ids.title }, reportMessages.chartHeading),
      h('desc', { id: ids.description }, reportMessages.chartDescription(byRule.length, total)),
      ...rows,
    ],
  )
}
