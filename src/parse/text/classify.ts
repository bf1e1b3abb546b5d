import { compiledOnce } from '../_lib/compiled-once.js'
import { type DateContext, monthPattern, weekdayPattern } from '../_lib/find-dates.js'
import { wordAlternation } from '../_lib/word-pattern.js'
import type { FurnitureKind } from '../vocabulary/furniture.js'
import type { Thresholds } from '../vocabulary/thresholds.js'
import { defaultVocabulary, type Vocabulary } from '../vocabulary/vocabulary.js'
import { readBreadcrumb } from './breadcrumb.js'
import { findFurniture, isMenu } from './furniture.js'
import { isShortLine, looksLikeProse } from './furniture-limits.js'
import type { LabelMatcher } from './labels.js'
import type { PageLanguage } from './language.js'
import type { Line } from './lines.js'
import { type MetaLine, mayBeMetaLine, readMetaLine } from './meta-line.js'
import { findReporter, isReporterLine } from './reporter.js'
import { isProse, isTitleShaped } from './shape.js'
import { type LanguageSwitch, readLanguageSwitch } from './translations.js'

/** What a line of a page was taken to be. */
export type Entry =
  | { kind: 'furniture'; line: Line; furniture: FurnitureKind; ends: boolean }
  | { kind: 'menu'; line: Line }
  | { kind: 'breadcrumb'; line: Line; items: string[]; tools?: string }
  | { kind: 'switch'; line: Line; links: LanguageSwitch[]; own: string[]; other: string }
  | { kind: 'meta'; line: Line; meta: MetaLine }
  | {
      kind: 'text'
      line: Line
      text: string
      /** Whether it reads as a paragraph (see `isProse`). */
      prose: boolean
      /** Whether it may be a headline (see `isTitleShaped`). */
      title: boolean
      /**
       * Whether it reads as running text: a paragraph, or a line that `looksLikeProse`
       * with the page's thresholds. Asked of a line once, here, for every stage after.
       */
      running: boolean
    }

/** What classifying needs to know about the page. */
export interface ClassifyContext extends DateContext {
  labels: LabelMatcher
  language: 'en' | 'zh'
  /** The word families and thresholds (default: `defaultVocabulary`). */
  vocabulary?: Vocabulary | undefined
}

/**
 * Decide what one non-blank line of a page is: furniture, a menu, a breadcrumb trail, a
 * language switch, a meta line (labelled values, a date, a byline), or text that may be
 * the headline or a paragraph.
 *
 * @param line - the line (not blank).
 * @param context - the labels, language and vocabulary.
 * @returns the entry.
 */
export function classifyLine(line: Line, context: ClassifyContext): Entry {
  const { text } = line
  const vocabulary = context.vocabulary ?? defaultVocabulary
  const { thresholds } = vocabulary
  const patterns = patternsOf(vocabulary)
  // A long line is running text: furniture, trails, switches, meta lines and headlines
  // are short.
  if (!isShortLine(text, thresholds)) {
    return { kind: 'text', line, text, prose: true, title: false, running: true }
  }
  // A sentence is never furniture, a trail, a switch or a menu, whatever words it holds
  // ("The plant is powered by wind.", "版权所有的作品受法律保护。"): a Chinese page's
  // paragraphs, short lines all, are not read for them.
  const sentence = looksLikeProse(text, thresholds)
  if (!sentence) {
    const furniture = findFurniture(text, vocabulary)
    if (furniture) {
      return { kind: 'furniture', line, furniture: furniture.kind, ends: furniture.ends ?? false }
    }
    const trail = readBreadcrumb(text, vocabulary)
    if (trail) return { kind: 'breadcrumb', line, ...trail }
    const languageSwitch = readLanguageSwitch(text, context.language, vocabulary)
    if (languageSwitch) return { kind: 'switch', line, ...languageSwitch }
    if (isMenu(text)) return { kind: 'menu', line }
  }
  if (context.language === 'zh' && isReporterLine(text, vocabulary)) {
    const name = findReporter(text, vocabulary) ?? ''
    const rest = text.split(name).map((part) => part.replace(patterns.chineseRoleWords, ''))
    const meta: MetaLine = {
      values: [{ field: 'author', label: '记者', value: name, dates: [] }],
      dates: [],
      rest: rest.filter((part) => part !== ''),
      widgets: [],
    }
    return { kind: 'meta', line, meta }
  }
  // Only a line with a colon, a digit or a byline word can carry meta data; most
  // paragraphs are passed over without reading them for labels.
  if (mayBeMetaLine(text, vocabulary)) {
    const meta = readMetaLine(text, context.labels, context)
    if (isMetaLine(meta, context.language, thresholds)) return { kind: 'meta', line, meta }
  }
  if (isYearlessDate(text) || isRole(text, patterns)) {
    return { kind: 'meta', line, meta: { values: [], dates: [], rest: [text], widgets: [] } }
  }
  return textEntry(line, context, sentence)
}

