import type * as z from 'zod'
import type { OrphanRecord, PageRecord } from './manifest.js'

/** Where a record read from disk is not what it must be, and what was expected there. */
export interface RecordProblem {
  /** The path of the wrong value, such as `pages[123].sha256`. */
  path: string
  /** What was expected there, in a few words. */
  expected: string
}

const hex64 = /^[0-9a-f]{64}$/

/**
 * Check the records of a manifest's list quickly, record by record, and give them back
 * as they are: a record of the usual shape costs a few comparisons, and only one that
 * is not (a failed page, a record from another version) is checked with its zod schema.
 * Strings repeated from record to record (the settings hash, the library version) are
 * kept once.
 *
 * @param items - the list, as JSON.parse gave it.
 * @param name - the list's name in the record (`pages`, `orphans`), for the problem's path.
 * @param schema - the zod schema of one record.
 * @param usual - the quick check of a record of the usual shape.
 * @returns the records, or where the first wrong one is wrong.
 */
export function checkRecords<T>(
  items: unknown,
  name: string,
  schema: z.ZodType<T>,
  usual: (item: unknown) => boolean,
): T[] | RecordProblem {
  if (!Array.isArray(items)) return { path: name, expected: 'a list' }
  const shared = new Map<string, string>()
  const records: T[] = []
  for (const [index, item] of items.entries()) {
    if (usual(item)) {
      share(item as Record<string, unknown>, shared)
      records.push(item as T)
      continue
    }
    const result = schema.safeParse(item)
    if (!result.success) {
      const issue = result.error.issues[0]
      return {
        path: `${name}[${index}]${(issue?.path ?? []).map(step).join('')}`,
        expected: issue?.message ?? 'a record',
      }
    }
    records.push(result.data)
  }
  return records
}

/** Whether a value is a page record of the usual shape: converted, with its outputs. */
export function isUsualPage(value: unknown): value is PageRecord {
  if (typeof value !== 'object' || value === null) return false
  const page = value as Record<string, unknown>
  return (
    isName(page.input) &&
    (page.sha256 === undefined || isHash(page.sha256)) &&
    (page.size === undefined || (Number.isSafeInteger(page.size) && (page.size as number) >= 0)) &&
    (page.mtimeMs === undefined || isTime(page.mtimeMs)) &&
    (page.settings === undefined || typeof page.settings === 'string') &&
    (page.version === undefined || typeof page.version === 'string') &&
    page.failed === undefined &&
    Array.isArray(page.outputs) &&
    page.outputs.every(isUsualOutput)
  )
}

/** Whether a value is an orphan record of the usual shape. */
export function isUsualOrphan(value: unknown): value is OrphanRecord {
  return isUsualOutput(value) && isName((value as Record<string, unknown>).input)
}

function isUsualOutput(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const output = value as Record<string, unknown>
  return isName(output.path) && isHash(output.sha256)
}

const isName = (value: unknown) => typeof value === 'string' && value.length > 0
const isHash = (value: unknown) => typeof value === 'string' && hex64.test(value)
const isTime = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0

function step(key: PropertyKey): string {
  return typeof key === 'number' ? `[${key}]` : `.${String(key)}`
}

// Each record's settings hash and version are the same string for most pages: one copy
// of each is kept rather than one per page.
function share(record: Record<string, unknown>, shared: Map<string, string>): void {
  for (const key of ['settings', 'version'] as const) {
    const value = record[key]
    if (typeof value !== 'string') continue
    const kept = shared.get(value)
    if (kept === undefined) shared.set(value, value)
    else record[key] = kept
  }
}
