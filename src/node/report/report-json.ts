import type { ArchiveReport } from './archive-report.js'
import { checkReport } from './check-report.js'

// The order keys are written in, by the object they are in: the order of the contract
// (archive-report.ts), so the same data gives the same bytes however it was built. Keys
// the contract does not name follow, in the order given.
const keyOrder: Record<string, ReadonlyArray<string>> = {
  report: ['generator', 'input', 'output', 'totals', 'byRule', 'pages'],
  generator: ['name', 'version'],
  totals: ['pages', 'converted', 'unchanged', 'failed', 'orphaned', 'errors', 'warnings', 'infos'],
  rule: ['rule', 'severity', 'count'],
  page: ['input', 'outputs', 'status', 'diagnostics', 'unchanged'],
  diagnostic: [
    'severity',
    'message',
    'line',
    'column',
    'place',
    'ruleId',
    'source',
    'actual',
    'expected',
    'path',
    'note',
    'url',
    'sourceLine',
    'sourceColumn',
  ],
  place: ['start', 'end'],
  point: ['line', 'column', 'offset'],
}

// What the objects under each key of an object are.
const kindOfKey: Record<string, Record<string, string>> = {
  report: { generator: 'generator', totals: 'totals', byRule: 'rule', pages: 'page' },
  page: { diagnostics: 'diagnostic' },
  diagnostic: { place: 'place' },
  place: { start: 'point', end: 'point' },
}

/**
 * Write a report as JSON for programs: two-space indents, a final newline, the lists in
 * the order given (rules most first, pages in the order of their inputs) and the keys of
 * each object in the order of the {@link ArchiveReport} contract, so the same data always
 * gives the same bytes.
 *
 * @param report - the report.
 * @returns the JSON text.
 * @throws {TypeError} when `report` is not a report, naming the first wrong value.
 * @example
 *   reportJson(report) //=> '{\n  "generator": {\n    "name": "news-model", …'
 */
export function reportJson(report: ArchiveReport): string {
  return `${JSON.stringify(ordered(checkReport(report), 'report'), null, 2)}\n`
}

function ordered(value: unknown, kind: string | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => ordered(item, kind))
  if (typeof value !== 'object' || value === null) return value
  const object = value as Record<string, unknown>
  const known = (kind && keyOrder[kind]) || []
  const keys = [
    ...known.filter((key) => Object.hasOwn(object, key)),
    ...Object.keys(object).filter((key) => !known.includes(key)),
  ]
  const result: Record<string, unknown> = {}
  for (const key of keys) {
    const item = ordered(object[key], kind ? kindOfKey[kind]?.[key] : undefined)
    // A key named `__proto__` is written as a key, never set as the prototype.
    if (key === '__proto__') {
      Object.defineProperty(result, key, {
        value: item,
        enumerable: true,
        writable: true,
        configurable: true,
      })
    } else result[key] = item
  }
  return result
}
