import type { Author } from '../../schema/author.js'
import { type BylineVocabulary, bylineVocabulary } from '../vocabulary/bylines.js'
import { compiledOnce } from './compiled-once.js'
import { wordAlternation } from './word-pattern.js'

const patternOf = compiledOnce(
  (words: BylineVocabulary) =>
    new RegExp(
      `\\b(?:${wordAlternation(words.organizationWords)})\\b|(?:${wordAlternation(words.organizationEndings)})$`,
      'iu',
    ),
)
patternOf(bylineVocabulary)

/**
 * The pattern of a body's name, from a byline vocabulary: it holds organization words
 * (the seed page's author is "The China Provinces and US States Cooperation", a working
 * group) or, in Chinese, ends with one (`新华社`, `示例商会`). Built once per vocabulary.
 *
 * @param vocabulary - the byline words (default: the default byline vocabulary).
 * @returns the pattern; `test` tells a body's name.
 * @example
 *   organizationPattern().test('Example Daily') //=> true
 */
export function organizationPattern(vocabulary: BylineVocabulary = bylineVocabulary): RegExp {
  return patternOf(vocabulary)
}

/**
 * Make one author from a name: a Person, or an Organization when organization words say so.
 *
 * @param name - a single name.
 * @param role - a job title printed with it.
 * @param vocabulary - the byline words that name bodies (default: the default byline vocabulary).
 * @returns the author.
 * @example
 *   toAuthor('Example Daily') //=> { type: 'Organization', name: 'Example Daily' }
 */
export function toAuthor(
  name: string,
  role?: string,
  vocabulary: BylineVocabulary = bylineVocabulary,
): Author {
  if (organizationPattern(vocabulary).test(name) && !role) return { type: 'Organization', name }
  return role ? { type: 'Person', name, jobTitle: role } : { type: 'Person', name }
}
