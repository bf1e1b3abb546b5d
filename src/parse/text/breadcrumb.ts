import { compiledOnce } from '../_lib/compiled-once.js'
import { escapePattern, wordAlternation } from '../_lib/word-pattern.js'
import { defaultVocabulary, type Vocabulary } from '../vocabulary/vocabulary.js'
import { tidy } from './lines.js'

/** The patterns of a trail, made from a vocabulary's breadcrumb and widget words. */
interface TrailPatterns {
  /** Every trail holds a separator or a prefix's colon: most lines are passed over at once. */
  mayBeTrail: RegExp
  prefix: RegExp
  /** Tool links printed on the same line after a trail ("Tools: Save | Print"). */
  trailingTools: RegExp
  strongSeparator: RegExp
  startsWithMark: RegExp
  weakSeparator: RegExp
  /**
   * A home word, followed by something other than a letter or digit when it is Latin
   * ("Home>", "首页新闻中心", but not "Homeland").
   */
  home: RegExp
  content: RegExp
}

const patternsOf = compiledOnce((vocabulary: Vocabulary): TrailPatterns => {
  const { marks: markWords, spaced, homeWords, prefixes, contentWords } = vocabulary.breadcrumbs
  const { tools, share } = vocabulary.widgets
  const marks = wordAlternation(markWords)
  const homes = [...homeWords]
    .sort((a, b) => b.length - a.length)
    .map((word) =>
      /\p{Script=Han}/u.test(word)
        ? escapePattern(word)
        : `${wordAlternation([word])}(?![\\p{L}\\p{N}])`,
    )
  return {
    mayBeTrail: new RegExp(wordAlternation([...markWords, ...spaced, ':', '：'])),
    prefix: new RegExp(`^(?:${wordAlternation(prefixes, '\\s*')})\\s*[:：]\\s*`, 'i'),
    trailingTools: new RegExp(
      `(?<!\\s)\\s+(?:${wordAlternation([...tools, ...share])})\\s*[:：].*$`,
      'i',
    ),
    strongSeparator: new RegExp(`(?:(?<!\\s)\\s+)?(?:${marks})\\s*`),
    startsWithMark: new RegExp(`^(?:${marks})`),
    weakSeparator: new RegExp(`(?<!\\s)\\s+(?:${wordAlternation(spaced)})\\s+`),
    home: new RegExp(`^(?:${homes.join('|')})`, 'iu'),
    content: new RegExp(`^(?:${wordAlternation(contentWords)})$`, 'i'),
  }
})
patternsOf(defaultVocabulary)

/**
 * Read a breadcrumb trail such as `Home > News > Content`, `首页 > 新闻中心 > 正文`,
 * `Home / China / News`, `当前位置：首页 » 资讯` or `> Government > News`.
 *
 * A line is a trail when it is introduced by a location phrase, or starts with a home
 * word or a separator and has at least one separator; `/` and `-` count only with
 * spaces around them and after a home word or location phrase.
 *
 * @param text - a tidied line.
 * @param vocabulary - the breadcrumb words and thresholds (default: `defaultVocabulary`).
 * @returns the trail's items (and tool links printed after them), or `undefined` when
 *   the line is not a trail.
 * @example
 *   readBreadcrumb('Home>News Content') //=> { items: ['Home', 'News Content'] }
 */
export function readBreadcrumb(
  text: string,
  vocabulary: Vocabulary = defaultVocabulary,
): { items: string[]; tools?: string } | undefined {
  const patterns = patternsOf(vocabulary)
  const { strongSeparator, weakSeparator } = patterns
  if (!patterns.mayBeTrail.test(text)) return undefined
  const prefix = patterns.prefix.exec(text)
  const unprefixed = text.slice(prefix ? prefix[0].length : 0)
  const tools = patterns.trailingTools.exec(unprefixed)
  const rest = tidy(tools ? unprefixed.slice(0, tools.index) : unprefixed)
  const startsHome = patterns.home.test(rest)
  const startsSeparator = patterns.startsWithMark.test(rest)
  let items: string[]
  if (
    strongSeparator.test(rest) &&
    (prefix || startsHome || startsSeparator || isTrail(rest, patterns, vocabulary))
  ) {
    items = rest.split(strongSeparator)
  } else if (weakSeparator.test(rest) && (prefix || startsHome)) {
    items = rest.split(weakSeparator)
  } else if (prefix && rest !== '') {
    items = [rest]
  } else {
    return undefined
  }
  const trail = items.map((item) => tidy(item)).filter((item) => item !== '')
  const longest = vocabulary.thresholds.breadcrumbItemLength
  if (trail.length === 0 || trail.some((item) => item.length > longest)) return undefined
  return tools ? { items: trail, tools: tidy(tools[0]) } : { items: trail }
}

// Without a home word, a line is a trail when its items are short and it has at least
// two separators or ends with a "content" item (`財經 > 滾動新聞 > 正文`).
function isTrail(text: string, patterns: TrailPatterns, vocabulary: Vocabulary): boolean {
  const items = text.split(patterns.strongSeparator)
  const longest = vocabulary.thresholds.trailItemLength
  if (items.some((item) => item.length > longest || /[.。!！?？]$/.test(item))) return false
  const last = tidy(items[items.length - 1] ?? '')
  return items.length >= 3 || patterns.content.test(last)
}
