import { describe, expect, it } from 'vitest'
import { decodeBytes, windows1252High } from '../../../src/parse/_lib/decode-bytes.js'

describe('decodeBytes', () => {
  it('reads bytes 0x80-0x9F of windows-1252 as the Encoding Standard says', () => {
    const bytes = Uint8Array.of(0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35, 0x97, 0x99)
    expect(decodeBytes(bytes, 'windows-1252')).toBe('“Hi” €5—™')
  })

  it('leaves the five bytes windows-1252 does not define as C1 controls', () => {
    const text = decodeBytes(Uint8Array.of(0x81, 0x8d, 0x8f, 0x90, 0x9d), 'windows-1252')
    expect([...text].map((char) => char.charCodeAt(0))).toEqual([0x81, 0x8d, 0x8f, 0x90, 0x9d])
    expect(Object.keys(windows1252High)).toHaveLength(27)
  })

  it('leaves other encodings to TextDecoder', () => {
    expect(decodeBytes(Uint8Array.of(0xc4, 0xe3, 0xba, 0xc3), 'gb18030')).toBe('你好')
    expect(decodeBytes(Uint8Array.of(0x93), 'windows-1251')).toBe('“')
  })
})
