import type { VFile } from 'vfile'
import type { UnknownKeys } from '../../schema/_lib/object.js'
import type { NewsArticle } from '../../schema/article.js'
import type { Diagnostic } from '../../schema/diagnostic.js'
import { validateArticle } from '../../schema/validate-article.js'
import { diagnose } from '../_lib/diagnose.js'
import type { InputOptions } from '../_lib/input-options.js'
import { createLineCounter } from '../_lib/line-counter.js'
import { resolveJsonOptions } from '../_lib/parser-options.js'
import { readInput } from '../_lib/read-input.js'
import { readSource } from '../_lib/read-source.js'
import { spanAt } from '../_lib/span-at.js'
import { ArticleParseError } from '../article-parse-error.js'
import type { FieldProvenance, ProvenanceOptions } from '../provenance.js'
import { jsonProvenance } from './field-provenance.js'
import { locateIssues } from './locate-issues.js'
import { readJson } from './read-json.js'

/** Options for {@link parseJson}. */
export interface JsonParseOptions extends InputOptions, ProvenanceOptions {
  /** The file name, for the message of a thrown {@link ArticleParseError} (default: none). */
  file?: string | null | undefined
  /** What to do with keys the contract does not name (default: `'reject'`). */
  unknownKeys?: UnknownKeys | null | undefined
}

/** What {@link parseJson} returns: the article and what was noticed on the way. */
export interface JsonParseResult {
  article: NewsArticle
  diagnostics: Diagnostic[]
  /**
   * With `provenance: true`, where each field was read: each top-level field, each item
   * of a top-level list and each block of the body, at its value (rule `json-value`).
   */
  provenance?: FieldProvenance[]
}

/**
 * Read an article from JSON text, such as a file another tool wrote, and validate it.
 * Every problem is a diagnostic at the line and column of the offending value (or key)
 * in the text, with its `path` in the value; the first hundred of each rule are listed
 * and the rest counted (`repeated-diagnostic`). The reading is strict, and nothing is
 * changed silently:
 *
 * - errors, so no article: a syntax error, an object or list nested more than
 *   `maxNesting` deep (`invalid-json`); a key given twice, whose first value would be
 *   lost (`duplicate-key`); a `__proto__` key, which would replace the object's
 *   prototype (`forbidden-key`); a number JavaScript cannot hold as written, such as
 *   `9007199254740993`, `1e400` or `1e-400` (`unsafe-number`); and whatever the model
 *   does not allow (`missing-value`, `invalid-value`, `unknown-key`);
 * - warnings, the article made all the same: a control character in a string, such as
 *   `\u0000` or `\u001b`, removed (`control-character`); half of a surrogate pair on its
 *   own, such as `\ud800`, replaced by U+FFFD (`lone-surrogate`).
 *
 * The time it takes grows in step with the length of the text.
 *
 * Control characters and lone surrogates written as such rather than escaped are
 * removed or replaced before the text is read, as by every parser (see `readInput`).
 *
 * @param json - the JSON text, as a string, as bytes (a `Uint8Array`, decoded as
 *   `decodeText` says), or as a `VFile` holding either: its `path` is then the `file`
 *   option unless one is given, and every diagnostic also goes on it as a message (see
 *   `diagnosticsToFile`), even when an `ArticleParseError` is thrown.
 * @param options - the file name, the policy on unknown keys, whether to return
 *   `provenance`, and the input options.
 * @returns the article and its warnings, and with `provenance: true` where each field
 *   was read.
 * @throws {ArticleParseError} when the text is not JSON or not a valid article; its
 *   `diagnostics` say where.
 * @throws {TypeError | RangeError} when `json` is neither a string, bytes nor a vfile
 *   holding either, or an option is bad.
 * @example
 *   parseJson('{"type":"NewsArticle","language":"en","headline":"Hi","authors":[],"body":{"type":"root","children":[]}}').article.headline
 *   //=> 'Hi'
 */
export function parseJson(
  json: string | Uint8Array | VFile,
  options?: JsonParseOptions | null,
): JsonParseResult {
  const settings = resolveJsonOptions(options)
  return readSource(json, 'json', settings, (value, named) =>
    readInput(value, 'json', named).finish((text) => readArticle(text, named)),
  )
}

function readArticle(
  json: string,
  {
    file,
    unknownKeys,
    provenance,
  }: { file: string | undefined; unknownKeys: UnknownKeys; provenance: boolean },
): JsonParseResult {
  // A byte order mark is not JSON whitespace; a space in its place keeps every offset.
  const text = json.charCodeAt(0) === 0xfeff ? ` ${json.slice(1)}` : json
  const lines = createLineCounter(text)
  if (/^[ \t\n\r]*$/.test(text)) {
    const nothing = { actual: 'nothing', expected: 'a JSON object' }
    throw new ArticleParseError(
      [diagnose('invalid-json', 'error', spanAt(lines, 0, text.length), nothing)],
      file,
    )
  }
  const reading = readJson(text, lines)
  if (reading.syntax.length > 0) throw new ArticleParseError(reading.syntax, file)
  const result = validateArticle(reading.value, { unknownKeys })
  const problems = result.success
    ? []
    : // A number JavaScript cannot hold is reported once, as unsafe, not again as invalid.
      result.issues.filter((issue) => !reading.unsafeNumbers.has(issue.path))
  const diagnostics = byPlace([...reading.diagnostics, ...locateIssues(problems, text, lines)])
  if (!result.success || diagnostics.some((d) => d.severity === 'error')) {
    throw new ArticleParseError(diagnostics, file)
  }
  if (!provenance) return { article: result.article, diagnostics }
  return {
    article: result.article,
    diagnostics,
    provenance: jsonProvenance(result.article, text, lines),
  }
}

// Sorted by where they start in the text; diagnostics at one place keep their order.
function byPlace(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => (a.place?.start.offset ?? 0) - (b.place?.start.offset ?? 0))
}
