import type { Diagnostic } from '../schema/diagnostic.js'

/** How the encoding of an input was found. */
export type EncodingSource = 'bom' | 'declared' | 'option' | 'detected' | 'default'

/** An input's bytes as text, with the encoding used and how it was chosen. */
export interface DecodedInput {
  text: string
  /** The WHATWG name of the encoding used (`utf-8`, `gb18030`). */
  encoding: string
  /** How the encoding was chosen: a byte-order mark, `--encoding`, or the default. */
  by: EncodingSource
  /** What decoding found, for the report (none yet). */
  diagnostics: Diagnostic[]
}

const byteOrderMarks: ReadonlyArray<{ bytes: ReadonlyArray<number>; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
]

/**
 * Turn an input's bytes into text: the encoding of its byte-order mark, else `--encoding`,
 * else UTF-8. This is the one place the command line decodes; the library's own
 * decoder (charset declarations, detection of GB18030, Big5 and UTF-16) replaces its body
 * when it is available.
 *
 * @param bytes - the input's bytes.
 * @param options - `encoding`: the `--encoding` label (default: none).
 * @returns the text, the encoding used and how it was chosen.
 * @throws {RangeError} for an encoding label TextDecoder does not know.
 */
export function decodeInput(
  bytes: Uint8Array,
  options: { encoding?: string | undefined },
): DecodedInput {
  const mark = byteOrderMarks.find(({ bytes: start }) => start.every((b, i) => bytes[i] === b))
  if (mark) {
    const text = new TextDecoder(mark.encoding).decode(bytes)
    return { text, encoding: mark.encoding, by: 'bom', diagnostics: [] }
  }
  const decoder = new TextDecoder(options.encoding ?? 'utf-8')
  return {
    text: decoder.decode(bytes),
    encoding: decoder.encoding,
    by: options.encoding === undefined ? 'default' : 'option',
    diagnostics: [],
  }
}
