const longest = 60

// Characters a reader cannot see, written as escapes so that a message shows them:
// DEL and the C1 controls (JSON.stringify escapes only C0), and the invisible ones.
const unseen =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each invisible code point stands alone
  /[\x7F-\x9F\xAD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u2028-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFF8]/g

/**
 * Describe a value the way a validation message shows what it found: short, and never
 * the whole of a long string or object.
 *
 * @param value - any value from the input.
 * @returns `nothing`, `null`, a quoted string cut at 60 characters (invisible and
 *   control characters escaped, as `\u200b`), a number, or the kind of a list or object.
 * @example
 *   describeValue(undefined) //=> 'nothing'
 *   describeValue('2014-02-30') //=> '"2014-02-30"'
 *   describeValue([1, 2]) //=> 'a list of 2 items'
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (typeof value === 'string') {
    const quoted = JSON.stringify(value).replace(
      unseen,
      (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
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
