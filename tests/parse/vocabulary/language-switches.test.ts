import { describe, expect, it } from 'vitest'
import { languageSwitchVocabulary } from '../../../src/parse/vocabulary/language-switches.js'
import { pageWith, reported } from './page.js'

describe('languageSwitchVocabulary', () => {
  it.each(languageSwitchVocabulary.words.filter(({ language }) => !language.startsWith('en')))(
    'reads the switch word $word as a link to $language',
    ({ word, language }) => {
      const { article } = pageWith({ top: `Example Chamber | ${word}` })
      expect(article.translations).toEqual([{ language, label: word }])
    },
  )

  it.each(languageSwitchVocabulary.words.filter(({ language }) => language.startsWith('en')))(
    'takes the switch word $word to the page own language as furniture',
    ({ word }) => {
      const result = pageWith({ top: `Example Chamber | ${word}` })
      expect(result.article.translations).toBeUndefined()
      expect(reported(result, 'site-furniture')).toContain(word)
    },
  )

  it.each(languageSwitchVocabulary.labels)('reads a switch after "%s:"', (label) => {
    const { article } = pageWith({ top: `${label}: English | 中文` })
    expect(article.translations).toEqual([{ language: 'zh', label: '中文' }])
  })
})
