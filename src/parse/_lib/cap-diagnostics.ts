import type { Diagnostic, RuleId, Severity } from '../../schema/diagnostic.js'
import { diagnose } from './diagnose.js'

/**
 * How many diagnostics of one rule a parser lists before it counts the rest: a hundred
 * say what is wrong, and forty thousand say no more while taking seconds to print.
 */
export const maxDiagnosticsPerRule = 100

/** Options for {@link capDiagnostics} and {@link createDiagnosticTally}. */
export interface CapDiagnosticsOptions {
  /**
   * How many diagnostics of each rule to list, a whole number from 0, or `Infinity` to
   * list them all (default: {@link maxDiagnosticsPerRule}).
   */
  maxPerRule?: number | null | undefined
}

/** Diagnostics gathered one at a time, listed up to a share per rule and counted past it. */
export interface DiagnosticTally {
  /**
   * Add a diagnostic. `make` is called only for a diagnostic that is listed, or that is
   * the first left out of its rule (its place is the count's place), so that a parser
   * finding a million of one thing makes a hundred objects, not a million.
   */
  add(ruleId: RuleId, severity: Severity, make: () => Diagnostic): void
  /** The diagnostics in the order added, each rule's count at its first left-out one. */
  list(): Diagnostic[]
}

const rank: Record<Severity, number> = { error: 2, warning: 1, info: 0 }

// What was left out of one rule: where the first one was, how serious and how many.
interface Count {
  at: Diagnostic
  severity: Severity
  count: number
}

/**
 * Keep the first diagnostics of each rule and count the rest: in their place, one
 * `repeated-diagnostic` at the first one left out, as serious as the most serious of
 * them, with the count as `actual` and the rule id as `expected`. The order of what is
 * kept is unchanged, so diagnostics sorted by place stay sorted. Linear in their number.
 *
 * @param diagnostics - the diagnostics, in the order to keep them (by place, usually).
 * @param options - how many of each rule to keep.
 * @returns a new list; the input is not changed.
 * @throws {RangeError} when `maxPerRule` is not a whole number from 0 or `Infinity`.
 * @example
 *   capDiagnostics(unknownKeys, { maxPerRule: 2 }).map((d) => d.ruleId)
 *   //=> ['unknown-key', 'unknown-key', 'repeated-diagnostic']
 */
export function capDiagnostics(
  diagnostics: ReadonlyArray<Diagnostic>,
  options?: CapDiagnosticsOptions | null,
): Diagnostic[] {
  const tally = createDiagnosticTally(options)
  for (const diagnostic of diagnostics) {
    tally.add(diagnostic.ruleId, diagnostic.severity, () => diagnostic)
  }
  return tally.list()
}

/**
 * Start a {@link DiagnosticTally}: {@link capDiagnostics} for a parser that finds its
 * diagnostics one at a time and should not make more of them than it lists.
 *
 * @param options - how many of each rule to list.
 * @returns an empty tally.
 * @throws {RangeError} when `maxPerRule` is not a whole number from 0 or `Infinity`.
 * @example
 *   const tally = createDiagnosticTally({ maxPerRule: 1 })
 *   tally.add('unknown-key', 'error', () => first)
 *   tally.add('unknown-key', 'error', () => second)
 *   tally.list().map((d) => d.ruleId) //=> ['unknown-key', 'repeated-diagnostic']
 */
export function createDiagnosticTally(options?: CapDiagnosticsOptions | null): DiagnosticTally {
  const limit = readLimit(options)
  const listed = new Map<RuleId, number>()
  const counted = new Map<RuleId, Count>()
  // A rule id stands where that rule's count goes: at its first left-out diagnostic.
  const entries: Array<Diagnostic | RuleId> = []
  return {
    add(ruleId, severity, make) {
      const number = listed.get(ruleId) ?? 0
      if (number < limit || ruleId === 'repeated-diagnostic') {
        listed.set(ruleId, number + 1)
        entries.push(make())
        return
      }
      const count = counted.get(ruleId)
      if (count === undefined) {
        counted.set(ruleId, { at: make(), severity, count: 1 })
        entries.push(ruleId)
        return
      }
      count.count += 1
      if (rank[severity] > rank[count.severity]) count.severity = severity
    },
    list() {
      return entries.map((entry) => {
        if (typeof entry !== 'string') return entry
        const { at, severity, count } = counted.get(entry) as Count
        return diagnose(
          'repeated-diagnostic',
          severity,
          { line: at.line, column: at.column, ...(at.place ? { place: at.place } : {}) },
          { actual: String(count), expected: entry },
        )
      })
    },
  }
}

function readLimit(options: CapDiagnosticsOptions | null | undefined): number {
  const { maxPerRule } = options ?? {}
  const limit = maxPerRule ?? maxDiagnosticsPerRule
  if ((Number.isInteger(limit) && limit >= 0) || limit === Number.POSITIVE_INFINITY) return limit
  throw new RangeError(
    `Invalid \`maxPerRule\` ${String(limit)}: expected a whole number from 0, or Infinity`,
  )
}
