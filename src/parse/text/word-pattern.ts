/**
 * A word list as a pattern source: each word's special characters escaped, a space
 * matching any run of white space, the longest word first so that `share this article`
 * wins over `share`.
 *
 * @param words - the words, as printed.
 * @returns a source for `new RegExp`, without a group around it.
 * @example
 *   wordPattern(['Photos by', 'Photo by']) //=> 'Photos\\s+by|Photo\\s+by'
 */
export function wordPattern(words: ReadonlyArray<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => escapePattern(word).replace(/ /g, '\\s+'))
    .join('|')
}

/**
 * Escape a word's regular-expression characters (those valid to escape with the `u` flag).
 *
 * @param word - a word.
 * @returns the word, matched as printed.
 * @example
 *   escapePattern('Ph.D.') //=> 'Ph\\.D\\.'
 */
export function escapePattern(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
