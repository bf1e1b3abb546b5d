import {
  findNodeAtLocation,
  type Node,
  type ParseError,
  parseTree,
  printParseErrorCode,
} from 'jsonc-parser'
import type { UnknownKeys } from '../../schema/_lib/object.js'
import type { NewsArticle } from '../../schema/article.js'
import type { Diagnostic } from '../../schema/diagnostic.js'
import { expectations, tooDeep } from '../../schema/messages.js'
import { maxNesting } from '../../schema/nesting.js'
import { validateArticle } from '../../schema/validate-article.js'
import type { ValidationIssue } from '../../schema/validation-issue.js'
import { diagnose } from '../_lib/diagnose.js'
import type { InputOptions } from '../_lib/input-options.js'
import { issueDiagnostic } from '../_lib/issue-diagnostic.js'
import { createLineCounter, type LineCounter } from '../_lib/line-counter.js'
import { resolveJsonOptions } from '../_lib/parser-options.js'
import { readInput } from '../_lib/read-input.js'
import { ArticleParseError } from '../article-parse-error.js'
import { jsonSyntaxExpectations } from './syntax-errors.js'

/** Options for {@link parseJson}. */
export interface JsonParseOptions extends InputOptions {
  /** The file name, for the message of a thrown {@link ArticleParseError} (default: none). */
  file?: string | null | undefined
  /** What to do with keys the contract does not name (default: `'reject'`). */
  unknownKeys?: UnknownKeys | null | undefined
}

/** What {@link parseJson} returns: the article and what was noticed on the way. */
export interface JsonParseResult {
  article: NewsArticle
  diagnostics: Diagnostic[]
}

/**
 * Read an article from JSON text, such as a file another tool wrote, and validate it.
 * Every problem is located at the line and column of the offending value (or key) in the
 * text.
 *
 * @param json - the JSON text, as a string or as bytes (a `Uint8Array`, decoded as
 *   `decodeText` says); control characters outside strings are removed with a warning.
 * @param options - the file name and the policy on unknown keys.
 * @returns the article and its diagnostics.
 * @throws {ArticleParseError} when the text is not JSON or not a valid article; its
 *   `diagnostics` say where.
 * @throws {TypeError | RangeError} when `json` is neither a string nor bytes, or an option
 *   is bad.
 * @example
 *   parseJson('{"type":"NewsArticle","language":"en","headline":"Hi","authors":[],"body":{"type":"root","children":[]}}').article.headline
 *   //=> 'Hi'
 */
export function parseJson(
  json: string | Uint8Array,
  options?: JsonParseOptions | null,
): JsonParseResult {
  const settings = resolveJsonOptions(options)
  const input = readInput(json, 'json', settings)
  return input.finish((text) => readJson(text, settings))
}

function readJson(
  json: string,
  { file, unknownKeys }: { file: string | undefined; unknownKeys: JsonParseOptions['unknownKeys'] },
): JsonParseResult {
  // A byte order mark is not JSON whitespace; a space in its place keeps every offset.
  const text = json.charCodeAt(0) === 0xfeff ? ` ${json.slice(1)}` : json
  const lines = createLineCounter(text)
  const errors: ParseError[] = []
  // The JSON readers go down the call stack one level per object or list: a text nested
  // deeper than any article could overflow it.
  const deep = offsetTooDeep(text)
  if (deep !== undefined) {
    const at = lines.pointAt(deep)
    const diagnostic = diagnose('invalid-json', 'error', at, {
      actual: tooDeep,
      expected: expectations.nesting,
    })
    throw new ArticleParseError([diagnostic], file ?? undefined)
  }
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false })
  if (errors.length > 0 || tree === undefined) {
    // The scanner may report a second error at the same place as the first (a key,
    // then a value, expected after a trailing comma); the first says it best.
    const located = errors.filter((e, i) => i === 0 || e.offset !== errors[i - 1]?.offset)
    const diagnostics = located.map((error) => syntaxDiagnostic(error, text, lines))
    if (diagnostics.length === 0) diagnostics.push(emptyDiagnostic(lines))
    throw new ArticleParseError(diagnostics, file ?? undefined)
  }
  const result = validateArticle(readValue(text, lines, file), {
    unknownKeys: unknownKeys ?? 'reject',
  })
  if (!result.success) {
    const diagnostics = result.issues
      .map((issue) => locate(issue, tree, lines))
      .sort((a, b) => a.line - b.line || a.column - b.column)
    throw new ArticleParseError(diagnostics, file ?? undefined)
  }
  return { article: result.article, diagnostics: [] }
}

// The scanner above located every syntax error; JSON.parse builds the value, so that a
// key such as "__proto__" stays an own property. Should the two ever disagree, the text
// is reported as not JSON rather than letting the engine's error through.
function readValue(text: string, lines: LineCounter, file: string | null | undefined): unknown {
  try {
    return JSON.parse(text)
  } catch {
    const at = lines.pointAt(0)
    throw new ArticleParseError(
      [diagnose('invalid-json', 'error', at, { expected: 'well-formed JSON' })],
      file ?? undefined,
    )
  }
}

// The offset of the first `{` or `[` nested deeper than `maxNesting`, strings skipped.
function offsetTooDeep(text: string): number | undefined {
  let depth = 0
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (inString) {
      if (code === 0x5c) index++
      else if (code === 0x22) inString = false
    } else if (code === 0x22) inString = true
    else if (code === 0x7b || code === 0x5b) {
      depth++
      if (depth > maxNesting) return index
    } else if (code === 0x7d || code === 0x5d) depth--
  }
  return undefined
}

function syntaxDiagnostic(error: ParseError, text: string, lines: LineCounter): Diagnostic {
  const start = lines.pointAt(error.offset)
  const end = lines.pointAt(error.offset + error.length)
  const found = text.slice(error.offset, error.offset + Math.max(1, Math.min(error.length, 20)))
  const expected = jsonSyntaxExpectations[printParseErrorCode(error.error)] ?? 'well-formed JSON'
  const actual = found === '' ? 'the end of the text' : JSON.stringify(found)
  return diagnose(
    'invalid-json',
    'error',
    { ...start, place: { start, end } },
    { actual, expected },
  )
}

function emptyDiagnostic(lines: LineCounter): Diagnostic {
  return diagnose('invalid-json', 'error', lines.pointAt(0), {
    actual: 'nothing',
    expected: 'a JSON object',
  })
}

function locate(issue: ValidationIssue, tree: Node, lines: LineCounter): Diagnostic {
  const node = nodeOf(tree, issue)
  return issueDiagnostic(
    issue,
    lines.pointAt(node.offset),
    lines.pointAt(node.offset + node.length),
  )
}

// The node an issue is about: an unknown key's own key, an existing value, or, for a
// missing value, the nearest enclosing object.
function nodeOf(tree: Node, issue: ValidationIssue): Node {
  const segments = [...issue.segments]
  const node = findNodeAtLocation(tree, segments)
  if (node !== undefined) {
    const property = node.parent
    if (issue.code === 'unknown-key' && property?.type === 'property') {
      return property.children?.[0] ?? node
    }
    return node
  }
  while (segments.length > 0) {
    segments.pop()
    const ancestor = findNodeAtLocation(tree, segments)
    if (ancestor !== undefined) return ancestor
  }
  return tree
}
