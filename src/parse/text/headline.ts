import type { Entry } from './classify.js'
import type { PageLanguage } from './language.js'

type TextEntry = Extract<Entry, { kind: 'text' }>

/** Where the headline stands among a page's entries, and a subtitle under it. */
export interface HeadlineChoice {
  /** Index of the headline's entry. */
  index: number
  /** Index of a subtitle (deck) entry under it, if any. */
  subtitle?: number
}

const sentenceEnd = /[.。!！?？]["”’'」』)）]?$/u
const sentenceEndZh = /[。！？!?]["”’'」』)）]?$/u

/**
 * Whether a line reads as a paragraph of running text rather than a title.
 *
 * @param text - a tidied line.
 * @param language - the page's language.
 * @returns `true` for prose.
 */
export function isProse(text: string, language: PageLanguage): boolean {
  const length = [...text].length
  if (language === 'zh') {
    const han = text.match(/\p{Script=Han}/gu)?.length ?? 0
    return han >= 40 || (length >= 20 && sentenceEndZh.test(text) && han >= 12)
  }
  const words = text.split(/\s+/).length
  return length >= 160 || (words >= 10 && sentenceEnd.test(text))
}

/**
 * Whether a line could be a headline: not prose, not wrapped in brackets, not a label,
 * of a headline's length, and in English starting with a capital, a digit or a quote and
 * not shouting in capitals.
 *
 * @param text - a tidied line.
 * @param language - the page's language.
 * @returns `true` for a possible headline.
 */
export function isTitleLike(text: string, language: PageLanguage): boolean {
  if (isProse(text, language)) return false
  if (/^[(（【[].*[)）】\]]$/u.test(text) || /[:：]$/.test(text)) return false
  const length = [...text].length
  if (language === 'zh') {
    const han = text.match(/\p{Script=Han}/gu)?.length ?? 0
    return han >= 4 && length <= 90 && !/。$/.test(text)
  }
  const words = text.split(/\s+/)
  if (length < 6 || length > 220 || words.length < 2 || words.length > 30) return false
  // A headline does not end like a sentence, a salutation or a photo credit.
  if (/(?<!\b(?:Co|Ltd|Inc|Corp|Bros|St|Jr|Sr|[A-Z]))\.$|[,;]$/.test(text)) return false
  if (isCaption(text)) return false
  if (!/^["“‘'([【]?[\p{Lu}\p{N}\p{Script=Han}]/u.test(text)) return false
  const letters = text.replace(/[^\p{L}]/gu, '')
  const shouting = words.length >= 3 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters)
  return !shouting
}

/**
 * Whether a line is a photo caption: it ends with a credit in brackets
 * (`[Photo/IC]`, `[China.org.cn]`, `(Xinhua/Tang Yi)`) or says what a photo shows.
 *
 * @param text - a tidied line.
 * @returns `true` for a caption.
 */
export function isCaption(text: string): boolean {
  return (
    /[[【(（]\s*(?:photo|photos|图|圖|摄|攝|[\w.]+\.(?:com|cn|org|net))[^\]】)）]*[\]】)）]\s*$/iu.test(
      text,
    ) ||
    (/[(（][^()（）]*\/[^()（）]*[)）]\s*$/u.test(text) && /photo|摄|攝/iu.test(text)) ||
    /^(?:this |the )?(?:aerial )?photo(?:s)? (?:taken|shows)/i.test(text) ||
    // An agency and photographer credit: "(Xinhua/Tang Yi)".
    /[(（]\s*\p{Lu}[\p{L} .]{1,30}\/\s*\p{Lu}[\p{L} .]{1,30}[)）]\s*$/u.test(text) ||
    /(?:摄|攝)(?:影)?\s*$/u.test(text)
  )
}

/**
 * Find the headline among a page's entries: the title-like line nearest above the
 * first paragraph of running text (skipping meta lines, furniture and lines that
 * cannot be titles), or, when a line is printed twice just above the body (a page title
 * and a headline), that line. A sentence-case line under a Title Case line is taken as
 * its subtitle.
 *
 * @param entries - the page's entries, in order.
 * @param language - the page's language.
 * @returns the choice, or `undefined` when no line can be the headline.
 */
export function findHeadline(
  entries: ReadonlyArray<Entry>,
  language: PageLanguage,
): HeadlineChoice | undefined {
  const texts = entries.flatMap((entry, index) => (entry.kind === 'text' ? [{ entry, index }] : []))
  const prose = texts.filter(({ entry }) => isProse(entry.text, language)).map(({ index }) => index)
  let from = 0
  for (const end of prose) {
    const choice = nearestTitle(entries, from, end, language)
    if (choice) return choice
    from = end + 1
  }
  // No running text below (or none at all, as in a hard-wrapped release): the first
  // title-like line, else the first short line.
  const title = texts.find(({ entry, index }) => index >= from && isTitleLike(entry.text, language))
  if (title) return { index: title.index }
  const first = texts.find(({ entry }) => [...entry.text].length <= 300)
  return first ? { index: first.index } : undefined
}

function nearestTitle(
  entries: ReadonlyArray<Entry>,
  from: number,
  end: number,
  language: PageLanguage,
): HeadlineChoice | undefined {
  for (let index = end - 1; index >= from; index--) {
    const entry = entries[index]
    if (!entry || entry.kind !== 'text') continue
    if (!isTitleLike(entry.text, language)) continue
    const above = previousTitle(entries, index, from, language)
    if (above !== undefined && isDeck(entries[above] as TextEntry, entry, language)) {
      return { index: above, subtitle: index }
    }
    return { index }
  }
  return undefined
}

// The nearest title-like text entry above `index` with nothing but blank, meta or
// furniture lines between.
function previousTitle(
  entries: ReadonlyArray<Entry>,
  index: number,
  from: number,
  language: PageLanguage,
): number | undefined {
  for (let above = index - 1; above >= from; above--) {
    const entry = entries[above]
    if (!entry) continue
    if (entry.kind === 'text') return isTitleLike(entry.text, language) ? above : undefined
    if (entry.kind === 'breadcrumb' || entry.kind === 'switch') return undefined
  }
  return undefined
}

// A deck: a sentence-case line (most words lower case) under a Title Case headline.
function isDeck(headline: TextEntry, deck: TextEntry, language: PageLanguage): boolean {
  if (language === 'zh') return /^[—–-]{1,2}/.test(deck.text)
  const headlineWords = headline.text.split(/\s+/).length
  const deckWords = deck.text.split(/\s+/).length
  return (
    isTitleCase(headline.text) &&
    !isTitleCase(deck.text) &&
    headlineWords >= 5 &&
    deckWords > headlineWords
  )
}

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

function isTitleCase(text: string): boolean {
  const words = text
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word) && !minorWords.has(word.toLowerCase()))
  if (words.length < 3) return false
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length
  return capitalised / words.length >= 0.75
}