/**
 * Make a line a text entry: a line that may be the headline or a paragraph.
 *
 * @param line - the line (not blank).
 * @param context - the page's language and vocabulary.
 * @param sentence - whether the line {@link looksLikeProse} with the vocabulary's
 *   thresholds, for a caller that has asked (default: it is asked when needed).
 * @returns the text entry, with whether it reads as prose, as a title and as running text.
 */
export function textEntry(
  line: Line,
  context: Pick<ClassifyContext, 'language' | 'vocabulary'>,
  sentence?: boolean,
): Extract<Entry, { kind: 'text' }> {
  const { text } = line
  const { thresholds } = context.vocabulary ?? defaultVocabulary
  const prose = isProse(text, context.language, thresholds)
  return {
    kind: 'text',
    line,
    text,
    prose,
    title: !prose && isTitleShaped(text, context.language, thresholds),
    running: prose || (sentence ?? looksLikeProse(text, thresholds)),
  }
}

// A date without its year ("January 09, 9:00 UTC+3", "Nov 30"), printed where a page
// gives its date; it cannot date the article, and it is not a headline.
const yearless = new RegExp(
  `^${weekdayPattern}${monthPattern}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{1,2}:\\d{2}.*)?$`,
  'iu',
)

const patternsOf = compiledOnce((vocabulary: Vocabulary) => {
  const { roles } = vocabulary
  return {
    /** A byline's second line naming the author's role: "China.org.cn staff reporter". */
    roleLine: new RegExp(
      `^(?:[\\p{L}\\p{N}.'’-]+\\s+){0,3}(?:(?:${wordAlternation(roles.qualifiers)})\\s*)?(?:${wordAlternation(roles.newsroomJobs)})s?$`,
      'iu',
    ),
    /**
     * Whether a line ends as `roleLine` needs, with a newsroom job: tried at the end only
     * (sticky, from there), looking behind, where `roleLine` reads the words before it.
     */
    roleEnd: new RegExp(`(?<=(?:${wordAlternation(roles.newsroomJobs)})s?)$`, 'iuy'),
    /** The role words and separators around a Chinese reporter's name. */
    chineseRoleWords: new RegExp(`${wordAlternation(roles.chineseRoles)}|[/／\\s]`, 'gu'),
  }
})
patternsOf(defaultVocabulary)

/**
 * Whether a line names a byline's role alone: `Staff Writer`, `China.org.cn staff reporter`.
 *
 * @param text - a tidied line.
 * @param vocabulary - the role words (default: `defaultVocabulary`).
 * @returns `true` for a role line.
 * @example
 *   isRoleLine('Senior Editor') //=> true
 */
export function isRoleLine(text: string, vocabulary: Vocabulary = defaultVocabulary): boolean {
  return isRole(text, patternsOf(vocabulary))
}

// Most lines do not end with a job, and are not read word by word for a role.
function isRole(text: string, patterns: ReturnType<typeof patternsOf>): boolean {
  patterns.roleEnd.lastIndex = text.length
  return patterns.roleEnd.test(text) && patterns.roleLine.test(text)
}

/**
 * Whether a line is a date printed without its year (`Nov 30`, `January 09, 9:00 UTC+3`).
 *
 * @param text - a tidied line.
 * @returns `true` for a yearless date.
 * @example
 *   isYearlessDate('Nov 30') //=> true
 */
export function isYearlessDate(text: string): boolean {
  return yearless.test(text)
}

function isMetaLine(meta: MetaLine, language: PageLanguage, thresholds: Thresholds): boolean {
  const loose = meta.rest.join(' ')
  const looseLength = loose.length
  const words = loose.split(/\s+/).filter((word) => word !== '').length
  if (meta.values.length > 0) {
    // A labelled value makes a meta line unless running text surrounds it, as in a
    // paragraph that ends with "(編輯:楊昇儒)" or happens to contain "time:".
    if (
      /[.!?;,]\s+\S|[。！？；，]\s*\S/u.test(loose) &&
      looseLength > thresholds.metaSentenceText
    ) {
      return false
    }
    return (
      looseLength <= thresholds.metaLooseText ||
      meta.values.filter((v) => v.value !== '').length >= 2
    )
  }
  if (meta.dates.length > 0) {
    const most = language === 'zh' ? thresholds.metaDateLooseTextZh : thresholds.metaLooseText
    return (
      looseLength <= most && words <= thresholds.metaDateLooseWords && !/[.。!?！？]$/.test(loose)
    )
  }
  return false
}
