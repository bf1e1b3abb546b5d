/**
 * How many levels of objects and lists a value may nest: the article is the first level,
 * its `body` the second, the body's `children` the third. A real article nests a dozen
 * or so (a quote holding a list holding a link is some ten levels into the body); a value
 * nested hundreds deep is an attack or a fault, and checking, rendering or writing it
 * would exhaust the call stack.
 */
export const maxNesting = 256

/**
 * Find the first object or list nested deeper than {@link maxNesting} in a value. The
 * walk keeps a list of its own rather than using the call stack, so it ends on any
 * value, however deep, cycles included (a cycle is infinitely deep).
 *
 * @param value - any value.
 * @returns the segments of the path to that object or list, or `undefined` when the
 *   value is shallow enough.
 * @example
 *   pathTooDeep({ body: { type: 'root', children: [] } }) //=> undefined
 */
export function pathTooDeep(value: unknown): Array<string | number> | undefined {
  // Most values are shallow: a walk that keeps depths alone says so, and only a value
  // that is too deep is walked again, level by level, for the path.
  if (!deeperThan(value, maxNesting)) return undefined
  const path: Array<string | number> = []
  let node = value
  for (let levels = maxNesting - 1; levels >= 0; levels--) {
    const entries: Array<[string | number, unknown]> = Array.isArray(node)
      ? node.map((item, index) => [index, item])
      : Object.entries(node as object)
    const next = entries.find(([, item]) => deeperThan(item, levels))
    if (next === undefined) break
    path.push(next[0])
    node = next[1]
  }
  return path
}

// Whether a value holds objects or lists more than `levels` deep, itself counting as
// the first. Depth first, so that a cycle is found to be too deep in a few steps.
function deeperThan(value: unknown, levels: number): boolean {
  const values: unknown[] = [value]
  const depths: number[] = [1]
  while (values.length > 0) {
    const item = values.pop()
    const depth = depths.pop() ?? 0
    if (typeof item !== 'object' || item === null) continue
    if (depth > levels) return true
    if (Array.isArray(item)) {
      for (const child of item) {
        if (typeof child === 'object' && child !== null) {
          values.push(child)
          depths.push(depth + 1)
        }
      }
    } else {
      // Own keys only: an enumerable key someone added to Object.prototype is no level.
      for (const key of Object.keys(item)) {
        const child = (item as Record<string, unknown>)[key]
        if (typeof child === 'object' && child !== null) {
          values.push(child)
          depths.push(depth + 1)
        }
      }
    }
  }
  return false
}
