import { escapePattern, wordAlternation } from '../_lib/word-pattern.js'
import { breadcrumbVocabulary } from '../vocabulary/breadcrumbs.js'
import { thresholds } from '../vocabulary/thresholds.js'
import { widgetVocabulary } from '../vocabulary/widgets.js'
import { tidy } from './lines.js'

const { marks: markWords, spaced, homeWords, prefixes, contentWords } = breadcrumbVocabulary
const prefixPattern = new RegExp(`^(?:${wordAlternation(prefixes, '\\s*')})\\s*[:：]\\s*`, 'i')
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
  const longest = thresholds.breadcrumbItemLength
  if (trail.length === 0 || trail.some((item) => item.length > longest)) return undefined
  return tools ? { items: trail, tools: tidy(tools[0]) } : { items: trail }
}

// Without a home word, a line is a trail when its items are short and it has at least
// two separators or ends with a "content" item (`財經 > 滾動新聞 > 正文`).
function isTrail(text: string): boolean {
  const items = text.split(strongSeparator)
  const longest = thresholds.trailItemLength
  if (items.some((item) => item.length > longest || /[.。!！?？]$/.test(item))) return false
  const last = tidy(items[items.length - 1] ?? '')
  return items.length >= 3 || contentPattern.test(last)
}

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
