/** A word of a language switch and the language it leads to. */
export interface LanguageSwitchWord {
  word: string
  /** A BCP 47 tag: `en`, `zh-Hans`. */
  language: string
}

/** The words of a page's language switch (`English | 中文版`). */
export interface LanguageSwitchVocabulary {
  /** Switch words, by the language they lead to. */
  words: ReadonlyArray<LanguageSwitchWord>
  /** Labels before a switch, followed by a colon: `Language:`, `语言：`. */
  labels: ReadonlyArray<string>
}

/** Language-switch words of English and Chinese news pages. */
export const languageSwitchVocabulary: LanguageSwitchVocabulary = {
  words: [
    { word: '中文版', language: 'zh' },
    { word: '中文', language: 'zh' },
    { word: '简体中文', language: 'zh-Hans' },
    { word: '简体', language: 'zh-Hans' },
    { word: '簡體', language: 'zh-Hans' },
    { word: '繁體中文', language: 'zh-Hant' },
    { word: '繁體', language: 'zh-Hant' },
    { word: '繁体', language: 'zh-Hant' },
    { word: 'Chinese', language: 'zh' },
    { word: 'English', language: 'en' },
    { word: 'English Version', language: 'en' },
    { word: '英文版', language: 'en' },
    { word: 'EN', language: 'en' },
    { word: 'ENG', language: 'en' },
    { word: 'CN', language: 'zh' },
  ],
  labels: ['Language', 'Languages', '语言', '語言'],
}
