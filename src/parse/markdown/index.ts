import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import type { NewsArticle } from '../../schema/article.js'
import type { Diagnostic } from '../../schema/diagnostic.js'
import { expectations, tooDeep } from '../../schema/messages.js'
import { diagnose } from '../_lib/diagnose.js'
import type { InputOptions } from '../_lib/input-options.js'
import { createLineCounter } from '../_lib/line-counter.js'
import { resolveMarkdownOptions } from '../_lib/parser-options.js'
import { readInput } from '../_lib/read-input.js'
import { readSource } from '../_lib/read-source.js'
import { spanAt } from '../_lib/span-at.js'
import { ArticleParseError } from '../article-parse-error.js'
import type { FieldProvenance, ProvenanceOptions } from '../provenance.js'
import { boundComplexMarkdown, complexMarkdownLimits, delimiterNames } from './complex-markdown.js'
import { findDeepContainer } from './container-depth.js'
import { frontMatterFences } from './fences.js'
import { findFrontMatter } from './front-matter-extent.js'
import { remarkArticleGfm } from './gfm.js'
import { readArticle } from './read-article.js'
import { maxFrontMatterLength, yamlProblems } from './yaml-limits.js'

/** Options for {@link parseMarkdown}. */
export interface MarkdownParseOptions extends InputOptions, ProvenanceOptions {
  /** The IANA zone of date-times written without an offset (default: `'Asia/Shanghai'`). */
  timeZone?: string | null | undefined
  /** Make an unknown front-matter key an error rather than a warning (default: `false`). */
  strict?: boolean | null | undefined
  /**
   * More names of languages that front matter may give instead of a tag, each with its
   * BCP 47 tag (`{ Klingon: 'tlh' }`), read besides `languageNameTags` and before them
   * (default: none). Names are matched in any case.
   */
  languageNameTags?: Readonly<Record<string, string>> | null | undefined
  /** A file name for the message of a thrown `ArticleParseError` (default: none). */
  file?: string | null | undefined
}

/** What {@link parseMarkdown} returns: the article and what was noticed on the way. */
export interface MarkdownParseResult {
  article: NewsArticle
  diagnostics: Diagnostic[]
  /**
   * With `provenance: true`, where each field was read: front-matter values, the first
   * heading, the body's blocks (the rules are listed in `markdownProvenanceRules`).
   */
  provenance?: FieldProvenance[]
}

const processor = unified()
  .use(remarkParse)
  .use(remarkArticleGfm)
  .use(remarkFrontmatter, frontMatterFences)

/**
 * Read a Markdown file with YAML front matter into an article: the front matter gives
 * the fields (the contract's names and the usual aliases: `title`, `date`, `author`,
 * `tags`), the Markdown after it the body, as mdast with GFM (tables, strikethrough,
 * task lists, footnotes; `<https://…>` autolinks, but a bare address stays text). Without a `title`, a first-level heading opening the body is
 * the headline; without `language`, the body's script tells it.
 *
 * @param markdown - the file, as a string, as bytes (a `Uint8Array`, decoded as
 *   `decodeText` says), or as a `VFile` holding either: its `path` is then the `file`
 *   option unless one is given, and every diagnostic also goes on it as a message (see
 *   `diagnosticsToFile`), even when an `ArticleParseError` is thrown. Control characters
 *   are removed with a warning.
 * @param options - time zone, strictness, file name, encoding, input limit, and whether
 *   to return `provenance`.
 * @returns the article and its diagnostics (unknown keys are warnings), and with
 *   `provenance: true` where each field was read.
 * @throws {ArticleParseError} when the front matter is not YAML, a value is rejected, a
 *   date cannot be read, or (with `strict`) a key is unknown; each diagnostic points at
 *   the line and column of the front-matter value in the file.
 * @throws {ArticleParseError} when the input is longer than `maxInputLength` or its
 *   bytes are not text.
 * @throws {TypeError | RangeError} when `markdown` is neither a string, bytes nor a vfile
 *   holding either, or an option is bad.
 * @example
 *   parseMarkdown('---\ntitle: Chamber Opens Office\ndate: 2014-10-13\n---\n\nThe chamber opened an office.').article.datePublished
 *   //=> '2014-10-13'
 */
export function parseMarkdown(
  markdown: string | Uint8Array | VFile,
  options?: MarkdownParseOptions | null,
): MarkdownParseResult {
  const settings = resolveMarkdownOptions(options)
  return readSource(markdown, 'markdown', settings, (value, named) =>
    readInput(value, 'markdown', named).finish((text) => readMarkdown(text, named)),
  )
}

function readMarkdown(
  markdown: string,
  {
    timeZone,
    file,
    strict,
    provenance,
    languageNames,
  }: {
    timeZone: string
    file: string | undefined
    strict: boolean
    provenance: boolean
    languageNames: Readonly<Record<string, string>>
  },
): MarkdownParseResult {
  const lines = createLineCounter(markdown)
  // A front matter too long to read is refused before the Markdown parser spends
  // seconds on its lines.
  const front = findFrontMatter(markdown)
  if (front && front.length > maxFrontMatterLength) {
    const expected = yamlProblems.tooLong(front.length)
    const at = spanAt(lines, front.start, front.start + front.length)
    throw new ArticleParseError([diagnose('invalid-yaml', 'error', at, { expected })], file)
  }
  // A line whose markers alone nest past the limit would cost the Markdown parser time
  // with the square of its depth before the tree could be refused.
  const deep = findDeepContainer(markdown, front?.end ?? 0)
  if (deep !== undefined) {
    const at = spanAt(lines, deep, markerEnd(markdown, deep))
    const facts = { actual: tooDeep, expected: expectations.nesting }
    throw new ArticleParseError([diagnose('invalid-value', 'error', at, facts)], file)
  }
  // Constructs on which the Markdown parser takes time out of proportion to their length
  // are made text first, each with a warning at its place.
  const bounded = boundComplexMarkdown(markdown, complexMarkdownLimits, front ?? null)
  const pointAt = (offset: number) => lines.pointAt(bounded.toOriginal(offset))
  const tree = processor.parse(bounded.text) as Root
  const source = { text: bounded.text, pointAt, restore: bounded.restore }
  const read = readArticle(tree, source, timeZone, strict, provenance, languageNames)
  const { article } = read
  const diagnostics = [
    ...bounded.blocks.map((block) =>
      diagnose('complex-markdown', 'warning', spanAt(lines, block.offset, block.offset + 1), {
        actual: String(block.count),
        expected: `at most ${complexMarkdownLimits[block.kind]} ${delimiterNames[block.kind]} in one ${block.kind === 'setextHeadings' ? 'file' : 'block'}`,
      }),
    ),
    ...read.diagnostics,
  ].sort((a, b) => a.line - b.line || a.column - b.column)
  if (!article) throw new ArticleParseError(diagnostics, file)
  return read.provenance
    ? { article, diagnostics, provenance: read.provenance }
    : { article, diagnostics }
}

// Where the container marker at an offset ends: `>`, `-`, `*`, `+`, or `1.` and `1)`.
function markerEnd(text: string, offset: number): number {
  const marker = /\d{1,9}[.)]|[>*+-]/y
  marker.lastIndex = offset
  return marker.test(text) ? marker.lastIndex : offset + 1
}
