import { tidy } from './lines.js'

/**
 * Separators seen between the items of a breadcrumb trail on real pages. The first
 * kind marks a trail wherever it stands; the second (`/`, `-`) only with spaces around
 * it, after a home word or a location phrase, as it also stands inside names.
 */
export const breadcrumbSeparators = {
  marks: ['-->', '->', '=>', '>>', '>', '»', '›', '→', '＞', '〉'],
  spaced: ['/', '-', '－'],
} as const

/** Words a trail starts with. */
export const breadcrumbHomeWords = [
  'home',
  'homepage',
  'home page',
  '首页',
  '首頁',
  '主页',
  '主頁',
  '网站首页',
  '網站首頁',
] as const

/** Phrases a trail may be introduced by, followed by a colon. */
export const breadcrumbPrefixes = [
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
] as const

const prefixPattern = new RegExp(
  `^(?:${breadcrumbPrefixes.map((word) => word.replace(/ /g, '\\s*')).join('|')})\\s*[:：]\\s*`,
  'i',
)
// Tool links printed on the same line after a trail ("Tools: Save | Print").
const trailingTools = /(?<!\s)\s+(?:tools|share|工具)\s*[:：].*$/i
const escapePattern = (word: string) => word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
const marks = breadcrumbSeparators.marks.map(escapePattern).join('|')
const strongSeparator = new RegExp(`(?:(?<!\\s)\\s+)?(?:${marks})\\s*`)
const startsWithMark = new RegExp(`^(?:${marks})`)
const weakSeparator = new RegExp(
  `(?<!\\s)\\s+(?:${breadcrumbSeparators.spaced.map(escapePattern).join('|')})\\s+`,
)

/**
 * Read a breadcrumb trail such as `Home > News > Content`, `首页 > 新闻中心 > 正文`,
 * `Home / China / News`, `当前位置：首页 » 资讯` or `> Government > News`.
 *
 * A line is a trail when it is introduced by a location phrase, or starts with a home
 * word or a separator and has at least one separator; `/` and `-` count only with
 * spaces around them and after a home word or location phrase.
 *
 * @param text - a tidied line.
 * @returns the trail's items (and tool links printed after them), or `undefined` when
 *   the line is not a trail.
 * @example
 *   readBreadcrumb('Home>News Content') //=> { items: ['Home', 'News Content'] }
 */
export function readBreadcrumb(text: string): { items: string[]; tools?: string } | undefined {
  if (!/[>»›→＞〉/\-－:：]/.test(text)) return undefined
  const prefix = prefixPattern.exec(text)
  const unprefixed = text.slice(prefix ? prefix[0].length : 0)
  const tools = trailingTools.exec(unprefixed)
  const rest = tidy(tools ? unprefixed.slice(0, tools.index) : unprefixed)
  const startsHome = homePattern.test(rest)
  const startsSeparator = startsWithMark.test(rest)
  let items: string[]
  if (strongSeparator.test(rest) && (prefix || startsHome || startsSeparator || isTrail(rest))) {
    items = rest.split(strongSeparator)
  } else if (weakSeparator.test(rest) && (prefix || startsHome)) {
    items = rest.split(weakSeparator)
  } else if (prefix && rest !== '') {
    items = [rest]
  } else {
    return undefined
  }
  const trail = items.map((item) => tidy(item)).filter((item) => item !== '')
  if (trail.length === 0 || trail.some((item) => item.length > 80)) return undefined
  return tools ? { items: trail, tools: tidy(tools[0]) } : { items: trail }
}

// Without a home word, a line is a trail when its items are short and it has at least
// two separators or ends with a "content" item (`財經 > 滾動新聞 > 正文`).
function isTrail(text: string): boolean {
  const items = text.split(strongSeparator)
  if (items.some((item) => item.length > 30 || /[.。!！?？]$/.test(item))) return false
  const last = tidy(items[items.length - 1] ?? '')
  return items.length >= 3 || /^(?:正文|内容|內容|content|details?)$/i.test(last)
}

// A home word, followed by something other than a letter or digit when it is Latin
// ("Home>", "首页新闻中心", but not "Homeland").
const homePattern = new RegExp(
  `^(?:${breadcrumbHomeWords
    .map((word) =>
      /\p{Script=Han}/u.test(word) ? word : `${word.replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`,
    )
    .join('|')})`,
  'iu',
)
