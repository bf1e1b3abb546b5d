import type { VFile } from 'vfile'
import type { Diagnostic, Severity } from '../../schema/diagnostic.js'
import { checkOption } from './check-option.js'
import { isVFile } from './is-vfile.js'

/** A message on a file, as vfile makes them (a `VFileMessage`). */
export type FileMessage = VFile['messages'][number]

/**
 * The `fatal` of a vfile message for each severity, as vfile's conventions have it: an
 * error is fatal (`true`, the file cannot be used: remark-cli exits 1), a warning is not
 * (`false`, exits 1 only with `--frail`), an info is neither (`undefined`).
 */
export const fatalOfSeverity: Readonly<Record<Severity, boolean | undefined>> = {
  error: true,
  warning: false,
  info: undefined,
}

/**
 * Where each rule is documented: this address followed by the rule id, such as
 * `https://github.com/cccme/news-model/blob/main/docs/rules.md#invalid-yaml`. Given to
 * each vfile message as its `url`.
 */
export const ruleDocsUrl = 'https://github.com/cccme/news-model/blob/main/docs/rules.md#'

/**
 * Put diagnostics on a vfile as messages, so that unified's reporters (vfile-reporter,
 * remark-cli) print them like any other: each message has the diagnostic's sentence as
 * its `reason`, its `place` (start and end, with offsets, or the line and column alone),
 * `ruleId`, `source: 'news-model'`, `fatal` from its severity (see `fatalOfSeverity`),
 * `actual`, `expected` (a list of one), `note`, and `url`, the rule's documentation. The
 * message's `file` is the vfile's `path`, as vfile sets it. The parsers do this
 * themselves when given a vfile; this is for diagnostics a caller already has.
 *
 * @param file - the vfile the diagnostics are about (a `VFile`).
 * @param diagnostics - the diagnostics, in the order they are to be listed.
 * @returns the messages added, in the same order.
 * @throws {TypeError} when `file` is not a vfile or `diagnostics` is not a list.
 * @example
 *   const file = new VFile({ path: 'news.md', value: markdown })
 *   const { diagnostics } = parseMarkdown(markdown)
 *   diagnosticsToFile(file, diagnostics)[0]?.name
 *   //=> 'news.md:4:1-4:9'
 */
export function diagnosticsToFile(file: VFile, diagnostics: readonly Diagnostic[]): FileMessage[] {
  checkOption(isVFile(file), 'file', file, 'a VFile')
  checkOption(Array.isArray(diagnostics), 'diagnostics', diagnostics, 'a list of diagnostics')
  return diagnostics.map((diagnostic) => diagnosticToMessage(file, diagnostic))
}

function diagnosticToMessage(file: VFile, diagnostic: Diagnostic): FileMessage {
  const { message, line, column, place, ruleId, severity, actual, expected, note } = diagnostic
  const vfileMessage = file.message(message, {
    place: place ?? { line, column },
    ruleId,
    source: 'news-model',
  })
  vfileMessage.fatal = fatalOfSeverity[severity]
  vfileMessage.url = ruleDocsUrl + ruleId
  if (actual !== undefined) vfileMessage.actual = actual
  if (expected !== undefined) vfileMessage.expected = [expected]
  if (note !== undefined) vfileMessage.note = note
  return vfileMessage
}
