import { describe, expect, it } from 'vitest'
import {
  isShortLine,
  looksLikeProse,
  sameSentenceLimits,
} from '../../../src/parse/text/furniture-limits.js'
import { thresholds } from '../../../src/parse/vocabulary/thresholds.js'

describe('looksLikeProse', () => {
  it.each([
    'The plant is powered by wind.',
    'thanks for visiting the site.',
    'Print and share the report, the chairman told the members.',
    'Is the plant open to visitors?',
    '本次活动由示例公司提供技术支持。',
    '电站的设计图纸版权所有，未经授权不得转载！',
    // Words of letters beyond ASCII, joined by an apostrophe, a digit or a curly quote.
    'Les élèves d’aujourd’hui étudient à la maison.',
    'über die straße zum büro gehen wir.',
    'the 2nd plant at co-op farms opens.',
  ])('reads "%s" as prose', (text) => {
    expect(looksLikeProse(text)).toBe(true)
  })

  it.each([
    'Powered by Example CMS',
    'Copyright © 2016 Example Chamber. All rights reserved.',
    'Deadline is a part of Penske Media Corporation. © 2022 Deadline Hollywood, LLC. All Rights Reserved.',
    'All rights reserved.',
    '1. <center id="x"></center>',
    '版权所有：示例商会 京ICP备12345678号',
    '打印本页。',
    'Chamber Opens New Office',
    // Capitalised words, whatever their letters: not enough small ones.
    'École Normale Supérieure Ouvre Ses Portes Aujourd’hui.',
    'Ärzte Öffnen Übermorgen Neue Praxis.',
    // A letter beyond the Basic Multilingual Plane starts a word too.
    '𝐀lpha 𝐁eta 𝐆amma 𝐃elta.',
  ])('does not read "%s" as prose', (text) => {
    expect(looksLikeProse(text)).toBe(false)
  })
})

describe('isShortLine', () => {
  it('takes a line of the documented length as short, and a longer one as long', () => {
    expect(isShortLine('a'.repeat(thresholds.shortLineLength))).toBe(true)
    expect(isShortLine('a'.repeat(thresholds.shortLineLength + 1))).toBe(false)
  })
})

describe('sameSentenceLimits', () => {
  it('holds thresholds that differ only in limits looksLikeProse does not read as the same', () => {
    expect(sameSentenceLimits(thresholds, { ...thresholds, paragraphWords: 12 })).toBe(true)
  })

  it.each(['sentenceWords', 'sentenceSmallWordShare', 'sentenceHanCharacters'] as const)(
    'tells thresholds apart by %s, which changes what reads as a sentence',
    (name) => {
      const other = { ...thresholds, [name]: thresholds[name] * 2 }
      expect(sameSentenceLimits(thresholds, other)).toBe(false)
      // The limit matters: a line reads as a sentence under one and not the other.
      const line =
        name === 'sentenceHanCharacters'
          ? '本次活动由示例公司提供技术支持。'
          : 'The plant opens today.'
      expect(looksLikeProse(line, thresholds)).not.toBe(looksLikeProse(line, other))
    },
  )
})
