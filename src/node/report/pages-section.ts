import type { Element, ElementContent } from 'hast'
import { h, text } from '../../render/html/element.js'
import { rules } from '../../schema/diagnostic.js'
import type { ReportDiagnostic, ReportPage } from './archive-report.js'
import { groupByRule, type RuleGroup } from './group-by-rule.js'
import { formatCount, reportMessages as words } from './messages.js'
import { section } from './report-section.js'
import { sourceLineElement } from './source-line.js'
import { visibleText } from './visible-text.js'

/** The link to an output, given its path in the output folder; `undefined` for none. */
export type Link = (output: string) => string | undefined

/**
 * The pages to review: a list of the groups, the failed pages, then the errors and
 * warnings grouped by rule ({@link groupByRule}), each group cut to `cap` with the rest
 * counted.
 *
 * @param pages - the report's pages.
 * @param cap - the most diagnostics shown per rule, and failed pages listed.
 * @param link - the link to each output.
 * @returns the section.
 */
export function pagesSection(pages: ReadonlyArray<ReportPage>, cap: number, link: Link): Element {
  const failed = pages.filter((page) => page.status === 'failed')
  const groups = groupByRule(pages, cap)
  if (failed.length === 0 && groups.length === 0) {
    return section('pages', words.pagesHeading, [h('p', words.pagesNone)])
  }
  const contents: Array<[id: string, label: ElementContent[]]> = []
  const parts: ElementContent[] = []
  if (failed.length > 0) {
    contents.push(['failed', [text(`${words.failedHeading} (${formatCount(failed.length)})`)]])
    parts.push(failedSection(failed, cap, link))
  }
  groups.forEach((group, index) => {
    const id = `rule-${index + 1}`
    contents.push([
      id,
      [h('code', visibleText(group.ruleId)), text(` (${formatCount(group.diagnostics)})`)],
    ])
    parts.push(groupSection(group, id, link))
  })
  return section('pages', words.pagesHeading, [
    h('nav', { ariaLabel: words.contentsLabel }, [
      h(
        'ul',
        { className: ['contents'] },
        contents.map(([id, label]) => h('li', [h('a', { href: `#${id}` }, label)])),
      ),
    ]),
    ...parts,
  ])
}

function failedSection(failed: ReadonlyArray<ReportPage>, cap: number, link: Link): Element {
  const shown = failed.slice(0, cap)
  const children: ElementContent[] = [
    h('h3', { id: 'failed' }, words.failedHeading),
    h('p', { className: ['summary'] }, words.failedSummary(failed.length)),
    h(
      'ul',
      { className: ['pages'] },
      shown.map((page) => pageItem(page, page.diagnostics, link)),
    ),
  ]
  if (failed.length > shown.length) {
    children.push(h('p', { className: ['rest'] }, words.failedRest(failed.length - cap, cap)))
  }
  return h('section', { ariaLabelledBy: ['failed'] }, children)
}

function groupSection(group: RuleGroup, id: string, link: Link): Element {
  const children: ElementContent[] = [h('h3', { id }, [h('code', visibleText(group.ruleId))])]
  const note = (rules as Record<string, string>)[group.ruleId]
  if (Object.hasOwn(rules, group.ruleId) && note) {
    children.push(h('p', { className: ['rule-note'] }, note))
  }
  children.push(
    h('p', { className: ['summary'] }, words.groupSummary(group.diagnostics, group.pages)),
    h(
      'ul',
      { className: ['pages'] },
      group.entries.map((entry) => pageItem(entry.page, entry.diagnostics, link)),
    ),
  )
  if (group.hiddenDiagnostics > 0) {
    const shown = group.diagnostics - group.hiddenDiagnostics
    children.push(
      h(
        'p',
        { className: ['rest'] },
        words.groupRest(group.hiddenDiagnostics, group.hiddenPages, shown),
      ),
    )
  }
  return h('section', { ariaLabelledBy: [id] }, children)
}

function pageItem(
  page: ReportPage,
  diagnostics: ReadonlyArray<ReportDiagnostic>,
  link: Link,
): Element {
  const head: ElementContent[] = [h('span', { className: ['page-name'] }, visibleText(page.input))]
  if (page.status !== 'converted') {
    const status = words.status[page.status]
    head.push(text(` (${page.unchanged ? words.failedUnchanged : status})`))
  }
  head.push(text(' '), h('span', { className: ['outputs'] }, outputLinks(page.outputs, link)))
  const children: ElementContent[] = [h('p', head)]
  if (diagnostics.length > 0) {
    children.push(
      h(
        'ul',
        { className: ['diagnostics'] },
        diagnostics.map((diagnostic) => {
          const item: ElementContent[] = [
            h(
              'span',
              { className: ['severity', `severity-${diagnostic.severity}`] },
              words.severities[diagnostic.severity],
            ),
            text(visibleText(diagnostic.message)),
            text(' '),
            h('span', { className: ['place'] }, words.place(diagnostic.line, diagnostic.column)),
          ]
          const source = sourceLineElement(diagnostic)
          if (source) item.push(source)
          return h('li', item)
        }),
      ),
    )
  }
  return h('li', children)
}

function outputLinks(outputs: ReadonlyArray<string>, link: Link): ElementContent[] {
  if (outputs.length === 0) return [text(`(${words.noOutput})`)]
  const links = outputs.flatMap((output, index) => {
    const href = link(output)
    const name = visibleText(output)
    const item = href === undefined ? text(name) : h('a', { href }, name)
    return index === 0 ? [item] : [text(', '), item]
  })
  return [text(`${words.outputsLabel} `), ...links]
}
