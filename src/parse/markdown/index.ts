import type { Root, RootContent } from 'mdast'
import { toString as textOf } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { removePosition } from 'unist-util-remove-position'
import type { NewsArticle } from '../../schema/article.js'
import type { Diagnostic } from '../../schema/diagnostic.js'
import { expectations, tooDeep } from '../../schema/messages.js'
import { pathTooDeep } from '../../schema/nesting.js'
import { validateArticle } from '../../schema/validate-article.js'
import { diagnose } from '../_lib/diagnose.js'
import type { InputOptions } from '../_lib/input-options.js'
import { issueDiagnostic } from '../_lib/issue-diagnostic.js'
import { createLineCounter, type LineCounter } from '../_lib/line-counter.js'
import { resolveMarkdownOptions } from '../_lib/parser-options.js'
import { readInput } from '../_lib/read-input.js'
import { ArticleParseError } from '../article-parse-error.js'
import { detectLanguage } from '../text/language.js'
import { frontMatterFences } from './fences.js'
import type { FrontMatterField } from './front-matter-keys.js'
import { remarkArticleGfm } from './gfm.js'
import { type FrontMatter, keyNodeAt, nodeAt, readYaml } from './read-yaml.js'
import { toFields } from './to-fields.js'

/** Options for {@link parseMarkdown}. */
export interface MarkdownParseOptions extends InputOptions {
  /** The IANA zone of date-times written without an offset (default: `'Asia/Shanghai'`). */
  timeZone?: string | null | undefined
  /** Make an unknown front-matter key an error rather than a warning (default: `false`). */
  strict?: boolean | null | undefined
  /** A file name for the message of a thrown `ArticleParseError` (default: none). */
  file?: string | null | undefined
}

