/**
 * Escape the characters that have a meaning in a regular expression, so a word of the
 * vocabulary matches as printed.
 *
 * @param word - a word or phrase.
 * @returns the word, safe inside a pattern.
 * @example
 *   escapePattern('(完)') //=> '\\(完\\)'
 */
export function escapePattern(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/**
 * Make an alternation of a word list for a pattern: each word escaped, the spaces inside
 * a phrase matching `space`, and the longest words first, so `责任编辑` wins over `编辑`
 * wherever both could match.
 *
 * @param words - the words or phrases.
 * @param space - what a space inside a phrase matches (default: `'\\s+'`).
 * @returns the alternation, without a group around it.
 * @example
 *   wordAlternation(['By', 'Written by']) //=> 'Written\\s+by|By'
 */
export function wordAlternation(words: ReadonlyArray<string>, space = '\\s+'): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((word) => escapePattern(word).replace(/ +/g, space))
    .join('|')
}

/**
 * Make an alternation of a word list that matches each word in any case without the
 * `i` flag, so the rest of the pattern can tell capitals apart (`\p{Lu}` matches small
 * letters too under `iu`).
 *
 * @param words - the words or phrases.
 * @returns the alternation, without a group around it; spaces match `\s+`.
 * @example
 *   anyCaseAlternation(['By']) //=> '[Bb][Yy]'
 */
export function anyCaseAlternation(words: ReadonlyArray<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((word) =>
      word
        .split(/ +/)
        .map((part) => escapePattern(part).replace(/\p{L}/gu, anyCase))
        .join('\\s+'),
    )
    .join('|')
}

function anyCase(letter: string): string {
  const upper = letter.toUpperCase()
  const lower = letter.toLowerCase()
  return upper === lower ? letter : `[${upper}${lower}]`
}

/**
 * The key a label word is looked up by: lower case, without spaces, so `Add Time`,
 * `AddTime` and `add  time` are one label.
 *
 * @param word - a label as written or printed.
 * @returns its key.
 * @example
 *   wordKey('Add Time') //=> 'addtime'
 */
export function wordKey(word: string): string {
  return word.toLowerCase().replace(/\s+/g, '')
}
