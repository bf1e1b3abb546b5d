// One Han character, a code point (a surrogate pair) at a time, tried where a line has one.
const hanAt = /\p{Script=Han}/uy
// Where a Han character may stand: from the CJK radicals to the full-width forms, or a
// surrogate pair.
const mayHoldHan = /[\u2e80-\ufeff\ud800-\udbff]/

/**
 * Count the Han characters (`\p{Script=Han}`) of a text, as
 * `text.match(/\p{Script=Han}/gu)?.length ?? 0` does, up to `most`.
 *
 * A Unicode property pattern tests each character against a large table: on a long
 * paragraph it costs some 3 ns a character, and building the list of matches more. Here
 * the code units are read one by one: nothing below the CJK radicals (U+2E80) is Han,
 * every character of the CJK Unified Ideographs block (U+4E00 to U+9FFF) is, and so is
 * none of the half- and full-width forms (U+FF00 up); only the characters in between
 * (CJK punctuation, extension blocks, surrogate pairs) ask the pattern.
 *
 * @param text - any text.
 * @param most - stop counting there (default: every character is counted).
 * @returns the number of Han characters, at most `most`.
 * @example
 *   countHan('商会 Annual meeting，2021') //=> 2
 *   countHan('示例商会组织企业', 3) //=> 3
 */
export function countHan(text: string, most = Number.POSITIVE_INFINITY): number {
  // A text without a character from the radicals up is passed over by one scan: reading
  // a line's characters one by one is slower (a line is a slice of the page).
  if (!mayHoldHan.test(text)) return 0
  let count = 0
  for (let index = 0; index < text.length && count < most; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x2e80 || code >= 0xff00) continue
    if (code >= 0x4e00 && code <= 0x9fff) {
      count++
      continue
    }
    hanAt.lastIndex = index
    if (hanAt.test(text)) {
      count++
      // A character beyond the Basic Multilingual Plane takes two code units.
      index = hanAt.lastIndex - 1
    }
  }
  return count
}

/**
 * Whether a text holds a Han character (`\p{Script=Han}`), read as {@link countHan} reads.
 *
 * @param text - any text.
 * @returns `true` when it holds one.
 * @example
 *   hasHan('Welcome to CNUS CCCME| 中文版') //=> true
 */
export function hasHan(text: string): boolean {
  return countHan(text, 1) > 0
}
