import type { Root } from 'mdast'
import { toString as textOf } from 'mdast-util-to-string'
import type { Position } from 'unist'
import type { NewsArticle } from '../../schema/article.js'
import type { Diagnostic, SourcePoint } from '../../schema/diagnostic.js'
import { expectations, tooDeep } from '../../schema/messages.js'
import { pathTooDeep } from '../../schema/nesting.js'
import { validateArticle } from '../../schema/validate-article.js'
import { diagnose } from '../_lib/diagnose.js'
import { issueDiagnostic } from '../_lib/issue-diagnostic.js'
import { spanOf as span } from '../_lib/span-at.js'
import type { FieldProvenance } from '../provenance.js'
import { detectLanguage } from '../text/language.js'
import { languageNameTags } from '../vocabulary/language-names.js'
import { copyBody } from './body-copy.js'
import { markdownProvenance } from './field-provenance.js'
import type { FrontMatterField } from './front-matter-keys.js'
import { htmlNestingTooDeep } from './html-nesting.js'
import { type FrontMatter, readYaml } from './read-yaml.js'
import { toFields } from './to-fields.js'

/** The text a tree was parsed from, and the place in the file of each of its offsets. */
export interface ParsedSource {
  /** The text the tree was parsed from. */
  text: string
  /** The place in the file of an offset in `text`. */
  pointAt: (offset: number) => SourcePoint
  /** What a string of the tree was in the file (default: itself). */
  restore?: ((value: string) => string) | undefined
}

/**
 * Read an article from a parsed Markdown tree with a `yaml` front-matter node: the
 * work of `parseMarkdown` and of the remark plugin. The tree is not changed.
 *
 * @param tree - the mdast tree of the file, front matter included.
 * @param source - the text the tree was parsed from, for lines and columns.
 * @param timeZone - the zone of date-times written without an offset.
 * @param strict - whether an unknown key is an error.
 * @param provenance - whether to say where each field was read (default: `false`).
 * @param languageNames - names of languages and their tags (default: `languageNameTags`).
 * @returns the article, unless an error was found, every diagnostic, in order, and
 *   with `provenance`, where each field was read.
 */
export function readArticle(
  tree: Root,
  source: ParsedSource,
  timeZone: string,
  strict: boolean,
  provenance = false,
  languageNames: Readonly<Record<string, string>> = languageNameTags,
): { article: NewsArticle | undefined; diagnostics: Diagnostic[]; provenance?: FieldProvenance[] } {
  const diagnostics: Diagnostic[] = []
  const { text, pointAt, restore = (value: string) => value } = source
  // TOML front matter (`+++`), as Hugo writes it, is named rather than read as text.
  if (/^\uFEFF?\+\+\+[\r\n]/.test(text)) {
    const fence = text.indexOf('+++')
    diagnostics.push(
      diagnose('invalid-yaml', 'error', span(pointAt, [fence, fence + 3]), {
        actual: '+++',
        expected: 'YAML front matter between --- lines; TOML front matter (+++) is not read',
      }),
    )
    return { article: undefined, diagnostics }
  }
  const front = frontMatterOf(tree, source, diagnostics)
  // Front matter that is not YAML says nothing reliable about the article.
  if (diagnostics.some((d) => d.severity === 'error')) return { article: undefined, diagnostics }
  // Copying and checking the tree go down the call stack one level per node: a text
  // nested deeper than any article (`>>>>…`, lists in lists, `<div><div>…`) could
  // overflow it, here or in a renderer.
  const deep = deepestPlace(tree)
  if (deep !== undefined) {
    diagnostics.push(
      diagnose('invalid-value', 'error', span(pointAt, deep), {
        actual: tooDeep,
        expected: expectations.nesting,
      }),
    )
    return { article: undefined, diagnostics }
  }
  const blocks = tree.children.filter((node) => node.type !== 'yaml')
  const place = (path: ReadonlyArray<string | number>, part: 'key' | 'value') => {
    const { find } = front
    const last = path[path.length - 1]
    const node = !find
      ? undefined
      : part === 'key' && typeof last === 'string'
        ? find.keyNodeAt(path.slice(0, -1), last)
        : find.nodeAt(path)
    return span(front.pointAt, node?.range)
  }
  const { fields, keys } = toFields(front.data, timeZone, place, diagnostics, strict, languageNames)

  // Without a title, the body's first top-level heading is the headline: a README's
  // `# Name`, even under a line of badges.
  const first =
    fields.headline === undefined ? blocks.findIndex((node) => node.type === 'heading') : -1
  const [heading] = first >= 0 ? blocks.splice(first, 1) : []
  if (heading) fields.headline = restore(textOf(heading).replace(/\r\n?/g, '\n'))
  const sources = provenance
    ? markdownProvenance({
        fields,
        keys,
        front,
        heading,
        blocks,
        languageDetected: fields.language === undefined,
        pointAt,
      })
    : undefined
  const body = copyBody(blocks, restore)
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
        locate(issue.segments, keys, front, (start, end) => issueDiagnostic(issue, start, end)),
      )
    }
  }
  const failed = !result.success || diagnostics.some((d) => d.severity === 'error')
  const read = { article: failed ? undefined : result.article, diagnostics: sorted(diagnostics) }
  return sources && !failed ? { ...read, provenance: sources } : read
}

// The span of the first node nested too deep, by the model's count of levels or by
// that of Markdown nodes and raw HTML elements together.
function deepestPlace(tree: Root): [number, number] | undefined {
  const path = pathTooDeep(tree)
  if (path) {
    let node: unknown = tree
    let found: [number, number] = [0, 0]
    for (const key of path) {
      node = (node as Record<string | number, unknown>)[key]
      const { start, end } = (node as { position?: Position }).position ?? {}
      if (typeof start?.offset === 'number') found = [start.offset, end?.offset ?? start.offset]
    }
    return found
  }
  return htmlNestingTooDeep(tree)
}

function frontMatterOf(tree: Root, source: ParsedSource, diagnostics: Diagnostic[]): FrontMatter {
  const node = tree.children[0]
  if (node?.type !== 'yaml' || !node.position) {
    return { data: {}, find: undefined, pointAt: source.pointAt }
  }
  // The YAML text starts on the line after the opening fence, whatever ends that line.
  const opening = node.position.start.offset ?? 0
  const fence = /\r\n?|\n/g
  fence.lastIndex = opening
  const match = fence.exec(source.text)
  const offset = match ? match.index + match[0].length : opening
  return readYaml(node.value, (at) => source.pointAt(offset + at), diagnostics)
}

// Where in the file an issue with the article's field at `segments` stands: the value in
// the front matter under the key it was written with, or the nearest value above it.
function locate(
  segments: ReadonlyArray<string | number>,
  keys: Partial<Record<FrontMatterField, ReadonlyArray<string | number>>>,
  front: FrontMatter,
  make: (start: SourcePoint, end: SourcePoint) => Diagnostic,
): Diagnostic {
  const [field, ...rest] = segments
  const key = typeof field === 'string' ? keys[field as FrontMatterField] : undefined
  // A field no key gave (a missing headline) is about the front matter as a whole.
  const node = front.find?.nodeAt(key === undefined ? [] : [...key, ...rest])
  const { place } = span(front.pointAt, node?.range)
  return make(place.start, place.end)
}

function sorted(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column)
}
