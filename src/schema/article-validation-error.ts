import { formatValidationIssue, type ValidationIssue } from './validation-issue.js'

/**
 * Thrown when a value that must be an article is not one. It is a `TypeError`, and its
 * message lists every issue with its path, one per line; `issues` holds them as data.
 *
 * @example
 *   try {
 *     assertArticle({ type: 'NewsArticle' })
 *   } catch (error) {
 *     if (error instanceof ArticleValidationError) error.issues[0].path //=> 'language'
 *   }
 */
export class ArticleValidationError extends TypeError {
  override name = 'ArticleValidationError'
  /** Every problem found, in the order the value was checked. */
  readonly issues: ValidationIssue[]

  /**
   * @param issues - the problems found.
   * @param subject - what was checked, for the first line of the message (default: `'article'`).
   */
  constructor(issues: ValidationIssue[], subject = 'article') {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`
    super(
      [
        `Invalid ${subject} (${count}):`,
        ...issues.map((i) => `  ${formatValidationIssue(i)}`),
      ].join('\n'),
    )
    this.issues = issues
  }
}
