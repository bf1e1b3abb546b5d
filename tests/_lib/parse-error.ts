import { ArticleParseError } from '../../src/parse/article-parse-error.js'

/**
 * Run a parse that must fail, and return its `ArticleParseError`; any other outcome
 * fails the test (a result, or an error of another class, which is thrown on).
 *
 * @param run - calls a parser.
 * @returns the error the parser threw.
 * @example
 *   parseErrorOf(() => parseJson('{')).diagnostics[0].ruleId //=> 'invalid-json'
 */
export function parseErrorOf(run: () => unknown): ArticleParseError {
  try {
    run()
  } catch (error) {
    if (error instanceof ArticleParseError) return error
    throw error
  }
  throw new Error('expected an ArticleParseError')
}
