/**
 * Why a line was taken as site furniture rather than part of the article; `site` is a
 * line a caller or a site profile names.
 */
export type FurnitureKind =
  | 'copyright'
  | 'print-close'
  | 'share'
  | 'font-size'
  | 'comments'
  | 'related'
  | 'navigation'
  | 'image'
  | 'markup'
  | 'end-mark'
  | 'banner'
  | 'site'

/** A furniture pattern: what it matches, and whether the article's text ends there. */
export interface FurnitureRule {
  kind: FurnitureKind
  /** Matched against a whole tidied line. */
  pattern: RegExp
  /** The page's footer starts here: no line after it is body text (default: `false`). */
  ends?: boolean
}

/**
 * Lines that real news pages print around an article and that are not part of it: the
 * footer (copyright, licence numbers), "related" lists, image placeholders, markup left
 * over from scraping, end marks and banners. Each pattern is matched against a whole
 * tidied line. Buttons, share bars, font-size switches and comment forms are made from
 * the widget words (`widgetVocabulary`).
 */
export const furnitureRules: ReadonlyArray<FurnitureRule> = [
  {
    kind: 'copyright',
    pattern:
      /copyright|©\s*(?:\d{4}|copyright)|\d{4}\s*©|all rights reserved|版权所有|版權所有|未经授权|未經授權|不得转载|不得轉載|ICP[备備证證]|公网安备|公網安備|(?:^|[|｜]\s*)(?:powered|produced|designed|developed|hosted) by\b|技术支持[:：]/i,
    ends: true,
  },
  {
    kind: 'related',
    pattern:
      /^(?:related (?:stories|news|articles|posts|links)|most popular|most read|相关新闻|相關新聞|相关阅读|相關閱讀|相关文章|相關文章|相关链接|相關鏈接|推荐阅读|推薦閱讀|热点新闻|熱點新聞|timeline|(?:新闻|新聞)?(?:时间线|時間線|时间轴|時間軸))[:：>»]*$|^more news.*$/i,
    ends: true,
  },
  {
    kind: 'image',
    pattern:
      /^(?:!\[[^\]]*\]\([^)]*\)\s*(?:\|\s*)?)+$|^\|+$|^©\D.*(?:photo|图片|圖片)|^[^\s]+\.(?:png|jpe?g|gif|webp|bmp)$|^(?:[\w-]+ ){0,2}placeholder(?: [\w-]+){0,2}$|^[•·]\s*[0-9a-f]{10,}$/i,
  },
  { kind: 'markup', pattern: /^(?:\d+\.\s*)?(?:<\/?[a-z][^>]*>\s*)+$/i },
  {
    kind: 'end-mark',
    pattern: /^(?:[(（[【]?\s*(?:完|终|終|全文完|end)\s*[)）\]】]?|-+\s*end\s*-+)$/i,
  },
  {
    kind: 'banner',
    pattern:
      /^(?:breaking news|coming soon!?|(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|search|menu)|(?:跳到|跳至|跳转到|跳轉到)(?:主要|主)?(?:内容|內容|导航|導覽)(?:区块|區塊|区|區)?|photos?|返回主页.*|上一[期篇页頁].*|下一[期篇页頁].*|首页上一页.*)$/i,
  },
]
