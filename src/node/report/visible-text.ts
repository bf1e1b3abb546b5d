// Characters a page cannot show as they are: C0 controls but the tab (shown as the
// Control Pictures block shows them, ␀ for NUL), DEL, the C1 controls, the
// bidirectional controls that reorder what a reader sees around them, noncharacters,
// and halves of surrogate pairs.
const hidden =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it shows
  /[\0-\x08\n-\x1F\x7F-\x9F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Make text from an input safe to show and honest to read: control characters are
 * drawn as their pictures (`␀`, `␛`), bidirectional controls and noncharacters as their
 * code points (`[U+202E]`), so a file name or a source line cannot hide or reorder what
 * is around it. Halves of surrogate pairs become U+FFFD. Escaping for HTML is left to the
 * serializer.
 *
 * @param value - a file name, a message or a source line.
 * @returns the text to show.
 * @example
 *   visibleText('a\u202Etxt.exe') //=> 'a[U+202E]txt.exe'
 *   visibleText('bell\x07') //=> 'bell␇'
 */
export function visibleText(value: string): string {
  return value.replace(hidden, show)
}

function show(character: string): string {
  const code = character.charCodeAt(0)
  if (code < 0x20) return String.fromCharCode(0x2400 + code)
  if (code === 0x7f) return '\u2421'
  if (code >= 0xd800 && code <= 0xdfff) return '\uFFFD'
  return `[U+${code.toString(16).toUpperCase().padStart(4, '0')}]`
}
