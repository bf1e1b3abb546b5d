import { analyse } from 'chardet'
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

/** An encoding guessed from the bytes themselves. */
export interface DetectedEncoding {
  /** The WHATWG name, such as `'gb18030'`. */
  encoding: string
  /** How sure the guess is, from 0 to 100. */
  confidence: number
}

/**
 * Guess the encoding of bytes that declare none and are not UTF-8: UTF-16 without a
 * byte order mark from where its NUL bytes stand (ASCII letters in UTF-16 have one NUL
 * byte each), otherwise with `chardet`, whose names (`GB18030`, `Big5`, `Shift_JIS`,
 * `EUC-KR`, `ISO-8859-5`, `windows-1251`, ...) become WHATWG names. Encodings that
 * `TextDecoder` cannot read (UTF-32, ISO-2022-CN and -KR) are passed over for the next
 * guess.
 *
 * @param bytes - the file's bytes.
 * @returns the best guess, or `undefined` when nothing matches.
 * @example
 *   detectEncoding(Uint8Array.from([0xc4, 0xe3, 0xba, 0xc3, ...]))?.encoding //=> 'gb18030'
 */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding | undefined {
  const sample = bytes.subarray(0, detectionSampleBytes)
  const utf16 = utf16ByNulBytes(sample)
  if (utf16) return { encoding: utf16, confidence: 90 }
  for (const match of analyse(sample)) {
    const encoding = encodingName(match.name)
    if (encoding !== undefined && encoding !== 'utf-8') {
      return { encoding, confidence: match.confidence }
    }
  }
  return undefined
}

// Text in UTF-16 that is mostly ASCII has a NUL in every other byte, all on one side.
function utf16ByNulBytes(sample: Uint8Array): string | undefined {
  const pairs = sample.length >> 1
  if (pairs < 4) return undefined
  let even = 0
  let odd = 0
  for (let index = 0; index + 1 < sample.length; index += 2) {
    if (sample[index] === 0) even++
    if (sample[index + 1] === 0) odd++
  }
  if (odd > pairs * 0.4 && even < pairs * 0.02) return 'utf-16le'
  if (even > pairs * 0.4 && odd < pairs * 0.02) return 'utf-16be'
  return undefined
}
