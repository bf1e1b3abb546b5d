import type { Author } from '../../schema/author.js'
import { bylineVocabulary } from '../vocabulary/bylines.js'
import { wordAlternation } from './word-pattern.js'

/**
 * Whether a name is a body's rather than a person's: it holds organization words (the
 * seed page's author is "The China Provinces and US States Cooperation", a working
 * group) or, in Chinese, ends with one (`新华社`, `示例商会`).
 */
export const organizationWords = new RegExp(
  `\\b(?:${wordAlternation(bylineVocabulary.organizationWords)})\\b|(?:${wordAlternation(bylineVocabulary.organizationEndings)})$`,
  'iu',
)

/**
 * Make one author from a name: a Person, or an Organization when organization words say so.
 *
 * @param name - a single name.
 * @param role - a job title printed with it.
 * @returns the author.
 */
export function toAuthor(name: string, role?: string): Author {
  if (organizationWords.test(name) && !role) return { type: 'Organization', name }
  return role ? { type: 'Person', name, jobTitle: role } : { type: 'Person', name }
}
