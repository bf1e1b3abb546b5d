/** A text with its line ends made `\n`, and the way back to offsets in the original. */
export interface NormalizedText {
  /** The text, every `\r\n` and lone `\r` written as `\n`. */
  text: string
  /** The offset in the original text of an offset in {@link NormalizedText.text}. */
  toOriginal(offset: number): number
}

/**
 * Write the line ends of a text as `\n`: files saved on Windows end lines with `\r\n`,
 * old Mac files with a lone `\r`, and YAML reads a lone `\r` as no line end at all.
 * Lines and columns stay as they were; only offsets after a `\r\n` move, by one per
 * `\r\n`, which `toOriginal` undoes.
 *
 * @param text - any text.
 * @returns the text with `\n` line ends, and the offset map back.
 * @example
 *   normalizeLineEnds('a\r\nb').text //=> 'a\nb'
 *   normalizeLineEnds('a\r\nb').toOriginal(2) //=> 3
 */
export function normalizeLineEnds(text: string): NormalizedText {
  if (!text.includes('\r')) return { text, toOriginal: (offset) => offset }
  // Offsets in the new text at which one more character of the original was dropped.
  const drops: number[] = []
  const text2 = text.replace(/\r\n?/g, (match, offset: number) => {
    if (match.length === 2) drops.push(offset - drops.length + 1)
    return '\n'
  })
  return {
    text: text2,
    toOriginal(offset) {
      let low = 0
      let high = drops.length
      while (low < high) {
        const middle = (low + high) >> 1
        if ((drops[middle] ?? 0) <= offset) low = middle + 1
        else high = middle
      }
      return offset + low
    },
  }
}
