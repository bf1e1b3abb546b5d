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
  /** A mark that pairs two items into a trail (`新闻中心 >> 行业动态`). */
  pairMark: RegExp
  endsWithMark: RegExp
}

const patternsOf = compiledOnce((vocabulary: Vocabulary): TrailPatterns => {
  const {
    marks: markWords,
    spaced,
    homeWords,
    prefixes,
    contentWords,
    prefixEndings,
    pairMarks,
  } = vocabulary.breadcrumbs
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
    // A location phrase: one of the phrases, or any short phrase that ends like one
    // ("网站当前位置：", "您目前所在位置：").
    prefix: new RegExp(
      `^(?:${wordAlternation(prefixes, '\\s*')}|[^\\s:：]{0,${vocabulary.thresholds.breadcrumbPrefixLength}}?(?:${wordAlternation(prefixEndings)}))\\s*[:：]\\s*`,
      'i',
    ),
    trailingTools: new RegExp(
      `(?<!\\s)\\s+(?:${wordAlternation([...tools, ...share])})\\s*[:：].*$`,
      'i',
    ),
    strongSeparator: new RegExp(`(?:(?<!\\s)\\s+)?(?:${marks})\\s*`),
    startsWithMark: new RegExp(`^(?:${marks})`),
    weakSeparator: new RegExp(`(?<!\\s)\\s+(?:${wordAlternation(spaced)})\\s+`),
    home: new RegExp(`^(?:${homes.join('|')})`, 'iu'),
    content: new RegExp(`^(?:${wordAlternation(contentWords)})$`, 'i'),
    pairMark: new RegExp(`(?:${wordAlternation(pairMarks)})`),
    endsWithMark: new RegExp(`(?:${marks})\\s*$`),
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
  if (trail.length === 0 || !itemsFit(trail, longest, vocabulary)) return undefined
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
 * @param vocabulary - the breadcrumb words and thresholds (default: `defaultVocabulary`).
 * @returns the whole trail, or `undefined` when the two lines are not one trail.
 * @example
 *   joinBreadcrumb('首页 > 新闻中心 >', '正文') //=> { items: ['首页', '新闻中心', '正文'] }
 */
export function joinBreadcrumb(
  first: string,
  second: string,
  vocabulary: Vocabulary = defaultVocabulary,
): { items: string[]; tools?: string } | undefined {
  const patterns = patternsOf(vocabulary)
  const head = readBreadcrumb(first, vocabulary)
  if (!head || head.tools !== undefined) return undefined
  if (!patterns.endsWithMark.test(first) && !patterns.startsWithMark.test(second)) {
    return undefined
  }
  // A second line that starts a trail of its own, or a prefix, is not a continuation.
  if (patterns.home.test(second) || patterns.prefix.test(second)) return undefined
  return readBreadcrumb(`${first} ${second}`, vocabulary)
}

// Items are short, but the last, which may be the headline itself.
function itemsFit(items: ReadonlyArray<string>, longest: number, vocabulary: Vocabulary): boolean {
  const last = items.length - 1
  const headline = vocabulary.thresholds.headlineMaxLength
  return items.every((item, index) =>
    index === last ? item.length <= headline : item.length <= longest,
  )
}

// Without a home word, a line is a trail when its items are short (the last may be the
// headline), none ends a sentence, and it has at least two separators, a mark that pairs
// two items (`新闻中心 >> 行业动态`), or a "content" item last (`財經 > 滾動新聞 > 正文`).
function isTrail(text: string, patterns: TrailPatterns, vocabulary: Vocabulary): boolean {
  const items = text.split(patterns.strongSeparator)
  if (!itemsFit(items, vocabulary.thresholds.trailItemLength, vocabulary)) return false
  if (items.some((item, index) => sentenceEnd.test(item) && index < items.length - 1)) {
    return false
  }
  const last = tidy(items[items.length - 1] ?? '')
  if (/[.。]$/.test(last)) return false
  const filled = items.filter((item) => tidy(item) !== '').length
  return (
    items.length >= 3 ||
    patterns.content.test(last) ||
    (filled >= 2 && patterns.pairMark.test(text))
  )
}

const sentenceEnd = /[.。!！?？]$/
