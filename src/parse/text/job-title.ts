import { wordAlternation } from '../_lib/word-pattern.js'
import { roleVocabulary } from '../vocabulary/roles.js'

// A title ends with a word for a job; words before it say which ("Communications
// Officer", "CNN Senior Supreme Court Analyst").
const title = new RegExp(
  `^(?:[\\p{L}&.'’-]+\\s+){0,4}(?:${wordAlternation([...roleVocabulary.newsroomJobs, ...roleVocabulary.jobs])})s?\\.?$`,
  'iu',
)

/**
 * Whether a text is an English job title: up to four words, then a word for a job
 * (`Staff Writer`, `Senior Trade Analyst`).
 *
 * @param text - a tidied part of a byline.
 * @returns `true` for a job title.
 * @example
 *   isJobTitle('Staff Writer') //=> true
 *   isJobTitle('The Example Times') //=> false
 */
export function isJobTitle(text: string): boolean {
  return title.test(text)
}
