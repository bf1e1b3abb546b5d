/**
 * The characters of bytes 0x80-0x9F in windows-1252, as the Encoding Standard gives them
 * (the bytes it leaves undefined, 0x81, 0x8D, 0x8F, 0x90 and 0x9D, stay C1 controls).
 * Node's `TextDecoder` reads these bytes as C1 controls, as ISO-8859-1 does; browsers
 * read them as here.
 */
export const windows1252High: Readonly<Record<number, string>> = {
  128: '€',
  130: '‚',
  131: 'ƒ',
  132: '„',
  133: '…',
  134: '†',
  135: '‡',
  136: 'ˆ',
  137: '‰',
  138: 'Š',
  139: '‹',
  140: 'Œ',
  142: 'Ž',
  145: '‘',
  146: '’',
  147: '“',
  148: '”',
  149: '•',
  150: '–',
  151: '—',
  152: '˜',
  153: '™',
  154: 'š',
  155: '›',
  156: 'œ',
  158: 'ž',
  159: 'Ÿ',
}

// The C1 controls a windows-1252 decoding may hold for the bytes above.
const c1 = /[\x80-\x9F]/g

/**
 * Decode bytes in an encoding as the Encoding Standard says, which `TextDecoder` does,
 * but for windows-1252 in Node (see `windows1252High`).
 *
 * @param bytes - the bytes.
 * @param encoding - a WHATWG encoding name.
 * @param options - `stream: true` to leave an incomplete sequence at the end undecoded.
 * @returns the text, without a byte order mark.
 * @example
 *   decodeBytes(Uint8Array.of(0x93, 0x48, 0x69, 0x94), 'windows-1252') //=> '“Hi”'
 */
export function decodeBytes(
  bytes: Uint8Array,
  encoding: string,
  options?: { stream?: boolean },
): string {
  const text = new TextDecoder(encoding).decode(bytes, options)
  if (encoding !== 'windows-1252') return text
  return text.replace(c1, (char) => windows1252High[char.charCodeAt(0)] ?? char)
}
