// The sentences of generated bodies: those of the fixtures' paragraphs and the
// generator's own, with names, places, sectors and numbers swapped at random.
import { holdsDate } from './date-forms.js'
import type { Random } from './random.js'
import type { PageTemplate } from './templates.js'
import { extraSentences, type PageLanguage, wordKinds } from './vocabulary.js'

/** The sentences a language's pages draw from, and how to vary them. */
export interface SentencePool {
  language: PageLanguage
  sentences: ReadonlyArray<string>
}

/**
 * Gather the sentences of a language: the fixtures' paragraphs cut into sentences (but
 * those holding a date, which would give the page a second date) and
 * {@link extraSentences}.
 *
 * @param templates - the templates read from the fixtures.
 * @param language - the pages' language.
 * @returns the pool.
 */
export function sentencePool(
  templates: ReadonlyArray<PageTemplate>,
  language: PageLanguage,
): SentencePool {
  const latin = language === 'en'
  const split = latin ? /(?<=[a-z0-9][.!?]["”]?)\s+(?=["“A-Z])/ : /(?<=[。！？])/
  // A sentence ends as one: a trailer such as `(編輯:陳怡)1100305` is not a sentence.
  const ending = latin ? /[.!?]["”]?$/ : /[。！？]$/
  const fromFixtures = templates
    .filter((template) => template.language === language)
    .flatMap((template) => template.paragraphs)
    .flatMap((paragraph) => paragraph.split(split))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 8 && ending.test(sentence) && !holdsDate(sentence))
  return { language, sentences: [...fromFixtures, ...extraSentences[language]] }
}

const escapeWord = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const kindPatterns = Object.fromEntries(
  Object.entries(wordKinds).map(([language, kinds]) => [
    language,
    Object.values(kinds).map((kind) => {
      const words = [...kind.words].sort((a, b) => b.length - a.length).map(escapeWord)
      const source = kind.wholeWords
        ? `(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`
        : words.join('|')
      return { pattern: new RegExp(source, 'gu'), words: kind.words }
    }),
  ]),
) as Record<PageLanguage, Array<{ pattern: RegExp; words: ReadonlyArray<string> }>>

/**
 * Swap every name, place, sector and number of a sentence for one picked at random.
 *
 * @param sentence - a sentence of the pool.
 * @param language - its language.
 * @param random - the page's generator.
 * @returns the varied sentence.
 */
export function varySentence(sentence: string, language: PageLanguage, random: Random): string {
  let varied = sentence
  for (const { pattern, words } of kindPatterns[language]) {
    varied = varied.replace(pattern, () => random.pick(words))
  }
  return varied
}

/**
 * A paragraph of two to five varied sentences.
 *
 * @param pool - the language's sentences.
 * @param random - the page's generator.
 * @returns the paragraph, on one line.
 */
export function makeParagraph(pool: SentencePool, random: Random): string {
  const count = 2 + random.below(4)
  const sentences = Array.from({ length: count }, () =>
    varySentence(random.pick(pool.sentences), pool.language, random),
  )
  return sentences.join(pool.language === 'en' ? ' ' : '')
}

/**
 * A headline from {@link headlinePatterns}, its words picked at random.
 *
 * @param patterns - the language's patterns.
 * @param language - the language.
 * @param random - the page's generator.
 * @returns the headline.
 */
export function makeHeadline(
  patterns: ReadonlyArray<string>,
  language: PageLanguage,
  random: Random,
): string {
  const kinds = wordKinds[language]
  return random.pick(patterns).replace(/\{(\w+)\}/g, (_, kind: string) => {
    const word = random.pick(kinds[kind]?.words ?? [kind])
    return language === 'en' ? word.charAt(0).toUpperCase() + word.slice(1) : word
  })
}
