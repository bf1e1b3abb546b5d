import { escapePattern, wordAlternation } from '../_lib/word-pattern.js'
import { breadcrumbVocabulary } from '../vocabulary/breadcrumbs.js'
import { thresholds } from '../vocabulary/thresholds.js'
import { widgetVocabulary } from '../vocabulary/widgets.js'
import { tidy } from './lines.js'

const {
  marks: markWords,
  spaced,
  homeWords,
  prefixes,
  contentWords,
  prefixEndings,
  pairMarks,
} = breadcrumbVocabulary
// A location phrase: one of the phrases, or any short phrase that ends like one
// ("网站当前位置：", "您目前所在位置：").
const prefixPattern = new RegExp(
  `^(?:${wordAlternation(prefixes, '\\s*')}|[^\\s:：]{0,${thresholds.breadcrumbPrefixLength}}?(?:${wordAlternation(prefixEndings)}))\\s*[:：]\\s*`,
  'i',
)
// Tool links printed on the same line after a trail ("Tools: Save | Print").
const trailingTools = new RegExp(
  `(?<!\\s)\\s+(?:${wordAlternation([...widgetVocabulary.tools, ...widgetVocabulary.share])})\\s*[:：].*$`,
  'i',
)
const marks = wordAlternation(markWords)
// Every trail holds a separator or a prefix's colon: most lines are passed over at once.
const mayBeTrail = new RegExp(wordAlternation([...markWords, ...spaced, ':', '：']))
const strongSeparator = new RegExp(`(?:(?<!\\s)\\s+)?(?:${marks})\\s*`)
const startsWithMark = new RegExp(`^(?:${marks})`)
const weakSeparator = new RegExp(`(?<!\\s)\\s+(?:${wordAlternation(spaced)})\\s+`)
const pairMark = new RegExp(`(?:${wordAlternation(pairMarks)})`)
const endsWithMark = new RegExp(`(?:${marks})\\s*$`)

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
  if (!mayBeTrail.test(text)) return undefined
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
  if (trail.length === 0 || !itemsFit(trail, thresholds.breadcrumbItemLength)) return undefined
  return tools ? { items: trail, tools: tidy(tools[0]) } : { items: trail }
}

/**
 * Read a trail printed over two lines, as a narrow column wraps it: the first line ends
 * with a separator (`首页 > 新闻中心 >`, then `正文`) or the second starts with one
 * (`Home > News`, then `> Trade`). The layout decides which two lines to try; this only
 * reads them.
 *
 * @param first - the first line, tidied.
 * @param second - the next line, tidied.
 * @returns the whole trail, or `undefined` when the two lines are not one trail.
 * @example
 *   joinBreadcrumb('首页 > 新闻中心 >', '正文') //=> { items: ['首页', '新闻中心', '正文'] }
 */
export function joinBreadcrumb(
  first: string,
  second: string,
): { items: string[]; tools?: string } | undefined {
  const head = readBreadcrumb(first)
  if (!head || head.tools !== undefined) return undefined
  if (!endsWithMark.test(first) && !startsWithMark.test(second)) return undefined
  // A second line that starts a trail of its own, or a prefix, is not a continuation.
  if (homePattern.test(second) || prefixPattern.test(second)) return undefined
  return readBreadcrumb(`${first} ${second}`)
}

// Items are short, but the last, which may be the headline itself.
function itemsFit(items: ReadonlyArray<string>, longest: number): boolean {
  const last = items.length - 1
  return items.every((item, index) =>
    index === last ? item.length <= thresholds.headlineMaxLength : item.length <= longest,
  )
}

// Without a home word, a line is a trail when its items are short (the last may be the
// headline), none ends a sentence, and it has at least two separators, a mark that pairs
// two items (`新闻中心 >> 行业动态`), or a "content" item last (`財經 > 滾動新聞 > 正文`).
function isTrail(text: string): boolean {
  const items = text.split(strongSeparator)
  if (!itemsFit(items, thresholds.trailItemLength)) return false
  if (items.some((item, index) => sentenceEnd.test(item) && index < items.length - 1)) {
    return false
  }
  const last = tidy(items[items.length - 1] ?? '')
  if (/[.。]$/.test(last)) return false
  const filled = items.filter((item) => tidy(item) !== '').length
  return items.length >= 3 || contentPattern.test(last) || (filled >= 2 && pairMark.test(text))
}

const sentenceEnd = /[.。!！?？]$/

// A home word, followed by something other than a letter or digit when it is Latin
// ("Home>", "首页新闻中心", but not "Homeland").
const homePattern = new RegExp(
  `^(?:${[...homeWords]
    .sort((a, b) => b.length - a.length)
    .map((word) =>
      /\p{Script=Han}/u.test(word)
        ? escapePattern(word)
        : `${wordAlternation([word])}(?![\\p{L}\\p{N}])`,
    )
    .join('|')})`,
  'iu',
)
const contentPattern = new RegExp(`^(?:${wordAlternation(contentWords)})$`, 'i')
