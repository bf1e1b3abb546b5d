import type { Diagnostic, Severity } from '../../src/index.js'
import { fillMessage, type MessageTable } from './messages.js'

/**
 * Write the diagnostics as a list of buttons, in the input's order: severity, line and
 * column, message and rule. Choosing one calls `onChoose` with it.
 *
 * @param list - the `<ol>` to fill.
 * @param diagnostics - the diagnostics of the parse.
 * @param table - the interface's words.
 * @param onChoose - called with the diagnostic chosen.
 */
export function renderDiagnosticList(
  list: HTMLOListElement,
  diagnostics: ReadonlyArray<Diagnostic>,
  table: MessageTable,
  onChoose: (diagnostic: Diagnostic) => void,
): void {
  const document = list.ownerDocument
  const items = diagnostics.map((diagnostic) => {
    const item = document.createElement('li')
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'diagnostic'
    button.dataset.severity = diagnostic.severity
    button.dataset.line = String(diagnostic.line)
    const severity = part(document, 'severity', table[diagnostic.severity])
    const place = part(
      document,
      'place',
      fillMessage(table.place, { line: diagnostic.line, column: diagnostic.column }),
    )
    place.dataset.place = `${diagnostic.line}:${diagnostic.column}`
    const message = part(document, 'message', diagnostic.message)
    message.lang = 'en'
    const rule = part(document, 'rule', diagnostic.ruleId)
    rule.lang = 'en'
    button.append(severity, place, message, rule)
    button.addEventListener('click', () => onChoose(diagnostic))
    item.append(button)
    return item
  })
  list.replaceChildren(...items)
}

function part(document: Document, name: string, text: string): HTMLElement {
  const span = document.createElement('span')
  span.className = name
  span.textContent = text
  return span
}

/**
 * Say how many diagnostics there are, and of which severity, for the live region.
 *
 * @param diagnostics - the diagnostics of the parse.
 * @param table - the interface's words.
 * @returns the sentence.
 * @example
 *   countDiagnostics([warning], messages.en) //=> '1 diagnostic: errors 0, warnings 1, notes 0.'
 */
export function countDiagnostics(
  diagnostics: ReadonlyArray<Diagnostic>,
  table: MessageTable,
): string {
  if (diagnostics.length === 0) return table.countNone
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  for (const diagnostic of diagnostics) counts[diagnostic.severity] += 1
  const total =
    diagnostics.length === 1
      ? table.countOne
      : fillMessage(table.countOther, { count: diagnostics.length })
  const detail = fillMessage(table.countDetail, {
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
  })
  return `${total}: ${detail}`
}
