import * as z from 'zod'
import { invalidArgument } from '../../schema/_lib/options.js'
import type { ArchiveReport } from './archive-report.js'

// The shape a report must have to be written, as loose as the writers need: rule ids
// are any string (a report from a newer version may name rules this one does not know),
// and keys the contract does not name are kept.
const count = z.number().int().nonnegative()
const point = z.looseObject({ line: count, column: count, offset: count })
/** The shape of a diagnostic in a report or a record: loose, its rule id any string. */
export const diagnosticShape = z.looseObject({
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  line: count,
  column: count,
  place: z.looseObject({ start: point, end: point }).optional(),
  ruleId: z.string(),
  sourceLine: z.string().optional(),
  sourceColumn: z.number().int().positive().optional(),
})
const reportShape = z.looseObject({
  generator: z.looseObject({ name: z.string(), version: z.string() }),
  input: z.string(),
  output: z.string(),
  totals: z.looseObject({
    pages: count,
    converted: count,
    unchanged: count,
    failed: count,
    orphaned: count,
    errors: count,
    warnings: count,
    infos: count,
  }),
  byRule: z.array(
    z.looseObject({
      rule: z.string(),
      severity: z.enum(['error', 'warning', 'info']),
      count,
    }),
  ),
  pages: z.array(
    z.looseObject({
      input: z.string(),
      outputs: z.array(z.string()),
      status: z.enum(['converted', 'unchanged', 'failed']),
      diagnostics: z.array(diagnosticShape),
      unchanged: z.literal(true).optional(),
    }),
  ),
})

/**
 * Check that a value is an {@link ArchiveReport} before it is written, so that a wrong
 * call fails at once with the path of the first wrong value.
 *
 * @param report - what the caller passed.
 * @returns the same object, typed.
 * @throws {TypeError} naming the first wrong value: ``Invalid `report.pages[2].status` …``.
 */
export function checkReport(report: unknown): ArchiveReport {
  const result = reportShape.safeParse(report)
  if (!result.success) {
    const issue = result.error.issues[0]
    const path = issue?.path ?? []
    throw invalidArgument(nameOf(path), valueAt(report, path), expectationOf(issue))
  }
  return report as ArchiveReport
}

function nameOf(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : `${name}.${String(key)}`),
    'report',
  )
}

function valueAt(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = value
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

function expectationOf(issue: z.core.$ZodIssue | undefined): string {
  switch (issue?.code) {
    case 'invalid_value':
      return `one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`
    case 'too_small':
      return `a whole number of ${issue.inclusive ? issue.minimum : Number(issue.minimum) + 1} or more`
    case 'invalid_type':
      return issue.expected === 'int'
        ? 'a whole number'
        : `${article(issue.expected)} ${issue.expected}`
    default:
      return 'an archive report such as convert writes'
  }
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a'
}
