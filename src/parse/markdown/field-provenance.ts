import type { RootContent } from 'mdast'
import { isSeq } from 'yaml'
import type { SourcePoint } from '../../schema/diagnostic.js'
import type { FieldProvenance } from '../provenance.js'
import type { FrontMatterField } from './front-matter-keys.js'
import type { FrontMatter } from './read-yaml.js'

type Span = [SourcePoint, SourcePoint]

/** The rules named in the provenance `parseMarkdown` returns, by what each reads. */
export const markdownProvenanceRules = {
  /** A field from the value of its front-matter key (or of an item of its list). */
  frontMatter: 'front-matter',
  /** The headline from the body's first heading, when the front matter has no title. */
  firstHeading: 'first-heading',
  /** The language from the script of the body, when the front matter gives none. */
  bodyScript: 'body-script',
  /** A top-level block of the body. */
  block: 'markdown-block',
} as const

/** What {@link markdownProvenance} reads the places from. */
export interface MarkdownSources {
  /** The article's fields as read, to know which keys gave a value. */
  fields: Partial<Record<FrontMatterField, unknown>>
  /** The front-matter key each field came from. */
  keys: Partial<Record<FrontMatterField, ReadonlyArray<string | number>>>
  /** The front matter, to find each key's value. */
  front: FrontMatter
  /** The heading that gave the headline, if one did. */
  heading: RootContent | undefined
  /** The body's top-level blocks, with their positions. */
  blocks: ReadonlyArray<RootContent>
  /** Whether the language was told from the body's script. */
  languageDetected: boolean
  /** The place in the file of an offset in the Markdown the tree was parsed from. */
  pointAt: (offset: number) => SourcePoint
}

/**
 * Say where each field of an article read from Markdown stands in the file: each
 * front-matter field at its YAML value (and each item of a YAML list, as
 * `authors[0]`), a headline taken from the first heading at that heading, a detected
 * language at the body, and each top-level block of the body (`body.children[0]`).
 *
 * @param sources - the fields, the front matter and the body's blocks.
 * @returns the provenance of each field, in the order of the file.
 */
export function markdownProvenance(sources: MarkdownSources): FieldProvenance[] {
  const { fields, keys, front, heading, blocks, languageDetected, pointAt } = sources
  const entries: FieldProvenance[] = []
  const add = (path: string, rule: string, start: SourcePoint, end: SourcePoint) =>
    entries.push({ path, place: { start, end }, rule })
  for (const [field, key] of Object.entries(keys) as Array<
    [FrontMatterField, ReadonlyArray<string | number> | undefined]
  >) {
    const node = key && fields[field] !== undefined ? front.find?.nodeAt(key) : undefined
    if (!node?.range) continue
    add(
      field,
      markdownProvenanceRules.frontMatter,
      front.pointAt(node.range[0]),
      front.pointAt(node.range[1]),
    )
    if (!isSeq(node) || !Array.isArray(fields[field])) continue
    node.items.forEach((item, index) => {
      const range = (item as { range?: readonly number[] | null }).range
      if (!range) return
      const [start = 0, end = start] = range
      add(
        `${field}[${index}]`,
        markdownProvenanceRules.frontMatter,
        front.pointAt(start),
        front.pointAt(end),
      )
    })
  }
  const span = (from: RootContent, to: RootContent = from): Span | undefined => {
    const start = from.position?.start.offset
    const end = to.position?.end.offset
    return start === undefined || end === undefined ? undefined : [pointAt(start), pointAt(end)]
  }
  const headingSpan = heading && span(heading)
  if (headingSpan) add('headline', markdownProvenanceRules.firstHeading, ...headingSpan)
  const first = blocks[0]
  const bodySpan = first && span(first, blocks[blocks.length - 1])
  if (languageDetected && bodySpan) {
    add('language', markdownProvenanceRules.bodyScript, ...bodySpan)
  }
  blocks.forEach((block, index) => {
    const blockSpan = span(block)
    if (blockSpan) add(`body.children[${index}]`, markdownProvenanceRules.block, ...blockSpan)
  })
  return entries.sort((a, b) => a.place.start.offset - b.place.start.offset)
}
