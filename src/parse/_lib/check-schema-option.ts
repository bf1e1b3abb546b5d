import type * as z from 'zod'
import { invalidArgument } from '../../schema/_lib/options.js'
import { toValidationIssues } from '../../schema/validation-issue.js'
import { compiledOnce } from './compiled-once.js'

/**
 * Check an option against a schema of the model (a site profile, vocabulary additions),
 * throwing for its first problem an error that names the option's key path
 * (`vocabulary.roles.jobs.0`): a `TypeError` for a value of the wrong type, a
 * `RangeError` for an unknown key or a value of the right type that is not allowed.
 * An object is checked once: checking it again returns the same result.
 *
 * @param schema - the schema.
 * @param name - the option's name, the start of every key path.
 * @param value - what was passed: an object.
 * @returns the checked value, as the schema outputs it.
 * @throws {TypeError | RangeError} naming the key path of the first problem.
 * @example
 *   checkSchemaOption(VocabularyAdditions, 'vocabulary', { roles: { jobs: [5] } })
 *   //=> throws TypeError: Invalid `vocabulary.roles.jobs.0` 5: expected a non-empty string
 */
export function checkSchemaOption<Schema extends z.ZodType>(
  schema: Schema,
  name: string,
  value: object,
): z.output<Schema> {
  return checkerOf(schema)(name)(value) as z.output<Schema>
}

const checkerOf = compiledOnce((schema: z.ZodType) => {
  const byName = new Map<string, (value: object) => unknown>()
  return (name: string) => {
    let check = byName.get(name)
    if (check === undefined) {
      check = compiledOnce((value: object) => parseOrThrow(schema, name, value))
      byName.set(name, check)
    }
    return check
  }
})

function parseOrThrow(schema: z.ZodType, name: string, value: object): unknown {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const [issue] = toValidationIssues(result.error)
  const [zodIssue] = result.error.issues
  if (issue === undefined) throw invalidArgument(name, value, 'a valid value')
  const path = [name, ...issue.segments.map(String)].join('.')
  const found = valueAt(value, issue.segments)
  if (issue.code === 'unknown-key') {
    throw invalidArgument(path, found, 'a key the schema knows (a typo?)', 'range')
  }
  const expected = issue.expected ?? issue.message.replace(/^expected /, '')
  // A value of the wrong type, or none where one is needed, is a TypeError.
  const kind = zodIssue?.code === 'invalid_type' || found === undefined ? 'type' : 'range'
  throw invalidArgument(path, found, expected, kind)
}

function valueAt(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let at = value
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined
    at = (at as Record<PropertyKey, unknown>)[key]
  }
  return at
}
