import { describe, expect, it } from 'vitest'
import { languageNameTags } from '../../../src/parse/index.js'
import { nameKey } from '../../../src/parse/vocabulary/language-names.js'
import { languageTagPattern } from '../../../src/schema/index.js'

// Names that sites write but CLDR does not give as a display name of the tag: each with
// where it is seen.
const otherNames: Readonly<Record<string, string>> = {
  mandarin: 'the spoken standard, for Chinese text',
  汉语: 'the Chinese word for the Chinese language',
  漢語: 'the same, in traditional characters',
  'chinese (simplified)': "a language menu's form",
  'chinese simplified': "a language menu's form",
  'chinese (traditional)': "a language menu's form",
  'chinese traditional': "a language menu's form",
  中文简体: "a language menu's form",
  中文繁體: "a language menu's form",
  简体: 'the short form of 简体中文 on language switches',
  繁體: 'the short form of 繁體中文 on language switches',
  英語: 'English in traditional characters, as Hong Kong sites write it',
  韩文: 'Korean, in simplified characters',
  farsi: 'the name English speakers also use for Persian',
  bengali: "CLDR's English name is Bangla",
  'bahasa melayu': "Malay's own name in full",
  'bahasa indonesia': "Indonesian's own name in full",
  tagalog: 'the language Filipino is based on; CLDR writes its tag tl as fil',
}

// The names CLDR gives a tag: in English, in the language itself, in Chinese.
function displayNames(tag: string): string[] {
  return ['en', tag, 'zh', 'zh-Hant'].map((locale) =>
    nameKey(new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? ''),
  )
}

describe('languageNameTags', () => {
  const entries = Object.entries(languageNameTags)

  it.each(entries)('maps %s to the well-formed tag %s', (_, tag) => {
    expect(tag).toMatch(languageTagPattern)
    expect(Intl.getCanonicalLocales(tag)).toEqual([tag])
  })

  it.each(entries)('keys %s as it is looked up', (name) => {
    expect(nameKey(name)).toBe(name)
  })

  it.each(entries.filter(([name]) => !Object.hasOwn(otherNames, name)))(
    'has %s as a name CLDR gives %s',
    (name, tag) => {
      expect(displayNames(tag)).toContain(name)
    },
  )

  it.each(Object.keys(otherNames))('lists the other name %s in the table', (name) => {
    expect(languageNameTags).toHaveProperty([name])
  })

  it('names about forty languages, each in English', () => {
    const tags = new Set(Object.values(languageNameTags))
    expect(tags.size).toBeGreaterThanOrEqual(40)
    const english = new Intl.DisplayNames(['en'], { type: 'language' })
    const missing = [...tags].filter(
      (tag) => languageNameTags[nameKey(english.of(tag) ?? '')] !== tag,
    )
    expect(missing).toEqual([])
  })
})
