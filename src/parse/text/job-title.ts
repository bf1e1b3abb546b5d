import { compiledOnce } from '../_lib/compiled-once.js'
import { wordAlternation } from '../_lib/word-pattern.js'
import { defaultVocabulary, type Vocabulary } from '../vocabulary/vocabulary.js'

// A title ends with a word for a job; words before it say which ("Communications
// Officer", "CNN Senior Supreme Court Analyst").
const titleOf = compiledOnce(({ roles }: Vocabulary) => {
  const jobs = wordAlternation([...roles.newsroomJobs, ...roles.jobs])
  return {
    title: new RegExp(`^(?:[\\p{L}&.'’-]+\\s+){0,4}(?:${jobs})s?\\.?$`, 'iu'),
    // The job word that ends a title, looked for at the end only (sticky, from there):
    // most texts have none, and are not read word by word.
    end: new RegExp(`(?<=(?:${jobs})s?\\.?)$`, 'iuy'),
  }
})
titleOf(defaultVocabulary)

/**
 * Whether a text is an English job title: up to four words, then a word for a job
 * (`Staff Writer`, `Senior Trade Analyst`).
 *
 * @param text - a tidied part of a byline.
 * @param vocabulary - the job words (default: `defaultVocabulary`).
 * @returns `true` for a job title.
 * @example
 *   isJobTitle('Staff Writer') //=> true
 *   isJobTitle('The Example Times') //=> false
 */
export function isJobTitle(text: string, vocabulary: Vocabulary = defaultVocabulary): boolean {
  const { title, end } = titleOf(vocabulary)
  end.lastIndex = text.length
  return end.test(text) && title.test(text)
}
