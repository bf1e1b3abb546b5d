import type { SourcePoint } from '../schema/diagnostic.js'

/**
 * Where one field of a parsed article was read from, and which rule read it, so that a
 * reviewer can check a migrated page line by line. Returned by a parser when it is
 * called with `provenance: true`.
 */
export interface FieldProvenance {
  /**
   * The field's path in the article, as `validateArticle` names paths: `headline`,
   * `authors.0`, `source`, `datePublished`, `breadcrumb`, `body.0` (the first
   * paragraph).
   */
  path: string
  /** The span of the original text the value was read from. */
  place: { start: SourcePoint; end: SourcePoint }
  /**
   * The rule that read it, a stable kebab-case name such as `headline-above-header`,
   * `labelled-value` or `byline` (the parsing docs list them).
   */
  rule: string
}
