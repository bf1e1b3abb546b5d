import type { RootContent } from 'mdast'

/**
 * Copy the blocks of a parsed body as an article holds them, in one pass: every node
 * without its `position`, and every string with its line ends written as `\n` (a file
 * saved with `\r\n` or `\r` line ends then reads as the same file with `\n`) and then
 * changed by `rewrite`. The copy keeps a list of its own rather than using the call
 * stack, so it ends on a tree of any depth; the tree is not changed.
 *
 * @param blocks - the body's top-level nodes, with positions.
 * @param rewrite - a further change to make to each string (default: none).
 * @returns the copied nodes.
 * @example
 *   copyBody(fromMarkdown('a\r\nb').children)
 *   //=> [{ type: 'paragraph', children: [{ type: 'text', value: 'a\nb' }] }]
 */
export function copyBody(
  blocks: ReadonlyArray<RootContent>,
  rewrite: (value: string) => string = (value) => value,
): RootContent[] {
  // The objects and lists still to fill, each with its copy and what it is: a node, a
  // node's `children` (a list of nodes), or any other value. Three lists side by side,
  // so that the walk makes no object of its own per object copied.
  const sources: object[] = []
  const targets: object[] = []
  const roles: Role[] = []
  const copyOf = (value: unknown, role: Role): unknown => {
    if (typeof value === 'string') {
      return rewrite(value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value)
    }
    // A function has no copy: refused as structuredClone refuses it.
    if (typeof value === 'function' || typeof value === 'symbol') return structuredClone(value)
    if (typeof value !== 'object' || value === null) return value
    // An object that is not plain data (a Date in a node's `data`) is copied as
    // structuredClone copies it; one that it makes plain is then copied as plain.
    const source = isPlainData(value) ? value : (structuredClone(value) as object)
    if (!isPlainData(source)) return source
    const list = Array.isArray(source)
    const target = list ? [] : {}
    sources.push(source)
    targets.push(target)
    // A list holds nodes only as a node's `children`; an object is a node only in one.
    const children = list && role === 'children'
    const node = !list && role === 'node'
    roles.push(children ? 'children' : node ? 'node' : 'value')
    return target
  }
  const copy = copyOf(blocks, 'children') as RootContent[]
  while (sources.length > 0) {
    const source = sources.pop() as Record<string, unknown>
    const target = targets.pop() as Record<string, unknown>
    const role = roles.pop() as Role
    if (Array.isArray(source)) {
      const entries = role === 'children' ? 'node' : 'value'
      for (const entry of source) (target as unknown as unknown[]).push(copyOf(entry, entries))
      continue
    }
    for (const key of Object.keys(source)) {
      if (role === 'node' && key === 'position') continue
      const value = source[key]
      const children = role === 'node' && key === 'children' && Array.isArray(value)
      target[key] = copyOf(value, children ? 'children' : 'value')
    }
  }
  return copy
}

type Role = 'node' | 'children' | 'value'

function isPlainData(value: object): boolean {
  if (Array.isArray(value)) return true
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}
