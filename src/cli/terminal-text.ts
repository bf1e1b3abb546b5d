/**
 * The characters escaped in what the command line prints as messages: C0 controls but
 * tab, DEL and the C1 controls (a terminal obeys them: ESC starts colour, title and
 * cursor sequences), the bidirectional overrides and isolates U+202A-U+202E and
 * U+2066-U+2069 (they reorder what follows), and unpaired surrogates. Line ends are
 * escaped too: a message is one line, and a carriage return would let a name overwrite it.
 */
export const escapedInMessages =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching controls is the point
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/gu

/**
 * Make text safe to print in a terminal: each character of {@link escapedInMessages}
 * becomes a visible `\uXXXX` escape. Data the library wrote (the article on standard
 * output) is never passed through this; file names, diagnostics and errors are.
 *
 * @param text - a file name or message.
 * @returns the text with its control characters as escapes.
 * @example
 *   escapeForTerminal('page\u001b[2J.txt') //=> 'page\\u001b[2J.txt'
 */
export function escapeForTerminal(text: string): string {
  return text.replace(
    escapedInMessages,
    (character) => `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  )
}

/**
 * Print one message line on a stream, escaped by {@link escapeForTerminal}, with a line end.
 *
 * @param stream - standard error or output.
 * @param line - the message.
 */
export function printLine(stream: { write(text: string): unknown }, line: string): void {
  stream.write(`${escapeForTerminal(line)}\n`)
}
