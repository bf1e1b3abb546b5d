import type { Diagnostic } from '../schema/diagnostic.js'
import { formatDiagnostic } from '../schema/format-diagnostic.js'

/**
 * Thrown by the parsers when no valid article can be made from the input. It carries
 * every diagnostic; its message lists the errors with their lines and columns.
 *
 * @example
 *   try {
 *     parseJson('{"type": "NewsArticle"')
 *   } catch (error) {
 *     if (error instanceof ArticleParseError) error.diagnostics[0].ruleId //=> 'invalid-json'
 *   }
 */
export class ArticleParseError extends Error {
  override name = 'ArticleParseError'
  /** Every diagnostic of the parse, errors first as they were found. */
  readonly diagnostics: Diagnostic[]
  /** The file name given to the parser, if any. */
  readonly file: string | undefined

  /**
   * @param diagnostics - what the parser found.
   * @param file - the file name, for the message (default: `'<input>'`).
   */
  constructor(diagnostics: Diagnostic[], file?: string) {
    const errors = diagnostics.filter((d) => d.severity === 'error')
    const shown = errors.length > 0 ? errors : diagnostics
    super(
      [
        'No valid article could be made:',
        ...shown.map((d) => `  ${formatDiagnostic(d, { file: file ?? '<input>' })}`),
      ].join('\n'),
    )
    this.diagnostics = diagnostics
    this.file = file
  }
}
