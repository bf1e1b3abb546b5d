import { type Node, parseTree } from 'jsonc-parser'
import type { Diagnostic } from '../../schema/diagnostic.js'
import type { ValidationIssue } from '../../schema/validation-issue.js'
import { type CapDiagnosticsOptions, createDiagnosticTally } from '../_lib/cap-diagnostics.js'
import { issueDiagnostic, ruleOfIssue } from '../_lib/issue-diagnostic.js'
import type { LineCounter } from '../_lib/line-counter.js'
import { cleanJsonString } from './clean-string.js'

/**
 * Make located diagnostics of the validation issues of a value read from a JSON text:
 * each at the value it is about, at the key itself for an unknown key, and at the
 * nearest enclosing object for a missing value. The text is parsed to a tree once, and
 * each object's keys are indexed the first time an issue goes through it, so the work
 * grows with the text and the issues, not with their product. The diagnostics come in
 * the order of their places, capped as `capDiagnostics` does; only those listed are
 * made, so that millions of issues cost little more than their count.
 *
 * @param issues - the issues, with their paths.
 * @param text - the JSON text the value was read from, well-formed and nested at most
 *   `maxNesting` deep.
 * @param lines - its line counter.
 * @param options - how many diagnostics of each rule to list.
 * @returns the diagnostics, by place.
 */
export function locateIssues(
  issues: ReadonlyArray<ValidationIssue>,
  text: string,
  lines: LineCounter,
  options?: CapDiagnosticsOptions | null,
): Diagnostic[] {
  if (issues.length === 0) return []
  const tree = parseTree(text, [], { disallowComments: true }) as Node
  const keysOf = new Map<Node, Map<string, Node>>()
  // The property nodes of an object by key, as the reader cleaned it; a later
  // duplicate wins, as it does in the value.
  const propertiesOf = (object: Node): Map<string, Node> => {
    let properties = keysOf.get(object)
    if (properties === undefined) {
      properties = new Map()
      for (const property of object.children ?? []) {
        const key = property.children?.[0]
        if (key === undefined || typeof key.value !== 'string') continue
        properties.set(cleanJsonString(key.value, text, key.offset, ignore), property)
      }
      keysOf.set(object, properties)
    }
    return properties
  }
  const nodeOf = (issue: ValidationIssue): Node => {
    let node = tree
    let key: Node | undefined
    for (const segment of issue.segments) {
      key = undefined
      let child: Node | undefined
      if (node.type === 'array' && typeof segment === 'number') child = node.children?.[segment]
      else if (node.type === 'object' && typeof segment === 'string') {
        const property = propertiesOf(node).get(segment)
        key = property?.children?.[0]
        child = property?.children?.[1]
      }
      // A missing value is reported at the nearest object that exists.
      if (child === undefined) return node
      node = child
    }
    return issue.code === 'unknown-key' && key !== undefined ? key : node
  }
  const nodes = issues.map(nodeOf)
  // Issues at one place keep the order validation gave them.
  const order = nodes
    .map((_, index) => index)
    .sort((a, b) => (nodes[a] as Node).offset - (nodes[b] as Node).offset || a - b)
  const tally = createDiagnosticTally(options)
  for (const index of order) {
    const issue = issues[index] as ValidationIssue
    const node = nodes[index] as Node
    tally.add(ruleOfIssue[issue.code], 'error', () =>
      issueDiagnostic(issue, lines.pointAt(node.offset), lines.pointAt(node.offset + node.length)),
    )
  }
  return tally.list()
}

function ignore(): void {}
