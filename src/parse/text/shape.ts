import { countHan } from '../_lib/han.js'
import { thresholds as defaultThresholds, type Thresholds } from '../vocabulary/thresholds.js'
import type { PageLanguage } from './language.js'

const sentenceEnd = /[.。!！?？]["”’'」』)）]?$/u
const sentenceEndZh = /[。！？!?]["”’'」』)）]?$/u

/**
 * Whether a line reads as a paragraph of running text rather than a title.
 *
 * @param text - a tidied line.
 * @param language - the page's language.
 * @param thresholds - the length thresholds (default: `thresholds`).
 * @returns `true` for prose.
 */
export function isProse(
  text: string,
  language: PageLanguage,
  thresholds: Thresholds = defaultThresholds,
): boolean {
  const length = text.length
  if (language === 'zh') {
    // Counted up to the paragraph's count: past it the line is prose, whatever the rest.
    const han = countHan(text, thresholds.paragraphHanCharacters)
    if (han >= thresholds.paragraphHanCharacters) return true
    if (length < thresholds.paragraphSentenceLength) return false
    if (han < thresholds.paragraphSentenceHanCharacters || !sentenceEndZh.test(text)) return false
    // A headline may end in "！" or "？"; running text has a full stop, or stops inside
    // the line as well, or runs long.
    return (
      /[。.]["”’'」』)）]?$/u.test(text) ||
      innerStopZh.test(text.slice(0, -1)) ||
      han > thresholds.headlineEndHanCharacters
    )
  }
  if (length >= thresholds.paragraphLength) return true
  if (!sentenceEnd.test(text) || !hasWords(text, thresholds.paragraphWords)) return false
  // A line ending in "?" or "!" is a headline, not a sentence, when it is in Title Case,
  // or short with no other sentence in it.
  if (!/[!?！？]["”’'」』)）]?$/u.test(text)) return true
  if (isTitleCase(text, thresholds)) return false
  return hasWords(text, thresholds.headlineEndWords + 1) || innerStop.test(text.slice(0, -2))
}

// The letter before the mark is looked behind for from the mark, so that only the marks
// are searched for: a pattern that opens with the look behind tries it at every character.
const innerStop = /[.!?](?<=\p{L}[.!?])["”’')\]]?\s/u

const innerStopZh = /[。！？；]/u

/**
 * Whether a tidied text (single spaces) has at least `least` words, counted without
 * splitting it: `text.split(' ').length >= least`, without making the list.
 *
 * @param text - a tidied line.
 * @param least - the fewest words.
 * @returns `true` when it has that many.
 * @example
 *   hasWords('Chamber Opens New Office', 4) //=> true
 */
export function hasWords(text: string, least: number): boolean {
  let words = 1
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) {
    if (++words >= least) return true
  }
  return words >= least
}

/**
 * Whether a line could be a headline: not prose, not wrapped in brackets, not a label,
 * of a headline's length, and in English starting with a capital, a digit or a quote and
 * not shouting in capitals.
 *
 * @param text - a tidied line.
 * @param language - the page's language.
 * @param thresholds - the length thresholds (default: `thresholds`).
 * @returns `true` for a possible headline.
 */
export function isTitleLike(
  text: string,
  language: PageLanguage,
  thresholds: Thresholds = defaultThresholds,
): boolean {
  return !isProse(text, language, thresholds) && isTitleShaped(text, language, thresholds)
}

/**
 * {@link isTitleLike} for a line already known not to be prose (see {@link isProse}):
 * a caller that has asked whether a line is prose need not read it for that twice.
 *
 * @param text - a tidied line that is not prose.
 * @param language - the page's language.
 * @param thresholds - the length thresholds (default: `thresholds`).
 * @returns `true` for a possible headline.
 */
export function isTitleShaped(
  text: string,
  language: PageLanguage,
  thresholds: Thresholds = defaultThresholds,
): boolean {
  if (/^[(（【[].*[)）】\]]$/u.test(text) || /[:：]$/.test(text)) return false
  const length = text.length
  if (language === 'zh') {
    const han = countHan(text, thresholds.headlineHanCharacters)
    return (
      han >= thresholds.headlineHanCharacters &&
      length <= thresholds.headlineLengthZh &&
      !/。$/.test(text)
    )
  }
  const words = text.split(/\s+/)
  if (length < thresholds.headlineMinLength || length > thresholds.headlineMaxLength) return false
  if (words.length < thresholds.headlineMinWords || words.length > thresholds.headlineMaxWords) {
    return false
  }
  // A headline does not end like a sentence, a salutation or a photo credit.
  if (/(?<!\b(?:Co|Ltd|Inc|Corp|Bros|St|Jr|Sr|[A-Z]))\.$|[,;]$/.test(text)) return false
  if (isCaption(text, thresholds)) return false
  if (!/^["“‘'([【]?[\p{Lu}\p{N}\p{Script=Han}]/u.test(text)) return false
  // Shouting: three words or more, and no small letter at all.
  const shouting =
    words.length >= thresholds.shoutingWords && !/\p{Ll}/u.test(text) && /\p{Lu}/u.test(text)
  return !shouting
}

/**
 * Whether a line is a photo caption: it ends with a credit in brackets
 * (`[Photo/IC]`, `[China.org.cn]`, `(Xinhua/Tang Yi)`) or says what a photo shows.
 *
 * @param text - a tidied line.
 * @param thresholds - the length thresholds (default: `thresholds`).
 * @returns `true` for a caption.
 */
export function isCaption(text: string, thresholds: Thresholds = defaultThresholds): boolean {
  // Credits stand at the end: only the end of a long paragraph is searched.
  const most = thresholds.captionTail
  const tail = text.length > most ? text.slice(-most) : text
  if (/^(?:this |the )?(?:aerial )?photo(?:s)? (?:taken|shows)/i.test(text)) return true
  // Every other form ends in a closing bracket or in 摄 (影): most lines are passed over
  // without searching them.
  if (!creditEnd.test(tail.trimEnd().slice(-1))) return false
  return (
    /[[【(（]\s*(?:photo|photos|图|圖|摄|攝|[\w.]+\.(?:com|cn|org|net))[^\]】)）]*[\]】)）]\s*$/iu.test(
      tail,
    ) ||
    (/[(（][^()（）/]*\/[^()（）]*[)）]\s*$/u.test(tail) && /photo|摄|攝/iu.test(tail)) ||
    // An agency and photographer credit: "(Xinhua/Tang Yi)".
    /[(（]\s*\p{Lu}[\p{L} .]{1,30}\/\s*\p{Lu}[\p{L} .]{1,30}[)）]\s*$/u.test(tail) ||
    /(?:摄|攝)(?:影)?\s*$/u.test(tail)
  )
}

// The last character of a caption's credit: a closing bracket, or 摄 (影) for "张三摄".
const creditEnd = /^[\])】）摄攝影]$/u

const minorWords = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'nor',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'from',
  'as',
  'into',
  'over',
  'via',
  'vs',
  'per',
  'is',
  'are',
  'be',
])

/**
 * Whether a line is in Title Case: three in four of its words other than minor ones
 * (articles, short prepositions) start with a capital.
 *
 * @param text - a tidied line.
 * @param thresholds - the length thresholds (default: `thresholds`).
 * @returns `true` for Title Case.
 */
export function isTitleCase(text: string, thresholds: Thresholds = defaultThresholds): boolean {
  let words = 0
  let capitalised = 0
  for (const word of text.split(/\s+/)) {
    // An ASCII letter is told by its code, other characters by the patterns.
    const first = word.charCodeAt(0)
    const ascii = first < 0x80
    if (ascii ? !isAsciiLetter(first) : !startsWithLetter.test(word)) continue
    if (word.length <= longestMinorWord && minorWords.has(word.toLowerCase())) continue
    words++
    if (ascii ? first <= 0x5a : startsWithCapital.test(word)) capitalised++
  }
  return words >= thresholds.titleCaseWords && capitalised / words >= thresholds.titleCaseShare
}

const longestMinorWord = Math.max(...Array.from(minorWords, (word) => word.length))

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

const startsWithLetter = /^\p{L}/u
const startsWithCapital = /^\p{Lu}/u
