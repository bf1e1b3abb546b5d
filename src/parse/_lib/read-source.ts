import type { Diagnostic } from '../../schema/diagnostic.js'
import { ArticleParseError } from '../article-parse-error.js'
import { checkOption } from './check-option.js'
import { diagnosticsToFile } from './diagnostics-to-file.js'
import { isVFile } from './is-vfile.js'

/**
 * Run a parser on its first argument, which may be a vfile. Text and bytes go to the
 * parser as they are. From a vfile the parser reads its `value`, with its `path` as the
 * `file` option when the caller gave none; then every diagnostic goes on the vfile as a
 * message (see `diagnosticsToFile`), those of a thrown `ArticleParseError` too, before
 * it is thrown on.
 *
 * @param input - what the caller passed as the first argument.
 * @param name - the argument's name, for the error of a bad call.
 * @param settings - the parser's checked options.
 * @param parse - the parser's work, on the value to read and the settings.
 * @returns what `parse` returns.
 * @throws {TypeError} when a vfile's `value` is neither a string nor a `Uint8Array`.
 * @throws {ArticleParseError} when `parse` throws one.
 */
export function readSource<
  S extends { file: string | undefined },
  R extends { diagnostics: Diagnostic[] },
>(input: unknown, name: string, settings: S, parse: (value: unknown, settings: S) => R): R {
  if (!isVFile(input)) return parse(input, settings)
  const { value, path } = input
  checkOption(
    typeof value === 'string' || value instanceof Uint8Array,
    `${name}.value`,
    value,
    'a string or bytes (a Uint8Array)',
  )
  const named = settings.file === undefined && path ? { ...settings, file: path } : settings
  try {
    const result = parse(value, named)
    diagnosticsToFile(input, result.diagnostics)
    return result
  } catch (error) {
    if (error instanceof ArticleParseError) diagnosticsToFile(input, error.diagnostics)
    throw error
  }
}
