import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml'
import { maxNesting } from '../../schema/nesting.js'
import { maxYamlAliases, yamlProblems } from './yaml-limits.js'

/** A problem in the structure of a YAML document, at an offset of its text. */
export interface YamlProblem {
  /** Offset in the YAML text where the text concerned starts. */
  offset: number
  /** Offset where it ends. */
  end: number
  /** What was found, in words for `invalid-yaml`. */
  expected: string
}

/**
 * Check what the yaml library leaves to the reader, in one walk that keeps a list of its
 * own rather than using the call stack: values nested deeper than `maxNesting`, a key
 * given twice in one mapping, merge keys (`<<`), aliases with no anchor before them or
 * inside the value they name (a cycle), and more than `maxYamlAliases` aliases.
 *
 * @param document - a parsed document without errors.
 * @returns the problems, in the order of the text.
 */
export function checkYamlStructure(document: Document): YamlProblem[] {
  const problems: YamlProblem[] = []
  const anchors = new Map<string, Node>()
  let aliases = 0
  // Depth first, in the order of the text, so that an anchor is met before its aliases.
  const stack: Array<[unknown, number]> = [[document.contents, 1]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number]
    if (isAlias(node)) {
      aliases++
      const anchored = anchors.get(node.source)
      const [at = 0, end = at] = node.range ?? []
      if (aliases === maxYamlAliases + 1)
        problems.push({ offset: at, end, expected: yamlProblems.tooManyAliases })
      else if (!anchored)
        problems.push({ offset: at, end, expected: yamlProblems.unresolvedAlias(node.source) })
      else if (contains(anchored, at))
        problems.push({ offset: at, end, expected: yamlProblems.cyclicAlias(node.source) })
      continue
    }
    if (!isMap(node) && !isSeq(node) && !isScalar(node)) continue
    if (node.anchor) anchors.set(node.anchor, node)
    if (isScalar(node)) continue
    if (depth > maxNesting) {
      const [offset = 0, end = offset] = node.range ?? []
      problems.push({ offset, end, expected: yamlProblems.tooDeep(maxNesting) })
      break
    }
    const children: Array<[unknown, number]> = []
    const keys = new Set<string>()
    for (const item of node.items) {
      if (!isPair(item)) {
        children.push([item, depth + 1])
        continue
      }
      const { key } = item
      if (isScalar(key)) {
        const name = String(key.value)
        const [at = 0, end = at] = key.range ?? []
        if (name === '<<' && key.type === 'PLAIN')
          problems.push({ offset: at, end, expected: yamlProblems.mergeKey })
        else if (keys.has(name))
          problems.push({ offset: at, end, expected: yamlProblems.duplicateKey(name) })
        keys.add(name)
      }
      children.push([key, depth + 1], [item.value, depth + 1])
    }
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as never)
  }
  return problems.sort((a, b) => a.offset - b.offset)
}

function contains(node: Node, offset: number): boolean {
  const [start = 0, , end = start] = node.range ?? []
  return start <= offset && offset < end
}
