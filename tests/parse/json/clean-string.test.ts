import { describe, expect, it } from 'vitest'
import { cleanJsonString, type StringRepair } from '../../../src/parse/json/clean-string.js'

// Clean the one string literal `literal` (with its quotes) as the reader would.
function clean(literal: string): { value: string; repairs: StringRepair[] } {
  const repairs: StringRepair[] = []
  const value = cleanJsonString(JSON.parse(literal) as string, literal, 0, (repair) => {
    repairs.push(repair)
  })
  return { value, repairs }
}

describe('cleanJsonString', () => {
  it('returns a clean string as it is, without repairs', () => {
    expect(clean('"Chamber \\"news\\" \\u00e9 😀 \\ud83d\\ude00\\t"')).toEqual({
      value: 'Chamber "news" é 😀 😀\t',
      repairs: [],
    })
  })

  it('points each repair at its escape, after escapes of every length', () => {
    const literal = '"a\\n\\u00e9\\u0000b\\\\\\u001bc\\ud800"'
    expect(clean(literal)).toEqual({
      value: 'a\né\0b\\\u001bc\uFFFD'.replace('\0', '').replace('\u001b', ''),
      repairs: [
        { ruleId: 'control-character', character: 'U+0000', start: 10, end: 16 },
        { ruleId: 'control-character', character: 'U+001B', start: 19, end: 25 },
        { ruleId: 'lone-surrogate', character: 'U+D800', start: 26, end: 32 },
      ],
    })
    expect(literal.slice(10, 16)).toBe('\\u0000')
    expect(literal.slice(19, 25)).toBe('\\u001b')
    expect(literal.slice(26, 32)).toBe('\\ud800')
  })

  it('pairs halves written one as an escape and one as itself', () => {
    expect(clean('"\\ud83d\ude00"').value).toBe('😀')
    expect(clean('"\ud83d\\ude00"').value).toBe('😀')
  })

  it('repairs characters written as themselves at their place', () => {
    expect(clean('"x\u0085y\udc00"')).toEqual({
      value: 'xy\uFFFD',
      repairs: [
        { ruleId: 'control-character', character: 'U+0085', start: 2, end: 3 },
        { ruleId: 'lone-surrogate', character: 'U+DC00', start: 4, end: 5 },
      ],
    })
  })

  it('finds the string at its offset in a longer text', () => {
    const text = '{"key": "\\b"}'
    const repairs: StringRepair[] = []
    expect(cleanJsonString('\b', text, 8, (repair) => repairs.push(repair))).toBe('')
    expect(repairs).toEqual([
      { ruleId: 'control-character', character: 'U+0008', start: 9, end: 11 },
    ])
  })
})
