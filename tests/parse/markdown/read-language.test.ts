import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { languageNameTags } from '../../../src/parse/index.js'
import { readLanguage } from '../../../src/parse/markdown/read-language.js'
import { languageTagPattern } from '../../../src/schema/index.js'
import { runs } from '../../_lib/runs.js'

describe('readLanguage', () => {
  it.each([
    ['zh_cn', { tag: 'zh-CN', form: 'locale' }],
    ['en_US.UTF-8', { tag: 'en-US', form: 'locale', dropped: '.UTF-8' }],
    ['sr_RS@latin', { tag: 'sr-RS', form: 'locale', dropped: '@latin' }],
    ['es_419', { tag: 'es-419', form: 'locale' }],
    ['zh_hant_tw', { tag: 'zh-Hant-TW', form: 'locale' }],
    ['ZH-cn', { tag: 'zh-CN', form: 'case' }],
    ['en-us', { tag: 'en-US', form: 'case' }],
    ['zh-hans-cn', { tag: 'zh-Hans-CN', form: 'case' }],
    ['zh-Hans', { tag: 'zh-Hans', form: 'tag' }],
    ['  en  ', { tag: 'en', form: 'tag' }],
    ['English', { tag: 'en', form: 'name' }],
    ['中文', { tag: 'zh', form: 'name' }],
    // The decomposed é (e and U+0301) reads as the composed one.
    ['Franc\u0327ais', { tag: 'fr', form: 'name' }],
  ])('reads %j', (value, reading) => {
    expect(readLanguage(value, languageNameTags)).toEqual(reading)
  })

  // Intl would write these as other tags (iw as he); only their case is the writer's.
  it.each(['iw', 'i-klingon', 'en-GB-oed'])('keeps %s as written', (tag) => {
    expect(readLanguage(tag, languageNameTags)).toEqual({ tag, form: 'tag' })
  })

  it.each(['Thai language', 'Klingon', 'Elvish', 'POSIX', 'C', 'en_', '_US', 'zh_CN_extra', ''])(
    'reads %j as no language',
    (value) => {
      expect(readLanguage(value, languageNameTags)).toBeUndefined()
    },
  )

  it('gives only well-formed tags', { tags: ['properties'] }, () => {
    const piece = fc.constantFrom('en', 'zh', 'Hans', 'CN', 'us', '419', '_', '-', '.', '@', 'x')
    const value = fc.oneof(
      fc.array(piece, { maxLength: 6 }).map((parts) => parts.join('')),
      fc.string({ maxLength: 10 }),
    )
    fc.assert(
      fc.property(value, (text) => {
        const reading = readLanguage(text, languageNameTags)
        if (reading) expect(reading.tag).toMatch(languageTagPattern)
      }),
      { numRuns: runs(1000) },
    )
  })
})
