import type { VFile } from 'vfile'

/**
 * Whether a value is a vfile, told as unified tells one: an object with a `message`
 * method and a `messages` list. No `instanceof`, so that a vfile made by another copy of
 * the vfile package counts, and the parsers need not load vfile (and its Node path
 * polyfills) to check.
 *
 * @param value - anything.
 * @returns whether it can be used as a `VFile`.
 * @example
 *   isVFile(new VFile('text')) //=> true
 *   isVFile({ value: 'text' }) //=> false
 */
export function isVFile(value: unknown): value is VFile {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as { message?: unknown; messages?: unknown }
  return typeof candidate.message === 'function' && Array.isArray(candidate.messages)
}
