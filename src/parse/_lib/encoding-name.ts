/**
 * Encodings whose WHATWG name is replaced by a superset that decodes the same bytes and
 * more: `gbk` (what `gb2312` and `gbk` labels mean) by `gb18030`, whose decoder it is.
 */
export const encodingSupersets: Readonly<Record<string, string>> = {
  gbk: 'gb18030',
}

/**
 * The WHATWG name of an encoding label, as `TextDecoder` reads it (`'GBK'`, `'gb2312'`
 * -> `'gb18030'`, `'Big5'` -> `'big5'`, `'ISO-8859-1'` -> `'windows-1252'`,
 * `'UTF-16'` -> `'utf-16le'`).
 *
 * @param label - an encoding label, in any case, with or without white space around it.
 * @returns the encoding's name, or `undefined` when no decoder of this runtime reads
 *   text in it (an unknown label, or one the Encoding Standard maps to `replacement`).
 * @example
 *   encodingName('GB2312') //=> 'gb18030'
 *   encodingName('klingon') //=> undefined
 */
export function encodingName(label: string): string | undefined {
  let name: string
  try {
    name = new TextDecoder(label.trim()).encoding
  } catch {
    return undefined
  }
  if (name === 'replacement' || name === 'x-user-defined') return undefined
  return encodingSupersets[name] ?? name
}
