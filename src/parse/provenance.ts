import type { SourcePoint } from '../schema/diagnostic.js'

/**
 * Where one field of a parsed article was read from, and which rule read it, so that a
 * reviewer can check a migrated page line by line. Returned by a parser when it is
 * called with `provenance: true`.
 *
 * @example
 *   parseMarkdown('---\ntitle: Hi\n---\n\nText.', { provenance: true }).provenance?.[0]
 *   //=> { path: 'headline', rule: 'front-matter', place: { start: { line: 2, column: 8, offset: 11 }, end: { line: 2, column: 10, offset: 13 } } }
 */
export interface FieldProvenance {
  /**
   * The field's path in the article, as `validateArticle` and diagnostics name paths:
   * `headline`, `authors[0]`, `source`, `datePublished`, `breadcrumb`,
   * `body.children[0]` (the body's first block).
   */
  path: string
  /** The span of the original text the value was read from. */
  place: { start: SourcePoint; end: SourcePoint }
  /**
   * The rule that read it, a stable kebab-case name such as `headline-above-header`,
   * `labelled-value`, `byline` or `front-matter` (the parsing docs list them).
   */
  rule: string
}

/** The option that asks a parser for the provenance of each field. */
export interface ProvenanceOptions {
  /**
   * Return `provenance`: for each field of the article, the span of the text it was
   * read from and the rule that read it (default: `false`).
   */
  provenance?: boolean | null | undefined
}