/** What {@link parseMarkdown} returns: the article and what was noticed on the way. */
export interface MarkdownParseResult {
  article: NewsArticle
  diagnostics: Diagnostic[]
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
 * @param markdown - the file, as a string or as bytes (a `Uint8Array`, decoded as
 *   `decodeText` says); control characters are removed with a warning.
 * @param options - time zone, strictness, file name, encoding and input limit.
 * @returns the article and its diagnostics (unknown keys are warnings).
 * @throws {ArticleParseError} when the front matter is not YAML, a value is rejected, a
 *   date cannot be read, or (with `strict`) a key is unknown; each diagnostic points at
 *   the line and column of the front-matter value in the file.
 * @throws {ArticleParseError} when the input is longer than `maxInputLength` or its
 *   bytes are not text.
 * @throws {TypeError | RangeError} when `markdown` is neither a string nor bytes or an
 *   option is bad.
 * @example
 *   parseMarkdown('---\ntitle: Chamber Opens Office\ndate: 2014-10-13\n---\n\nThe chamber opened an office.').article.datePublished
 *   //=> '2014-10-13'
 */
export function parseMarkdown(
  markdown: string | Uint8Array,
  options?: MarkdownParseOptions | null,
): MarkdownParseResult {
  const settings = resolveMarkdownOptions(options)
  const input = readInput(markdown, 'markdown', settings)
  return input.finish((text) => readMarkdown(text, settings))
}

function readMarkdown(
  markdown: string,
  { timeZone, file, strict }: { timeZone: string; file: string | undefined; strict: boolean },
): MarkdownParseResult {
  const tree = processor.parse(markdown) as Root
  const { article, diagnostics } = readArticle(tree, markdown, timeZone, strict)
  if (!article) throw new ArticleParseError(diagnostics, file)
  return { article, diagnostics }
}

/**
 * Read an article from a parsed Markdown tree with a `yaml` front-matter node: the
 * work of `parseMarkdown` and of the remark plugin. The tree is not changed.
 *
 * @param tree - the mdast tree of the file, front matter included.
 * @param markdown - the file's text, for lines and columns.
 * @param timeZone - the zone of date-times written without an offset.
 * @param strict - whether an unknown key is an error.
 * @returns the article, unless an error was found, and every diagnostic, in order.
 */
export function readArticle(
  tree: Root,
  markdown: string,
  timeZone: string,
  strict: boolean,
): { article: NewsArticle | undefined; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const lines = createLineCounter(markdown)
  // TOML front matter (`+++`), as Hugo writes it, is named rather than read as text.
  if (/^\uFEFF?\+\+\+\r?\n/.test(markdown)) {
    diagnostics.push(
      diagnose('invalid-yaml', 'error', lines.pointAt(0), {
        actual: '+++',
        expected: 'YAML front matter between --- lines; TOML front matter (+++) is not read',
      }),
    )
    return { article: undefined, diagnostics }
  }
  const front = frontMatterOf(tree, markdown, lines, diagnostics)
  // Front matter that is not YAML says nothing reliable about the article.
  if (diagnostics.some((d) => d.severity === 'error')) return { article: undefined, diagnostics }
  // Copying and checking the tree go down the call stack one level per node: a text
  // nested deeper than any article (`>>>>…`, lists in lists) could overflow it.
  const deep = pathTooDeep(tree)
  if (deep) {
    diagnostics.push(nestingDiagnostic(tree, deep, lines))
    return { article: undefined, diagnostics }
  }
  const body = structuredClone(tree.children.filter((node) => node.type !== 'yaml'))
  const place = (path: ReadonlyArray<string | number>, part: 'key' | 'value') => {
    const { document } = front
    const last = path[path.length - 1]
    const node = !document
      ? undefined
      : part === 'key' && typeof last === 'string'
        ? keyNodeAt(document, path.slice(0, -1), last)
        : nodeAt(document, path)
    return lines.pointAt(front.offset + (node?.range?.[0] ?? 0))
  }
  const { fields, keys } = toFields(front.data, timeZone, place, diagnostics, strict)

  // Without a title, the body's first top-level heading is the headline: a README's
  // `# Name`, even under a line of badges.
  const first =
    fields.headline === undefined ? body.findIndex((node) => node.type === 'heading') : -1
  if (first >= 0) {
    const [heading] = body.splice(first, 1)
    fields.headline = textOf(heading as RootContent)
  }
  for (const node of body) removePosition(node, { force: true })
  const article = {
    type: 'NewsArticle',
    ...fields,
    language: fields.language ?? detectLanguage(body.map((node) => textOf(node)).join('\n')),
    authors: fields.authors ?? [],
    body: { type: 'root', children: body },
  }
  const result = validateArticle(article)
  if (!result.success) {
    for (const issue of result.issues) {
      diagnostics.push(
        locate(issue.segments, keys, front, lines, (start, end) =>
          issueDiagnostic(issue, start, end),
        ),
      )
    }
  }
  const failed = !result.success || diagnostics.some((d) => d.severity === 'error')
  return { article: failed ? undefined : result.article, diagnostics: sorted(diagnostics) }
}

// Where the first too deeply nested node starts, as far as the path can be followed.
function nestingDiagnostic(
  tree: Root,
  path: ReadonlyArray<string | number>,
  lines: LineCounter,
): Diagnostic {
  let node: unknown = tree
  let offset = 0
  for (const key of path) {
    node = (node as Record<string | number, unknown>)[key]
    const start = (node as { position?: { start?: { offset?: number } } }).position?.start?.offset
    if (typeof start === 'number') offset = start
  }
  return diagnose('invalid-value', 'error', lines.pointAt(offset), {
    actual: tooDeep,
    expected: expectations.nesting,
  })
}

function frontMatterOf(
  tree: Root,
  markdown: string,
  lines: LineCounter,
  diagnostics: Diagnostic[],
): FrontMatter {
  const node = tree.children[0]
  if (node?.type !== 'yaml' || !node.position) return { data: {}, document: undefined, offset: 0 }
  // The YAML text starts on the line after the opening fence.
  const opening = node.position.start.offset ?? 0
  const offset = markdown.indexOf('\n', opening) + 1
  return readYaml(node.value, offset, lines, diagnostics)
}

// Where in the file an issue with the article's field at `segments` stands: the value in
// the front matter under the key it was written with, or the nearest value above it.
function locate(
  segments: ReadonlyArray<string | number>,
  keys: Partial<Record<FrontMatterField, ReadonlyArray<string | number>>>,
  front: FrontMatter,
  lines: LineCounter,
  make: (
    start: ReturnType<LineCounter['pointAt']>,
    end: ReturnType<LineCounter['pointAt']>,
  ) => Diagnostic,
): Diagnostic {
  const [field, ...rest] = segments
  const key = typeof field === 'string' ? keys[field as FrontMatterField] : undefined
  if (!front.document || key === undefined) {
    const start = lines.pointAt(front.offset)
    return make(start, start)
  }
  const node = nodeAt(front.document, [...key, ...rest])
  const [from = 0, to = from] = node?.range ?? []
  return make(lines.pointAt(front.offset + from), lines.pointAt(front.offset + to))
}

function sorted(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column)
}
