import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node,
  parseDocument,
  type ScalarTag,
  Schema,
  visit,
  type YAMLMap,
} from 'yaml'
import type { Diagnostic, SourcePoint } from '../../schema/diagnostic.js'
import { maxNesting } from '../../schema/nesting.js'
import { diagnose } from '../_lib/diagnose.js'
import { execAll } from '../_lib/exec-all.js'
import { spanOf as span } from '../_lib/span-at.js'
import { normalizeLineEnds } from './line-ends.js'
import {
  maxFrontMatterLength,
  maxYamlAliases,
  maxYamlDiagnostics,
  yamlProblems,
} from './yaml-limits.js'
import { checkYamlStructure } from './yaml-structure.js'

/** Front matter read from YAML, with its document for finding where each value stands. */
export interface FrontMatter {
  /** The mapping's values by key, as plain data; `{}` for no front matter. */
  data: Record<string, unknown>
  /** Finds the nodes of the parsed document, or `undefined` for no front matter. */
  find: YamlFinder | undefined
  /** The place in the file of an offset in the document's text. */
  pointAt: (offset: number) => SourcePoint
}

/** A problem of a front matter, from offset to end of its YAML text. */
interface Problem {
  offset: number
  end: number
  expected: string
  actual?: string
}

// A value tagged !!timestamp is read as it was written, in the page's time zone, like any
// other date: `2014-10-13` stays a date, not midnight in London.
const timestampAsText: ScalarTag = {
  tag: 'tag:yaml.org,2002:timestamp',
  resolve: (text) => text,
}

// YAML 1.2's core schema: `2014-10-13` stays the string it was written as, read later
// in the page's time zone, and `no` stays a string too. Tags of other schemas
// (`!!binary`, `!!set`) and of other languages (`!!js/function`) are not resolved. Made
// once: without known tags to resolve, reading a document never adds to it.
const frontMatterSchema = /*#__PURE__*/ new Schema({
  schema: 'core',
  merge: false,
  resolveKnownTags: false,
  customTags: [timestampAsText],
})

/**
 * Parse the YAML of a front matter block. Every problem becomes an `invalid-yaml`
 * diagnostic at its place in the file, never an exception: syntax errors, a key given
 * twice, a tag other than YAML's own (`!!js/function`, `!!binary`, `!custom`), merge
 * keys, unresolved, cyclic or too many aliases (`maxYamlAliases`), values nested deeper
 * than `maxNesting`, a front matter longer than `maxFrontMatterLength`, and a front
 * matter that is not a mapping. Line ends `\r\n` and `\r` read as `\n`.
 *
 * @param yaml - the text between the `---` lines.
 * @param pointAt - the place in the file of an offset in `yaml`.
 * @param diagnostics - where problems go.
 * @returns the front matter; its `data` is `{}` when there was an error.
 */
export function readYaml(
  yaml: string,
  pointAt: (offset: number) => SourcePoint,
  diagnostics: Diagnostic[],
): FrontMatter {
  if (yaml.length > maxFrontMatterLength) {
    const expected = yamlProblems.tooLong(yaml.length)
    report(diagnostics, pointAt, [{ offset: 0, end: yaml.length, expected }])
    return { data: {}, find: undefined, pointAt }
  }
  const normalized = normalizeLineEnds(yaml)
  const at = (offset: number) => pointAt(normalized.toOriginal(offset))
  // Keys are checked for uniqueness in one pass below: yaml's own check is quadratic.
  const document = parseDocument(normalized.text, {
    schema: frontMatterSchema,
    uniqueKeys: false,
    prettyErrors: false,
    // yaml prints its warnings (a collection used as a key) with process.emitWarning,
    // past the diagnostics and on the caller's terminal unescaped: it keeps them in
    // document.warnings only at this level, and those are reported below.
    logLevel: 'error',
  })
  const front = { data: {}, find: createYamlFinder(document), pointAt: at }
  // yaml's span of a missing character may pass the end of the text by one.
  const within = (offset: number) => Math.min(offset, normalized.text.length)
  const problems: Problem[] = [...document.errors, ...document.warnings].map((error) => ({
    offset: within(error.pos[0]),
    end: within(error.pos[1]),
    actual: error.code,
    expected:
      error.code === 'TAG_RESOLVE_FAILED'
        ? yamlProblems.unknownTag
        : error.code === 'RESOURCE_EXHAUSTION'
          ? yamlProblems.tooDeep(maxNesting)
          : (error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? ''),
  }))
  if (problems.length === 0 && document.contents) problems.push(...checkYamlStructure(document))
  if (report(diagnostics, at, problems)) return front
  const contents = document.contents
  if (
    contents === null ||
    (isScalar(contents) && (contents.value === null || contents.value === ''))
  ) {
    return front
  }
  if (!isMap(contents)) {
    diagnostics.push(
      diagnose('invalid-yaml', 'error', span(at, contents.range), {
        actual: isSeq(contents) ? 'a list' : 'a single value',
        expected: 'front matter that is a mapping of keys to values, such as "title: …"',
      }),
    )
    return front
  }
  replaceLoneSurrogates(document, normalized.text, at, diagnostics)
  try {
    const data = document.toJS({ maxAliasCount: maxYamlAliases }) as Record<string, unknown>
    return { ...front, data }
  } catch {
    // Aliases that expand to too many values: the yaml library counts as it copies.
    const [offset, end] = firstAlias(normalized.text)
    report(diagnostics, at, [{ offset, end, expected: yamlProblems.tooManyAliases }])
    return front
  }
}

