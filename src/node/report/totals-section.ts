import type { Element } from 'hast'
import { h } from '../../render/html/element.js'
import type { ArchiveTotals } from './archive-report.js'
import { formatCount, reportMessages as words } from './messages.js'
import { section } from './report-section.js'

const totalNames = Object.keys(words.totals) as Array<keyof ArchiveTotals>

/**
 * The totals of a run as a list of names and counts, each in an element whose
 * `data-total` is the total's key (`pages`, `failed`, ...), for programs and tests.
 *
 * @param totals - the counts.
 * @returns the section.
 */
export function totalsSection(totals: ArchiveTotals): Element {
  return section('totals', words.totalsHeading, [
    h(
      'dl',
      { className: ['totals'] },
      totalNames.map((name) =>
        h('div', { dataTotal: name }, [
          h('dt', words.totals[name]),
          h('dd', formatCount(totals[name])),
        ]),
      ),
    ),
  ])
}
