import { describe, expect, it } from 'vitest'
import {
  anyCaseAlternation,
  escapePattern,
  wordAlternation,
  wordKey,
} from '../../../src/parse/_lib/word-pattern.js'

describe('escapePattern', () => {
  it('makes a word with pattern characters match as printed', () => {
    const word = '(完) [end] a+b? c.d'
    expect(new RegExp(`^${escapePattern(word)}$`, 'u').test(word)).toBe(true)
    expect(new RegExp(escapePattern('a.b')).test('axb')).toBe(false)
  })
})

describe('wordAlternation', () => {
  it('puts the longest word first, so 责任编辑 wins over 编辑', () => {
    expect(new RegExp(wordAlternation(['编辑', '责任编辑'])).exec('责任编辑：张三')?.[0]).toBe(
      '责任编辑',
    )
  })

  it('lets a space inside a phrase match what it is given', () => {
    expect(new RegExp(`^(?:${wordAlternation(['Written by'])})$`).test('Written   by')).toBe(true)
    expect(new RegExp(`^(?:${wordAlternation(['Add Time'], '\\s*')})$`).test('AddTime')).toBe(true)
  })

  it('writes a word given twice once', () => {
    expect(wordAlternation(['By', 'By'])).toBe('By')
  })
})

describe('anyCaseAlternation', () => {
  it('matches the words in any case without the i flag, so \\p{Lu} still means a capital', () => {
    const byline = new RegExp(`^(?:${anyCaseAlternation(['Written by'])})\\s+\\p{Lu}`, 'u')
    expect(byline.test('WRITTEN BY Jane')).toBe(true)
    expect(byline.test('written by Jane')).toBe(true)
    expect(byline.test('written by the chamber')).toBe(false)
  })
})

describe('wordKey', () => {
  it('reads Add Time, AddTime and add  time as one label', () => {
    expect(new Set(['Add Time', 'AddTime', 'add  time'].map(wordKey)).size).toBe(1)
  })
})