// Push each problem as an `invalid-yaml` error, the first few listed and the rest
// counted; say whether there was any.
function report(
  diagnostics: Diagnostic[],
  pointAt: (offset: number) => SourcePoint,
  problems: ReadonlyArray<Problem>,
): boolean {
  for (const problem of problems.slice(0, maxYamlDiagnostics)) {
    diagnostics.push(
      diagnose('invalid-yaml', 'error', span(pointAt, [problem.offset, problem.end]), {
        actual: problem.actual,
        expected: problem.expected,
      }),
    )
  }
  const rest = problems.length - maxYamlDiagnostics
  const last = problems[maxYamlDiagnostics]
  if (rest > 0 && last) {
    diagnostics.push(
      diagnose('repeated-diagnostic', 'error', span(pointAt, [last.offset, last.end]), {
        actual: String(rest),
        expected: 'invalid-yaml',
      }),
    )
  }
  return problems.length > 0
}

// The span of the first alias (`*name`) of a YAML text.
function firstAlias(yaml: string): [number, number] {
  const match = /(?:^|[\s,[{:])(\*[^\s,[\]{}]+)/.exec(yaml)
  if (!match) return [0, 0]
  const start = match.index + match[0].length - (match[1]?.length ?? 0)
  return [start, match.index + match[0].length]
}

/** Finds where a value of the front matter stands, one lookup per key. */
export interface YamlFinder {
  /** The node at a path of keys and indices, or the nearest one above it that exists. */
  nodeAt(path: ReadonlyArray<string | number>): Node | undefined
  /** The key node of a pair in the mapping at a path, if the mapping has the key. */
  keyNodeAt(path: ReadonlyArray<string | number>, key: string): Node | undefined
}

/**
 * Index a document for finding its nodes by path: the pairs of each mapping are put in
 * a map the first time it is asked about, so that a mapping of many keys is not searched
 * again for each of them.
 *
 * @param document - the front matter's document.
 * @returns the finder.
 */
export function createYamlFinder(document: Document): YamlFinder {
  const indexes = new Map<YAMLMap, Map<string, { key: unknown; value: unknown }>>()
  const pairsOf = (map: YAMLMap) => {
    let index = indexes.get(map)
    if (!index) {
      index = new Map()
      for (const item of map.items) {
        if (!isPair(item) || !isScalar(item.key)) continue
        const name = String(item.key.value)
        if (!index.has(name)) index.set(name, item)
      }
      indexes.set(map, index)
    }
    return index
  }
  const childOf = (node: unknown, segment: string | number): unknown => {
    if (isMap(node)) return pairsOf(node).get(String(segment))?.value
    if (isSeq(node) && typeof segment === 'number') return node.items[segment]
    return undefined
  }
  return {
    nodeAt(path) {
      let found = (document.contents ?? undefined) as Node | undefined
      let node: unknown = document.contents
      for (const segment of path) {
        node = childOf(node, segment)
        if (!node || typeof node !== 'object' || !('range' in node)) break
        found = node as Node
      }
      return found
    },
    keyNodeAt(path, key) {
      let map: unknown = document.contents
      for (const segment of path) map = childOf(map, segment)
      if (!isMap(map)) return undefined
      const pair = pairsOf(map).get(key)
      return pair && isScalar(pair.key) ? pair.key : undefined
    },
  }
}

const loneSurrogates = /\p{Cs}/gu

// A double-quoted YAML string may spell half of a surrogate pair (`"\ud800"`), which is
// no character: it becomes U+FFFD with a warning at the scalar, as in the text itself.
// The document's nesting has been checked by now, so the visit stays shallow.
function replaceLoneSurrogates(
  document: Document,
  text: string,
  pointAt: (offset: number) => SourcePoint,
  diagnostics: Diagnostic[],
): void {
  // Only a surrogate in the text or a `\u` or `\U` escape can make one: most front
  // matters hold neither, and their scalars need no visit.
  if (!/\\[uU]|[\uD800-\uDFFF]/.test(text)) return
  let reported = 0
  visit(document, {
    Scalar(_, node) {
      if (typeof node.value !== 'string' || !/\p{Cs}/u.test(node.value)) return
      const found = node.value.match(loneSurrogates) ?? []
      node.value = node.value.replace(loneSurrogates, '\uFFFD')
      if (reported++ >= maxYamlDiagnostics) return
      const code = found[0]?.charCodeAt(0).toString(16).toUpperCase() ?? 'D800'
      const [start = 0, end = start] = node.range ?? []
      const written = loneSurrogateEscape(text.slice(start, end))
      const range = written ? [start + written[0], start + written[1]] : node.range
      diagnostics.push(
        diagnose('lone-surrogate', 'warning', span(pointAt, range), {
          actual: `U+${code}`,
        }),
      )
    },
  })
}

// A double-quoted scalar writes a surrogate as `\uD800` or `\U0000D800`; a high one
// followed at once by a low one is a pair. The span of the first that stands alone, in
// the scalar's source.
function loneSurrogateEscape(source: string): [number, number] | undefined {
  const escapes = /\\(?:u|U0000)([dD][89a-fA-F][0-9a-fA-F]{2}|[dD][c-fC-F][0-9a-fA-F]{2})/g
  let pending: [number, number] | undefined
  for (const match of execAll(escapes, source)) {
    const start = match.index
    const end = start + match[0].length
    const high = /^[dD][89abAB]/.test(match[1] ?? '')
    if (pending) {
      if (!high && pending[1] === start) {
        pending = undefined
        continue
      }
      return pending
    }
    if (!high) return [start, end]
    pending = [start, end]
  }
  return pending
}
