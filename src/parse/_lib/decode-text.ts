import type { Diagnostic } from '../../schema/diagnostic.js'
import { ArticleParseError } from '../article-parse-error.js'
import { binaryEvidence, firstNotText, looksLikeProse } from './binary-evidence.js'
import { checkOption, checkOptionsObject, optionalString } from './check-option.js'
import { declaredCharset } from './declared-charset.js'
import { decodeBytes } from './decode-bytes.js'
import {
  confidentDetection,
  type DetectedEncoding,
  detectEncodings,
  detectionSampleBytes,
  utf16ByNulBytes,
} from './detect-encoding.js'
import { diagnose } from './diagnose.js'
import { resolveEncoding } from './input-options.js'
import { pointOf, textStart } from './span-at.js'

/** Options for {@link decodeText}. */
export interface DecodeTextOptions {
  /**
   * The encoding, a WHATWG label such as `'gbk'`; a byte order mark still wins over it
   * (default: declared in the text, or detected).
   */
  encoding?: string | null | undefined
  /** A file name for the message of a thrown `ArticleParseError` (default: none). */
  file?: string | null | undefined
}

/** Text decoded from bytes, and how its encoding was chosen. */
export interface DecodedText {
  /** The text, without its byte order mark. */
  text: string
  /** The WHATWG name of the encoding read: `'utf-8'`, `'gb18030'`, `'big5'`, `'utf-16le'`, ... */
  encoding: string
  /**
   * What chose it: a byte order mark, the `encoding` option, a charset declared in the
   * text, or the bytes themselves (valid UTF-8, or a guess).
   */
  by: 'bom' | 'option' | 'declared' | 'detected'
  /** A `detected-encoding` diagnostic when the encoding was guessed. */
  diagnostics: Diagnostic[]
}

/**
 * How many multi-byte UTF-8 sequences outweigh a declared legacy charset: a page saved
 * again as UTF-8 often keeps its old `<meta charset=gb2312>`, while GBK or Big5 text is
 * almost never valid UTF-8 for more than a character or two.
 */
export const utf8Evidence = 4

const byteOrderMarks: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
]

/**
 * Decode the bytes of a text file, choosing the encoding in this order: a byte order
 * mark (UTF-8, UTF-16 LE or BE); the `encoding` option; a charset declared in the first
 * kilobyte (`<meta charset=gbk>`, `charset=gb2312`, `<?xml … encoding="big5"?>`), unless
 * the bytes are plainly UTF-8; valid UTF-8; a guess by `chardet` (GB18030, Big5,
 * Shift_JIS, EUC-KR, UTF-16, the ISO-8859 and windows-125x families). A guess is reported
 * by a `detected-encoding` diagnostic: `info` from a confidence of
 * `confidentDetection`, `warning` below it. `gbk` and `gb2312` are read as `gb18030`,
 * which decodes the same bytes and more.
 *
 * @param bytes - the file's bytes.
 * @param options - the encoding, if known, and a file name for errors.
 * @returns the text, the encoding's WHATWG name, what chose it, and the diagnostics.
 * @throws {ArticleParseError} with a `binary-input` diagnostic when the bytes are not
 *   text: NUL bytes outside UTF-16, mostly invalid sequences or control characters once
 *   decoded, or no encoding that fits (see `binaryThresholds`).
 * @throws {TypeError} when `bytes` is not a `Uint8Array`, or an option has the wrong type.
 * @throws {RangeError} when `encoding` is not a label `TextDecoder` knows.
 * @example
 *   decodeText(Uint8Array.of(0xc4, 0xe3, 0xba, 0xc3), { encoding: 'gbk' }).text //=> '你好'
 *   decodeText(new TextEncoder().encode('Hello')).encoding //=> 'utf-8'
 */
