import { describe, expect, it } from 'vitest'
import { initialLanguage } from '../../playground/src/language-choice.js'
import { fillMessage, messages } from '../../playground/src/messages.js'

const marks = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('the interface words', () => {
  it('has every message in both languages, with the same marks to fill', () => {
    expect(Object.keys(messages.zh).sort()).toEqual(Object.keys(messages.en).sort())
    for (const [key, english] of Object.entries(messages.en)) {
      const chinese = messages.zh[key as keyof typeof messages.zh]
      expect(chinese.trim(), key).not.toBe('')
      expect(marks(chinese), key).toEqual(marks(english))
    }
  })

  it('fills marks and leaves a mark with no value as written', () => {
    expect(fillMessage('{count} diagnostics in {file}', { count: 3 })).toBe(
      '3 diagnostics in {file}',
    )
  })
})

describe('initialLanguage', () => {
  const page = new URL('https://example.org/playground/')

  it('takes the address first, then the remembered choice, then the browser', () => {
    expect(initialLanguage(new URL('?lang=zh', page), 'en', ['en-US'])).toBe('zh')
    expect(initialLanguage(page, 'zh', ['en-US'])).toBe('zh')
    expect(initialLanguage(page, null, ['zh-TW', 'en'])).toBe('zh')
    expect(initialLanguage(page, null, ['fr-FR', 'zh-CN'])).toBe('en')
  })

  it('ignores a language it has no words for', () => {
    expect(initialLanguage(new URL('?lang=fr', page), 'de', [])).toBe('en')
  })
})
