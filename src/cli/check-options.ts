import { type InputFormat, type ReadOptions, readArticle } from '../node/formats.js'
import { decodeText } from '../parse/_lib/decode-text.js'
import { CliError, exitCodes } from './io.js'
import { cliMessages } from './messages.js'

/** Small valid inputs the options are tried on before any data is read. */
const probes: Record<Exclude<InputFormat, 'json'>, string> = {
  text: 'A Headline for the Check\n\nOne sentence of the article.\n',
  markdown: '---\ntitle: A Headline for the Check\n---\n\nOne sentence of the article.\n',
}

/**
 * Check the reading options before any data is read, by reading small known-good inputs
 * with them: a `TypeError` or `RangeError` then can only come from an option, and is a
 * bad command line (exit 2); once data is read, such an error is a fault, never blamed
 * on the command line.
 *
 * @param options - the reading options and `--encoding`.
 * @throws {CliError} with exit status 2, naming the option.
 */
export function checkOptions(options: ReadOptions & { encoding: string | undefined }): void {
  if (options.encoding !== undefined) {
    try {
      decodeText(Uint8Array.of(0x41), { encoding: options.encoding })
    } catch {
      throw new CliError(cliMessages.badEncoding(options.encoding), exitCodes.usage)
    }
  }
  for (const [format, text] of Object.entries(probes)) {
    try {
      readArticle(text, '<options>', format as InputFormat, options)
    } catch (error) {
      if (error instanceof TypeError || error instanceof RangeError) {
        throw new CliError(error.message, exitCodes.usage)
      }
    }
  }
}
