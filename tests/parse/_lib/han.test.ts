import { describe, expect, it } from 'vitest'
import { countHan, hasHan } from '../../../src/parse/_lib/han.js'

const byPattern = (text: string) => text.match(/\p{Script=Han}/gu)?.length ?? 0

describe('countHan', () => {
  it('agrees with \\p{Script=Han} on every character of the Basic Multilingual Plane', () => {
    const wrong: number[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      if (countHan(char) !== byPattern(char)) wrong.push(code)
    }
    expect(wrong).toEqual([])
  })

  it('counts a character beyond it (a surrogate pair) once, and a lone half not at all', () => {
    const texts = [
      '𠀀𠮷a𪜀',
      '\uD840x\uDC00',
      '😀商会😀',
      '\uDC00\uD840\uDC00\uD840',
      '㐀〇々𰀀',
      '商会 Annual meeting，2021年',
    ]
    for (const text of texts) expect(countHan(text)).toBe(byPattern(text))
  })

  it('stops counting at most', () => {
    expect(countHan('示例商会组织企业', 3)).toBe(3)
    expect(countHan('示例 example', 5)).toBe(2)
    expect(hasHan('Welcome | 中文版')).toBe(true)
    expect(hasHan('Welcome “home”')).toBe(false)
  })
})
