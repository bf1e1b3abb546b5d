import { escapePattern, wordAlternation } from '../_lib/word-pattern.js'
import { languageSwitchVocabulary } from '../vocabulary/language-switches.js'
import { thresholds } from '../vocabulary/thresholds.js'

const { words: switchWords, labels: switchLabels } = languageSwitchVocabulary
// Every switch word holds one of these: most lines are passed over without splitting them.
const mayHoldSwitch = new RegExp(
  switchWords
    .map(({ word }) => escapePattern(word))
    .map((word) => (/^[a-z ]+$/i.test(word) ? `(?<![a-z])${word}(?![a-z])` : word))
    .join('|'),
  'i',
)
const switchLabel = new RegExp(`^(?:${wordAlternation(switchLabels)})\\s*[:：]\\s*`, 'i')
const switchWordsByKey = new Map(
  switchWords.map((entry) => [entry.word.toLowerCase(), entry] as const),
)

/** A link to another language version, as read from a page's switch. */
export interface LanguageSwitch {
  language: string
  label: string
}

/**
 * Read the language links printed in a page's header: `Welcome to CNUS CCCME| 中文版`,
 * `Language: English | Chinese`, `EN /`. Only lines made of switch words, separators and
 * at most a short site name count.
 *
 * @param text - a tidied line from the header.
 * @param pageLanguage - the page's own language; a switch to it is not a translation.
 * @returns the links to other languages, the words for the page's own language, and
 *   the rest of the line.
 * @example
 *   readLanguageSwitch('Welcome to CNUS CCCME| 中文版', 'en')
 *   //=> { links: [{ language: 'zh', label: '中文版' }], own: [], other: 'Welcome to CNUS CCCME' }
 */
export function readLanguageSwitch(
  text: string,
  pageLanguage: string,
): { links: LanguageSwitch[]; own: string[]; other: string } | undefined {
  if (text.length > thresholds.languageSwitchLength || !mayHoldSwitch.test(text)) return undefined
  const body = text.replace(switchLabel, '')
  const parts = body
    .split(/[|｜/]/)
    .map((s) => s.trim())
    .filter((part) => part !== '')
  const links: LanguageSwitch[] = []
  const own: string[] = []
  const other: string[] = []
  let switches = 0
  for (const part of parts) {
    const found = switchWordsByKey.get(part.toLowerCase())
    if (found) {
      switches++
      if (found.language.split('-')[0] !== pageLanguage) {
        links.push({ language: found.language, label: part })
      } else own.push(part)
    } else other.push(part)
  }
  const longest = thresholds.languageSwitchOtherLength
  if (switches === 0 || other.length > 1 || other.some((part) => part.length > longest)) {
    return undefined
  }
  return { links, own, other: other.join(' ') }
}
