/** The words and marks of breadcrumb trails (`Home > News > Content`, `当前位置：首页 » 资讯`). */
export interface BreadcrumbVocabulary {
  /** Separators that mark a trail wherever they stand: `>`, `»`, `→`. */
  marks: ReadonlyArray<string>
  /**
   * Separators that count only with spaces around them, after a home word or a
   * location phrase, as they also stand inside names: `/`, `-`.
   */
  spaced: ReadonlyArray<string>
  /** Words a trail starts with: `Home`, `首页`. */
  homeWords: ReadonlyArray<string>
  /** Phrases that introduce a trail, followed by a colon: `You are here`, `当前位置`. */
  prefixes: ReadonlyArray<string>
  /**
   * Words a location phrase ends with: any short phrase ending with one, followed by a
   * colon, introduces a trail too (`网站当前位置：`, `您目前所在位置：`).
   */
  prefixEndings: ReadonlyArray<string>
  /**
   * Marks that make a trail of two items without a home word or a location phrase
   * (`新闻中心 >> 行业动态`); a single `>` needs three items, as it also stands in text
   * (`exports grew > 10%`).
   */
  pairMarks: ReadonlyArray<string>
  /** A trail's last item that stands for the article itself: `正文`, `Content`. */
  contentWords: ReadonlyArray<string>
}

/** Breadcrumb separators, home words and location phrases seen on real pages. */
export const breadcrumbVocabulary: BreadcrumbVocabulary = {
  marks: ['-->', '->', '=>', '>>', '>', '»', '›', '→', '＞', '〉'],
  spaced: ['/', '-', '－'],
  homeWords: [
    'home',
    'homepage',
    'home page',
    '首页',
    '首頁',
    '主页',
    '主頁',
    '网站首页',
    '網站首頁',
  ],
  prefixes: [
    '当前位置',
    '當前位置',
    '您现在的位置',
    '您現在的位置',
    '您所在的位置',
    '您的位置',
    '本页位置',
    '本頁位置',
    '所在位置',
    '位置',
    'You are here',
    'Current location',
    'Location',
    'Your location',
  ],
  contentWords: ['正文', '内容', '內容', 'content', 'detail', 'details'],
  prefixEndings: ['位置'],
  pairMarks: ['-->', '->', '=>', '>>', '»', '→'],
}