export function decodeText(bytes: Uint8Array, options?: DecodeTextOptions | null): DecodedText {
  checkOption(bytes instanceof Uint8Array, 'bytes', bytes, 'the file as a Uint8Array')
  const settings = checkOptionsObject(options)
  const encoding = resolveEncoding(settings.encoding)
  const file = optionalString('file', settings.file)
  const chosen = chooseEncoding(bytes, encoding)
  if (chosen !== undefined) {
    const text = chosen.text ?? decodeBytes(bytes, chosen.encoding)
    const evidence = binaryEvidence(bytes, text, chosen.encoding)
    if (evidence !== undefined) throw notText(bytes, evidence, text, file)
    return { text, encoding: chosen.encoding, by: chosen.by, diagnostics: [] }
  }
  // A guess whose reading is full of invalid sequences is wrong: the next one may fit,
  // as short texts, with few characters to go by, often need. Guesses are tried on the
  // sample detection looked at; the one taken must then fit the whole.
  const sample = bytes.subarray(0, detectionSampleBytes)
  const partial = bytes.length > sample.length
  const guesses = detectEncodings(sample)
  const fits = (guess: DetectedEncoding) => {
    const text = decodeBytes(sample, guess.encoding, { stream: partial })
    return (
      binaryEvidence(sample, text, guess.encoding) ??
      (looksLikeProse(text) ? undefined : 'mostly symbols, not words')
    )
  }
  let first: { found: string; text: string } | undefined
  for (const guess of guesses) {
    const found = fits(guess)
    if (found === undefined) {
      const text = decodeBytes(bytes, guess.encoding)
      const whole = partial ? binaryEvidence(bytes, text, guess.encoding) : undefined
      if (whole !== undefined) throw notText(bytes, whole, text, file)
      return {
        text,
        encoding: guess.encoding,
        by: 'detected',
        diagnostics: [guessed(guess, text)],
      }
    }
    first ??= { found, text: decodeBytes(sample, guess.encoding, { stream: partial }) }
  }
  throw notText(bytes, first?.found ?? 'bytes in no known encoding', first?.text ?? '', file)
}

// The encoding named by a byte order mark, the caller or the text itself, or plain UTF-8
// (with the text, when checking that the bytes are UTF-8 already decoded them).
function chooseEncoding(
  bytes: Uint8Array,
  option: string | undefined,
): (Pick<DecodedText, 'encoding' | 'by'> & { text?: string }) | undefined {
  const bom = byteOrderMarks.find((mark) => mark.bytes.every((byte, i) => bytes[i] === byte))
  if (bom) return { encoding: bom.encoding, by: 'bom' }
  if (option !== undefined) return { encoding: option, by: 'option' }
  const declared = declaredCharset(bytes)
  const utf8Text = decodeUtf8(bytes)
  const utf8 = utf8Text !== undefined
  const plainlyUtf8 = () => utf8 && multiByteCount(bytes) >= utf8Evidence
  if (declared !== undefined && (declared === 'utf-8' || !plainlyUtf8())) {
    return { encoding: declared, by: 'declared' }
  }
  // ASCII text in UTF-16 is valid UTF-8 too, a NUL byte between every two letters.
  const utf16 = utf8 && utf16ByNulBytes(bytes.subarray(0, detectionSampleBytes)) !== undefined
  return utf8 && !utf16 ? { encoding: 'utf-8', by: 'detected', text: utf8Text } : undefined
}

// The guess is about the whole text: the diagnostic's place spans it.
function guessed(guess: DetectedEncoding, text: string): Diagnostic {
  const severity = guess.confidence >= confidentDetection ? 'info' : 'warning'
  const place = { start: textStart, end: pointOf(text, text.length) }
  const diagnostic = diagnose(
    'detected-encoding',
    severity,
    { line: 1, column: 1, place },
    { actual: guess.encoding },
  )
  diagnostic.note = `confidence ${guess.confidence} of 100`
  return diagnostic
}

// The bytes as UTF-8, or `undefined` when they are not valid UTF-8.
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

// Lead bytes of multi-byte UTF-8 sequences, counted up to what is needed.
function multiByteCount(bytes: Uint8Array): number {
  let count = 0
  for (let index = 0; index < bytes.length && count < utf8Evidence; index++) {
    if ((bytes[index] ?? 0) >= 0xc2) count++
  }
  return count
}

// The error's place is the first character of the reading that is not text, in the
// text as decoded.
function notText(
  bytes: Uint8Array,
  actual: string,
  text: string,
  file: string | undefined,
): ArticleParseError {
  const at = firstNotText(text)
  const start = pointOf(text, at)
  const end = pointOf(text, Math.min(text.length, at + 1), start)
  const place = { line: start.line, column: start.column, place: { start, end } }
  const diagnostic = diagnose('binary-input', 'error', place, { actual })
  diagnostic.note = `${bytes.length} bytes`
  return new ArticleParseError([diagnostic], file)
}
