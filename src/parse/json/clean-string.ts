import { codePoint, isControlCharacter } from '../_lib/clean-text.js'

/** A character {@link cleanJsonString} took out of a string, with its place in the JSON text. */
export interface StringRepair {
  /** `control-character` when removed, `lone-surrogate` when replaced by U+FFFD. */
  ruleId: 'control-character' | 'lone-surrogate'
  /** The character, as `U+001B`. */
  character: string
  /** Offset in the JSON text where the character, or the escape that wrote it, starts. */
  start: number
  /** Offset where it ends. */
  end: number
}

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff

/**
 * Clean one string of a JSON text: remove control characters (see
 * {@link isControlCharacter}) and replace each half of a surrogate pair that stands alone
 * with U+FFFD, whether the text holds the character itself or an escape such as
 * `\u001b` or `\ud800`. Each repair is reported with the place of its character or
 * escape in the text. Linear in the string's length; a string with nothing to clean is
 * returned as it is.
 *
 * @param value - the string, escapes decoded (as the JSON scanner gives it).
 * @param text - the whole JSON text, well-formed from `offset` to the string's end.
 * @param offset - where the string's opening double quote stands in `text`.
 * @param onRepair - called with each repair, in order.
 * @returns the cleaned string.
 * @example
 *   cleanJsonString('a\u0000b', '"a\\u0000b"', 0, console.log) //=> 'ab'
 *   // logs { ruleId: 'control-character', character: 'U+0000', start: 2, end: 8 }
 */
export function cleanJsonString(
  value: string,
  text: string,
  offset: number,
  onRepair: (repair: StringRepair) => void,
): string {
  if (!needsCleaning(value)) return value
  const parts: string[] = []
  let kept = 0
  // `source` walks the text in step with `index` in the value: an escape such as \u001b
  // is six characters of text for one of value, \n two, anything else one.
  let source = offset + 1
  const step = () => {
    const start = source
    if (text.charCodeAt(source) !== 0x5c) source += 1
    else source += text.charCodeAt(source + 1) === 0x75 ? 6 : 2
    return start
  }
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    const start = step()
    if (isHigh(code) && isLow(value.charCodeAt(index + 1))) {
      index++
      step()
      continue
    }
    const control = isControlCharacter(code)
    if (!control && !isSurrogate(code)) continue
    parts.push(value.slice(kept, index))
    if (!control) parts.push('\uFFFD')
    kept = index + 1
    onRepair({
      ruleId: control ? 'control-character' : 'lone-surrogate',
      character: codePoint(code),
      start,
      end: source,
    })
  }
  parts.push(value.slice(kept))
  return parts.join('')
}

function needsCleaning(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (isControlCharacter(code) || isSurrogate(code)) return true
  }
  return false
}
