import fc from 'fast-check'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import {
  ArticleParseError,
  languageNameTags,
  parseMarkdown,
  remarkNewsArticle,
} from '../../../src/parse/index.js'
import { type Diagnostic, formatDiagnostic, LanguageTag } from '../../../src/schema/index.js'
import { runs } from '../../_lib/runs.js'

const body = '\nThe chamber opened a new office in the city centre on Monday.\n'

// What parseMarkdown makes of a post: its language, and its diagnostics as a CLI prints them.
function read(markdown: string, options = {}): { language?: string; printed: string[] } {
  const print = (diagnostics: Diagnostic[]) =>
    diagnostics.map((d) => formatDiagnostic(d, { file: 'post.md' }))
  try {
    const { article, diagnostics } = parseMarkdown(markdown, options)
    return { language: article.language, printed: print(diagnostics) }
  } catch (error) {
    if (error instanceof ArticleParseError) return { printed: print(error.diagnostics) }
    throw error
  }
}

describe('parseMarkdown: languages as site generators write them', () => {
  it('reads a Jekyll post with lang: zh_cn as zh-CN, warning at the value', () => {
    const post = `---\nlayout: post\ntitle: 商会新办公室启用\ndate: 2014-10-13 10:00:00 +0800\nlang: zh_cn\ncategories: news\n---\n${body}`
    const { article, diagnostics } = parseMarkdown(post)
    expect(article.language).toBe('zh-CN')
    const warning = diagnostics.find((d) => d.ruleId === 'language-form')
    expect(warning).toEqual({
      severity: 'warning',
      message: 'Read the language "zh_cn" as the BCP 47 tag "zh-CN"',
      line: 5,
      column: 7,
      place: {
        start: { line: 5, column: 7, offset: 71 },
        end: { line: 5, column: 12, offset: 76 },
      },
      ruleId: 'language-form',
      source: 'news-model',
      actual: 'zh_cn',
      expected: 'zh-CN',
      note: 'A locale id (language_REGION), as Jekyll, Hexo and operating systems write them.',
    })
    expect(post.slice(warning?.place?.start.offset, warning?.place?.end.offset)).toBe('zh_cn')
  })

  it('reads a Hexo post with lang: English as en', () => {
    const post = `---\ntitle: Chamber Opens New Office\ndate: 2014/10/13 10:00:00\ntags:\n  - office\nlang: English\n---\n${body}`
    expect(read(post)).toEqual({
      language: 'en',
      printed: [
        'post.md:6:7: warning Read the language "English" as the BCP 47 tag "en" [language-form]',
      ],
    })
  })

  it('reads a Hugo page with languageCode: en-us as en-US', () => {
    const post = `---\ntitle: "Chamber Opens New Office"\ndate: 2014-10-13T10:00:00+08:00\ndraft: false\nlanguageCode: en-us\n---\n${body}`
    const { language, printed } = read(post)
    expect(language).toBe('en-US')
    expect(printed.filter((line) => line.includes('[language-form]'))).toEqual([
      'post.md:5:15: warning Read the language "en-us" as the BCP 47 tag "en-US" [language-form]',
    ])
  })

  it('reads an Eleventy post with locale: en_GB.UTF-8, saying what it left out', () => {
    const post = `---\ntitle: Chamber Opens New Office\nlocale: en_GB.UTF-8\n---\n${body}`
    const { article, diagnostics } = parseMarkdown(post)
    expect(article.language).toBe('en-GB')
    expect(diagnostics.map((d) => d.note)).toEqual([
      'A locale id (language_REGION), as Jekyll, Hexo and operating systems write them. Its codeset and modifier ".UTF-8" are left out.',
    ])
  })

  it.each([
    ['language: en_US', 'en-US', 'locale'],
    ['lang: zh_CN', 'zh-CN', 'locale'],
    ['lang: ZH_tw', 'zh-TW', 'locale'],
    ['lang: zh_Hans_CN', 'zh-Hans-CN', 'locale'],
    ['lang: sr_RS@latin', 'sr-RS', 'locale'],
    ['lang: de_DE.ISO-8859-1@euro', 'de-DE', 'locale'],
    ['lang: pt-BR.UTF-8', 'pt-BR', 'locale'],
    ['lang: ZH-cn', 'zh-CN', 'case'],
    ['lang: zh-hans', 'zh-Hans', 'case'],
    ['lang: EN', 'en', 'case'],
    ['lang: English', 'en', 'name'],
    ['lang: ENGLISH', 'en', 'name'],
    ['language: "中文"', 'zh', 'name'],
    ['lang: 简体中文', 'zh-Hans', 'name'],
    ['lang: 繁體中文', 'zh-Hant', 'name'],
    ['lang: Simplified  Chinese', 'zh-Hans', 'name'],
    ['lang: Chinese (Traditional)', 'zh-Hant', 'name'],
    ['lang: Français', 'fr', 'name'],
    ['lang: 日本語', 'ja', 'name'],
    ['lang: Deutsch', 'de', 'name'],
    ['lang: 英文', 'en', 'name'],
    ['inLanguage: zh_HK', 'zh-HK', 'locale'],
  ])('reads %s as %s (a %s)', (line, tag, form) => {
    const { article, diagnostics } = parseMarkdown(`---\ntitle: Hi there\n${line}\n---\n${body}`)
    expect(article.language).toBe(tag)
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['language-form'])
    expect(diagnostics[0]?.expected).toBe(tag)
    const notes = {
      locale: 'A locale id',
      case: 'A language tag in another case',
      name: 'A language',
    }
    expect(diagnostics[0]?.note).toMatch(new RegExp(`^${notes[form as keyof typeof notes]}`))
  })

  it.each(['en', 'zh-Hans', 'zh-CN', 'en-GB-oxendict', 'x-chamber', 'yue-HK'])(
    'takes the tag %s as it is, without a warning',
    (tag) => {
      const { article, diagnostics } = parseMarkdown(
        `---\ntitle: Hi there\nlang: ${tag}\n---\n${body}`,
      )
      expect(article.language).toBe(tag)
      expect(diagnostics).toEqual([])
    },
  )

  it.each([
    ['a word that names no language', 'lang: Old Chamber Dialect', 'Old Chamber Dialect'],
    ['a name not in the table', 'lang: Klingon', 'Klingon'],
    ['the C locale', 'lang: C.UTF-8', 'C.UTF-8'],
    ['a locale with a region too long', 'lang: en_USA', 'en_USA'],
  ])('refuses %s, saying which forms are read', (_, line, value) => {
    expect(read(`---\ntitle: Hi there\n${line}\n---\n${body}`).printed).toEqual([
      `post.md:3:${line.indexOf(':') + 3}: error language: expected a BCP 47 language tag such as en or zh-CN, a locale such as zh_CN, or a language's name such as English or 中文, found ${JSON.stringify(value)} [invalid-value]`,
    ])
  })

  it('leaves a value that is not a string to the model', () => {
    expect(read(`---\ntitle: Hi there\nlang: [en, zh]\n---\n${body}`).printed).toEqual([
      'post.md:3:7: error language: expected a BCP 47 language tag such as en, zh or zh-Hans, found a list of 2 items [invalid-value]',
    ])
  })

  it('reads the first of two language keys and reports the second', () => {
    const { language, printed } = read(
      `---\ntitle: Hi there\nlang: en\nlocale: zh_CN\n---\n${body}`,
    )
    expect(language).toBe('en')
    expect(printed).toEqual([
      'post.md:4:1: warning Left out "locale": the article already has language from "lang" [extra-value]',
    ])
  })

  it('reads names a caller adds with languageNameTags, in any case, before the built-in ones', () => {
    const options = { languageNameTags: { Klingon: 'tlh', 'Chamber English': 'en-x-chamber' } }
    expect(read(`---\ntitle: Hi there\nlang: KLINGON\n---\n${body}`, options).language).toBe('tlh')
    expect(
      read(`---\ntitle: Hi there\nlang: chamber  english\n---\n${body}`, options).language,
    ).toBe('en-x-chamber')
    const chinese = { languageNameTags: { chinese: 'zh-Hans' } }
    expect(read(`---\ntitle: Hi there\nlang: Chinese\n---\n${body}`, chinese).language).toBe(
      'zh-Hans',
    )
  })

  it('throws a TypeError or RangeError naming a bad languageNameTags option', () => {
    expect(() => parseMarkdown(body, { languageNameTags: 'tlh' as never })).toThrow(TypeError)
    expect(() => parseMarkdown(body, { languageNameTags: { Klingon: 42 as never } })).toThrow(
      /Invalid `languageNameTags\["Klingon"\]` 42/,
    )
    expect(() => parseMarkdown(body, { languageNameTags: { Klingon: 'not a tag' } })).toThrow(
      RangeError,
    )
  })

  it('reads the forms in the remark plugin too, with the warning on the file', async () => {
    const file = new VFile(`---\ntitle: Hi there\nlang: zh_cn\n---\n${body}`)
    const processor = unified()
      .use(remarkParse)
      .use(remarkNewsArticle, { languageNameTags: { Klingon: 'tlh' } })
    await processor.run(processor.parse(file), file)
    expect(file.data.article?.language).toBe('zh-CN')
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      '3:7 language-form',
    ])
  })
})

describe('parseMarkdown: language properties', () => {
  const pieces = fc.constantFrom(
    ...Object.keys(languageNameTags),
    'en',
    'zh',
    'ZH',
    'Hans',
    'hant',
    'cn',
    'US',
    '419',
    '_',
    '-',
    '.',
    '@',
    'UTF-8',
    'latin',
    ' ',
    'x',
    'oxendict',
    'i',
    'Klingon',
  )
  const value = fc.oneof(
    fc.array(pieces, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('')),
    fc.string({ maxLength: 12 }),
  )

  it('gives every article a well-formed BCP 47 tag, or refuses the post', {
    tags: ['properties'],
  }, () => {
    fc.assert(
      fc.property(value, (lang) => {
        const post = `---\ntitle: Hi there\nlang: ${JSON.stringify(lang)}\n---\n${body}`
        let language: string
        try {
          language = parseMarkdown(post).article.language
        } catch (error) {
          expect(error).toBeInstanceOf(ArticleParseError)
          return
        }
        expect(LanguageTag.safeParse(language).success).toBe(true)
      }),
      { numRuns: runs(600) },
    )
  })
})
