import { type Document, isMap, isScalar, isSeq, type Node, parseDocument } from 'yaml'
import type { Diagnostic } from '../../schema/diagnostic.js'
import { diagnose } from '../_lib/diagnose.js'
import type { LineCounter } from '../_lib/line-counter.js'

/** Front matter read from YAML, with its document for finding where each value stands. */
export interface FrontMatter {
  /** The mapping's values by key, as plain data; `{}` for no front matter. */
  data: Record<string, unknown>
  /** The parsed document, or `undefined` for no front matter. */
  document: Document | undefined
  /** Offset of the YAML text in the file. */
  offset: number
}

/**
 * Parse the YAML of a front matter block. Syntax errors, duplicate keys and a front
 * matter that is not a mapping become `invalid-yaml` diagnostics at their place in the file.
 *
 * @param yaml - the text between the `---` lines.
 * @param offset - where that text starts in the file.
 * @param lines - the file's line counter.
 * @param diagnostics - where problems go.
 * @returns the front matter.
 */
export function readYaml(
  yaml: string,
  offset: number,
  lines: LineCounter,
  diagnostics: Diagnostic[],
): FrontMatter {
  // YAML 1.2's core schema: `2014-10-13` stays the string it was written as, read
  // later in the page's time zone, and `no` stays a string too.
  const document = parseDocument(yaml, { schema: 'core', uniqueKeys: true, prettyErrors: false })
  for (const error of [...document.errors, ...document.warnings]) {
    const at = lines.pointAt(offset + (error.pos[0] ?? 0))
    const message = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? ''
    diagnostics.push(
      diagnose('invalid-yaml', document.errors.includes(error as never) ? 'error' : 'warning', at, {
        actual: error.code,
        expected: message,
      }),
    )
  }
  if (document.errors.length > 0) return { data: {}, document, offset }
  const contents = document.contents
  if (
    contents === null ||
    (isScalar(contents) && (contents.value === null || contents.value === ''))
  ) {
    return { data: {}, document, offset }
  }
  if (!isMap(contents)) {
    const at = lines.pointAt(offset + (contents.range?.[0] ?? 0))
    diagnostics.push(
      diagnose('invalid-yaml', 'error', at, {
        actual: isSeq(contents) ? 'a list' : 'a single value',
        expected: 'front matter that is a mapping of keys to values, such as "title: …"',
      }),
    )
    return { data: {}, document, offset }
  }
  const data = document.toJS({ maxAliasCount: 100 }) as Record<string, unknown>
  // A value tagged !!timestamp is read as it was written, in the page's time zone, like
  // any other date: `2014-10-13` stays a date, not midnight in London.
  for (const pair of contents.items) {
    if (isScalar(pair.key) && isScalar(pair.value) && pair.value.value instanceof Date) {
      data[String(pair.key.value)] = pair.value.source
    }
  }
  return { data, document, offset }
}

/**
 * The YAML node at a path of keys and indices, or the nearest one above it that exists.
 *
 * @param document - the front matter's document.
 * @param path - keys and indices from the top.
 * @returns the node, or the document's top node when nothing on the path exists.
 */
export function nodeAt(document: Document, path: ReadonlyArray<string | number>): Node | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length), true)
    if (node && typeof node === 'object' && 'range' in node) return node as Node
  }
  return document.contents ?? undefined
}

/**
 * The key node of a pair in a mapping at a path.
 *
 * @param document - the front matter's document.
 * @param path - the path of the mapping.
 * @param key - the key.
 * @returns the key's node, if the mapping has it.
 */
export function keyNodeAt(
  document: Document,
  path: ReadonlyArray<string | number>,
  key: string,
): Node | undefined {
  const map = path.length === 0 ? document.contents : document.getIn(path, true)
  if (!isMap(map)) return undefined
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key)
  return pair && isScalar(pair.key) ? pair.key : undefined
}
