const longest = 60

/**
 * Describe a value the way a validation message shows what it found: short, and never
 * the whole of a long string or object.
 *
 * @param value - any value from the input.
 * @returns `nothing`, `null`, a quoted string cut at 60 characters, a number, or the
 *   kind of a list or object.
 * @example
 *   describeValue(undefined) //=> 'nothing'
 *   describeValue('2014-02-30') //=> '"2014-02-30"'
 *   describeValue([1, 2]) //=> 'a list of 2 items'
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (typeof value === 'string') {
    const quoted = JSON.stringify(value)
    return quoted.length > longest ? `${quoted.slice(0, longest - 2)}…"` : quoted
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value)
  }
  if (Array.isArray(value)) {
    return value.length === 1 ? 'a list of 1 item' : `a list of ${value.length} items`
  }
  if (typeof value === 'object') return 'an object'
  return `a ${typeof value}`
}
