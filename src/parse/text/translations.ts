import { compiledOnce } from '../_lib/compiled-once.js'
import { escapePattern, wordAlternation } from '../_lib/word-pattern.js'
import { defaultVocabulary, type Vocabulary } from '../vocabulary/vocabulary.js'

const patternsOf = compiledOnce((vocabulary: Vocabulary) => {
  const { words, labels } = vocabulary.languageSwitches
  return {
    // Every switch word holds one of these: most lines are passed over without splitting them.
    mayHoldSwitch: new RegExp(
      words
        .map(({ word }) => escapePattern(word))
        .map((word) => (/^[a-z ]+$/i.test(word) ? `(?<![a-z])${word}(?![a-z])` : word))
        .join('|'),
      'i',
    ),
    label: new RegExp(`^(?:${wordAlternation(labels)})\\s*[:：]\\s*`, 'i'),
    byKey: new Map(words.map((entry) => [entry.word.toLowerCase(), entry] as const)),
  }
})
patternsOf(defaultVocabulary)

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
 * @param vocabulary - the switch words and thresholds (default: `defaultVocabulary`).
 * @returns the links to other languages, the words for the page's own language, and
 *   the rest of the line.
 * @example
 *   readLanguageSwitch('Welcome to CNUS CCCME| 中文版', 'en')
 *   //=> { links: [{ language: 'zh', label: '中文版' }], own: [], other: 'Welcome to CNUS CCCME' }
 */
export function readLanguageSwitch(
  text: string,
  pageLanguage: string,
  vocabulary: Vocabulary = defaultVocabulary,
): { links: LanguageSwitch[]; own: string[]; other: string } | undefined {
  const { thresholds } = vocabulary
  const patterns = patternsOf(vocabulary)
  if (text.length > thresholds.languageSwitchLength || !patterns.mayHoldSwitch.test(text)) {
    return undefined
  }
  const body = text.replace(patterns.label, '')
  const parts = body
    .split(/[|｜/]/)
    .map((s) => s.trim())
    .filter((part) => part !== '')
  const links: LanguageSwitch[] = []
  const own: string[] = []
  const other: string[] = []
  let switches = 0
  for (const part of parts) {
    const found = patterns.byKey.get(part.toLowerCase())
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
