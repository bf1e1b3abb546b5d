import type { Root } from 'mdast'
import * as z from 'zod'
import type { UnknownKeys } from './_lib/object.js'
import { type BodyContent, type BodyNodeType, bodyContents, defineBodyNodes } from './body.js'

/** Reads a body to the value the full schema gives it, or to `undefined` when it must look. */
export type BodyParser = (input: unknown) => Root | undefined

type NodeParser = (input: unknown) => { success: boolean; data?: unknown }

/**
 * Compile a body parser: each node type's schema compiled by zod (`z.compile`) on its
 * own, and the tree walked here, each parent's children checked against the content it
 * may hold (see `bodyContents`). zod compiles no schema with a reference cycle, and a
 * body nests by nature: compiled node by node, a body of any depth is read without the
 * full schema's bookkeeping for cycles.
 *
 * What it accepts, it parses to the very value the full schema gives (a test holds it to
 * that); whatever it refuses is left to the full schema, which reports the issues.
 *
 * @param unknownKeys - the policy on unknown keys.
 * @returns the parser.
 */
export function compileBodyParser(unknownKeys: UnknownKeys): BodyParser {
  const { nodes, children } = defineBodyNodes(unknownKeys)
  const parsers = new Map<unknown, NodeParser>()
  for (const [type, schema] of Object.entries(nodes)) {
    const compiled = z.compile(schema)
    parsers.set(type, (input) => compiled.safeParse(input))
  }
  const allowed = {} as Record<BodyContent, ReadonlySet<unknown>>
  for (const [content, types] of Object.entries(bodyContents)) {
    allowed[content as BodyContent] = new Set<unknown>(types)
  }

  // The node parsed, its children replaced by theirs; `undefined` when any is refused.
  function parseNode(input: unknown, content: ReadonlySet<unknown>): unknown {
    const type = (input as { type?: unknown } | null)?.type
    const parser = content.has(type) ? parsers.get(type) : undefined
    const result = parser?.(input)
    if (!result?.success) return undefined
    const node = result.data as { children?: unknown[] }
    const inner = children[type as BodyNodeType]
    if (inner === undefined || node.children === undefined) return node
    const kinds = allowed[inner]
    for (let index = 0; index < node.children.length; index++) {
      const child = parseNode(node.children[index], kinds)
      if (child === undefined) return undefined
      node.children[index] = child
    }
    return node
  }

  const root = new Set<unknown>(['root'])
  return (input) => parseNode(input, root) as Root | undefined
}
