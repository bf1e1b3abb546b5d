import { analyse } from 'chardet'
import { decodeBytes } from './decode-bytes.js'
import { encodingName } from './encoding-name.js'

/** How many bytes from the start of a file detection looks at (default: 64 KiB). */
export const detectionSampleBytes = 64 * 1024

/**
 * The confidence (0 to 100, as `chardet` reports it) from which a guessed encoding is
 * reported as `info` rather than `warning`. On invented GBK, GB18030 and Big5 pages of a
 * few sentences chardet answers 100; Latin-script pages in a legacy single-byte
 * encoding, which have few letters outside ASCII to go by, answer 20 to 50.
 */
export const confidentDetection = 50

/**
 * The multi-byte encodings of East Asian text, in the order preferred when the bytes
 * read as more than one: the archives this library is for are Chinese.
 */
export const eastAsianEncodings: ReadonlyArray<string> = [
  'gb18030',
  'big5',
  'shift_jis',
  'euc-jp',
  'euc-kr',
]

// What the letters outside ASCII of an East Asian page are: CJK ideographs, kana,
// hangul, their punctuation and full-width forms, general punctuation (“ ” — …), and
// the few Latin-1 signs their encodings carry (· × ÷ ° ±).
const notEastAsian =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII, controls included, is allowed
  /[^\x00-\x7F\u00B0\u00B1\u00B7\u00D7\u00F7\u2000-\u206F\u2460-\u27BF\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/

/** An encoding guessed from the bytes themselves. */
export interface DetectedEncoding {
  /** The WHATWG name, such as `'gb18030'`. */
  encoding: string
  /** How sure the guess is, from 0 to 100. */
  confidence: number
}

/**
 * Guess the encoding of bytes that declare none and are not UTF-8: UTF-16 without a
 * byte order mark from where its NUL bytes stand (ASCII characters in UTF-16 have one
 * NUL byte each), otherwise with `chardet`, whose names (`GB18030`, `Big5`,
 * `Shift_JIS`, `EUC-KR`, `ISO-8859-5`, `windows-1251`, ...) become WHATWG names.
 * Encodings that `TextDecoder` cannot read (UTF-32, ISO-2022-CN and -KR) are left out.
 *
 * @param bytes - the file's bytes.
 * @returns the guesses, the likeliest first; none when nothing matches.
 * @example
 *   detectEncodings(gbkBytes)[0] //=> { encoding: 'gb18030', confidence: 100 }
 */
export function detectEncodings(bytes: Uint8Array): DetectedEncoding[] {
  const sample = bytes.subarray(0, detectionSampleBytes)
  const utf16 = utf16ByNulBytes(sample)
  if (utf16) return [{ encoding: utf16, confidence: 90 }]
  const guesses: DetectedEncoding[] = []
  for (const match of analyse(sample)) {
    const encoding = encodingName(match.name)
    if (
      encoding !== undefined &&
      encoding !== 'utf-8' &&
      !guesses.some((g) => g.encoding === encoding)
    ) {
      guesses.push({ encoding, confidence: match.confidence })
    }
  }
  return preferEastAsian(guesses, sample)
}

// An English page from a Chinese site, in GBK or Big5, has a few curly quotes or
// brackets (“ 】) among its ASCII: too few for chardet, which prefers ISO-8859-1 and
// would make them "¡°". When every byte outside ASCII is half of a pair in 0xA1-0xFE
// (how GB2312, Big5 and EUC-KR write punctuation and common characters; Latin-1 and
// windows-1252 letters stand alone) and an East Asian encoding reads them as East Asian
// text, that encoding goes before a single-byte guess.
function preferEastAsian(guesses: DetectedEncoding[], sample: Uint8Array): DetectedEncoding[] {
  const [first] = guesses
  if (first === undefined || eastAsianEncodings.includes(first.encoding)) return guesses
  if (!inHighPairs(sample)) return guesses
  for (const encoding of eastAsianEncodings) {
    const guess = guesses.find((g) => g.encoding === encoding)
    if (guess === undefined) continue
    const text = decodeBytes(sample, encoding, { stream: true })
    if (!text.includes('\uFFFD') && !notEastAsian.test(text)) {
      return [guess, ...guesses.filter((g) => g !== guess)]
    }
  }
  return guesses
}

// Whether the bytes outside ASCII come in runs of even length, each byte in 0xA1-0xFE.
function inHighPairs(sample: Uint8Array): boolean {
  let run = 0
  for (const byte of sample) {
    if (byte < 0x80) {
      if (run % 2 === 1) return false
      run = 0
    } else if (byte < 0xa1 || byte === 0xff) return false
    else run++
  }
  return run % 2 === 0
}

/**
 * Recognise UTF-16 without a byte order mark: it has a NUL byte in each ASCII character
 * (digits, spaces, line ends, even in Chinese text), on one side of the pair, where the
 * bytes of other files have them on both sides or none. One side needs four NULs or
 * more, in at least 1 pair in 20, and four times as many as the other (a CJK character
 * such as U+4E00 has its NUL on the other side).
 *
 * @param sample - the start of the file.
 * @returns `'utf-16le'`, `'utf-16be'`, or `undefined`.
 * @example
 *   utf16ByNulBytes(Uint8Array.of(72, 0, 105, 0, 33, 0, 10, 0)) //=> 'utf-16le'
 */
export function utf16ByNulBytes(sample: Uint8Array): string | undefined {
  const pairs = sample.length >> 1
  if (pairs < 4 || !sample.includes(0)) return undefined
  let even = 0
  let odd = 0
  for (let index = 0; index + 1 < sample.length; index += 2) {
    if (sample[index] === 0) even++
    if (sample[index + 1] === 0) odd++
  }
  if (odd >= 4 && odd >= pairs * 0.05 && even * 4 <= odd) return 'utf-16le'
  if (even >= 4 && even >= pairs * 0.05 && odd * 4 <= even) return 'utf-16be'
  return undefined
}
