/** Why a line was taken as site furniture rather than part of the article. */
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

/** A furniture pattern: what it matches, and whether the article's text ends there. */
export interface FurnitureRule {
  kind: FurnitureKind
  pattern: RegExp
  /** The page's footer starts here: no line after it is body text (default: `false`). */
  ends?: boolean
}

/**
 * Lines that real news pages print around an article and that are not part of it: the
 * footer (copyright, licence numbers), print, close and share buttons, font-size
 * switches, comment forms, "related" lists, image placeholders, markup left over from
 * scraping, and end marks. Each pattern is matched against a whole tidied line.
 */
export const furnitureRules: ReadonlyArray<FurnitureRule> = [
  {
    kind: 'copyright',
    pattern:
      /copyright|©\s*(?:\d{4}|copyright)|\d{4}\s*©|all rights reserved|版权所有|版權所有|未经授权|未經授權|不得转载|不得轉載|ICP[备備证證]|公网安备|公網安備|Produced By|Powered by|技术支持[:：]/i,
    ends: true,
  },
  {
    kind: 'comments',
    pattern:
      /^(?:leave a (?:reply|comment)|comments? ?(?:as)?[:：]?|comments? \(\d+\)|no comments[:：]?|your email address will not be published.*|发表评论|發表評論|网友评论|網友評論|我要评论|我要評論)$/i,
    ends: true,
  },
  {
    kind: 'related',
    pattern:
      /^(?:related (?:stories|news|articles|posts|links)|most popular|most read|相关新闻|相關新聞|相关阅读|相關閱讀|相关文章|相關文章|相关链接|相關鏈接|推荐阅读|推薦閱讀|热点新闻|熱點新聞|新闻时间线|新聞時間線)[:：>»]*$|^more news.*$/i,
    ends: true,
  },
  {
    kind: 'print-close',
    pattern:
      /^\s*(?:(?:[【[(]\s*)?(?:print(?: this (?:page|article))?|close(?: window)?|打印(?:本页|此页)?|列印|关闭(?:窗口)?|關閉(?:視窗)?|返回顶部|返回頂部|back to top)\s*(?:[】\])]\s*)?)+$/i,
  },
  {
    kind: 'share',
    pattern:
      /^(?:(?:share(?: this)?(?: (?:story|article))?(?: on| with| to)?|分享到?|messenger|pinterest|linkedin|facebook|twitter|whatsapp|telegram|reddit|e-?mail(?: this)?(?: to (?:a|your) friend)?|wechat|weibo|微信|微博|qq空间|QQ空間|关注|關注|收藏|close)[\s:：|,]*)+$/i,
  },
  {
    kind: 'font-size',
    pattern:
      /^[【[]?\s*(?:字[体體号號级級]|字型大小|浏览字体|瀏覽字體|(?:adjust )?(?:font|text|word) ?size|fonts?)(?![a-z]).*$|^\s*(?:(?:[•·]\s*)?(?:[大中小]字?|large|medium|middle|small|big|[↑↓][大小])\s*){1,3}$/i,
  },
  {
    kind: 'image',
    pattern:
      /^(?:!\[[^\]]*\]\([^)]*\)\s*(?:\|\s*)?)+$|^\|+$|^©\D.*(?:photo|图片|圖片)|^[^\s]+\.(?:png|jpe?g|gif|webp|bmp)$|^(?:generic )?placeholder image$|^[•·]\s*[0-9a-f]{10,}$/i,
  },
  { kind: 'markup', pattern: /^(?:\d+\.\s*)?(?:<\/?[a-z][^>]*>\s*)+$/i },
  {
    kind: 'end-mark',
    pattern: /^(?:[(（[【]?\s*(?:完|终|終|全文完|end)\s*[)）\]】]?|-+\s*end\s*-+)$/i,
  },
  {
    kind: 'banner',
    pattern:
      /^(?:breaking news|coming soon!?|skip to (?:main )?content|跳到主要內容區塊|跳转到主要内容|跳轉到主要內容|video ?player(?:close)?|photos?|返回主页.*|上一[期篇页頁].*|下一[期篇页頁].*|首页上一页.*)$/i,
  },
]

/**
 * Tell whether a line is site furniture, and of what kind.
 *
 * @param text - a tidied line.
 * @returns the matching rule, or `undefined` for a line that may be article text.
 * @example
 *   findFurniture('【Print】 【Close】')?.kind //=> 'print-close'
 */
export function findFurniture(text: string): FurnitureRule | undefined {
  return furnitureRules.find((rule) => rule.pattern.test(text))
}

/**
 * Whether a line is a menu: three or more short items between `|` or `｜` bars, as a
 * channel bar (`首页| 滚动| 国内| 国际`) prints them.
 *
 * @param text - a tidied line.
 * @returns `true` for a menu line.
 */
export function isMenu(text: string): boolean {
  if (!text.includes('|') && !text.includes('｜')) return false
  const items = text
    .split(/[|｜]/)
    .map((s) => s.trim())
    .filter((item) => item !== '')
  if (items.length < 3) return false
  return items.every((item) => item.length <= 12)
}
