import type { Element } from 'hast'
import { h } from '../../render/html/element.js'
import type { RuleCount } from './archive-report.js'
import { barChart } from './bar-chart.js'
import { formatCount, reportMessages as words } from './messages.js'
import { section } from './report-section.js'
import { visibleText } from './visible-text.js'

/**
 * The diagnostics by rule: the bar chart, then the same numbers in a table, or a
 * sentence when there are none.
 *
 * @param byRule - the counts, most first.
 * @returns the section.
 */
export function chartSection(byRule: ReadonlyArray<RuleCount>): Element {
  if (byRule.length === 0) {
    return section('by-rule', words.chartHeading, [h('p', words.chartEmpty)])
  }
  return section('by-rule', words.chartHeading, [
    barChart(byRule, { title: 'chart-title', description: 'chart-description' }),
    h('table', [
      h('thead', [
        h('tr', [
          h('th', { scope: 'col' }, words.ruleColumn),
          h('th', { scope: 'col' }, words.severityColumn),
          h('th', { scope: 'col' }, words.countColumn),
        ]),
      ]),
      h(
        'tbody',
        byRule.map((rule) =>
          h('tr', [
            h('th', { scope: 'row' }, [h('code', visibleText(rule.rule))]),
            h('td', words.severities[rule.severity]),
            h('td', { className: ['count'] }, formatCount(rule.count)),
          ]),
        ),
      ),
    ]),
  ])
}
