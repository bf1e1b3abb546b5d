// Encode text in a legacy encoding for test fixtures. TextEncoder only writes UTF-8, so
// the table of each encoding is read backwards from TextDecoder: every single byte and
// every two-byte sequence is decoded once (as the library decodes them), and each character maps to the first bytes
// that give it. GB18030's four-byte sequences for characters beyond the BMP follow the
// standard's linear mapping.

import { decodeBytes } from '../../../src/parse/_lib/decode-bytes.js'

const tables = new Map<string, Map<string, number[]>>()

function tableOf(encoding: string): Map<string, number[]> {
  const known = tables.get(encoding)
  if (known) return known
  const table = new Map<string, number[]>()
  const add = (bytes: number[]) => {
    const text = decodeBytes(Uint8Array.from(bytes), encoding)
    if (text.length === 1 && text !== '\uFFFD' && !table.has(text)) table.set(text, bytes)
  }
  for (let byte = 0; byte < 0x100; byte++) add([byte])
  for (let lead = 0x81; lead < 0xff; lead++) {
    for (let trail = 0x40; trail < 0xff; trail++) add([lead, trail])
  }
  tables.set(encoding, table)
  return table
}

function gb18030FourBytes(codePoint: number): number[] {
  let linear = codePoint - 0x10000
  const b4 = 0x30 + (linear % 10)
  linear = Math.floor(linear / 10)
  const b3 = 0x81 + (linear % 126)
  linear = Math.floor(linear / 126)
  const b2 = 0x30 + (linear % 10)
  const b1 = 0x90 + Math.floor(linear / 10)
  return [b1, b2, b3, b4]
}

function utf16(text: string, littleEndian: boolean): number[] {
  const bytes: number[] = []
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const pair = [code & 0xff, code >> 8]
    bytes.push(...(littleEndian ? pair : pair.reverse()))
  }
  return bytes
}

/**
 * The bytes of a text in an encoding: `utf-8`, `utf-16le`, `utf-16be`, or any legacy
 * encoding TextDecoder reads (`gbk`, `gb18030`, `big5`, `shift_jis`, `euc-kr`, ...).
 * `bom` puts a byte order mark first (UTF-8 and UTF-16 only).
 */
export function encode(text: string, encoding: string, { bom = false } = {}): Uint8Array {
  if (encoding === 'utf-8') {
    const bytes = new TextEncoder().encode(text)
    return bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]) : bytes
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const little = encoding === 'utf-16le'
    return Uint8Array.from([...(bom ? utf16('\uFEFF', little) : []), ...utf16(text, little)])
  }
  const table = tableOf(encoding)
  const bytes: number[] = []
  for (const char of text) {
    const known = table.get(char)
    const codePoint = char.codePointAt(0) ?? 0
    if (known) bytes.push(...known)
    else if (encoding === 'gb18030' && codePoint > 0xffff)
      bytes.push(...gb18030FourBytes(codePoint))
    else throw new RangeError(`${JSON.stringify(char)} has no bytes in ${encoding}`)
  }
  return Uint8Array.from(bytes)
}
