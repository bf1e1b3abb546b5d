import { encodingName } from './encoding-name.js'

/** How many bytes at the start of a text are searched for a declared charset. */
export const charsetDeclarationBytes = 1024

// `<?xml version="1.0" encoding="big5"?>`; then `charset=` anywhere in the first
// kilobyte: `<meta charset=gbk>`, `content="text/html; charset=gb2312"`, a saved header.
const xmlDeclaration = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']?([\w.:-]+)/i
const charsetParameter = /\bcharset\s*=\s*["']?([\w.:-]+)/i
const equalsSign = 0x3d

/**
 * Find the charset a page declares near its start: an XML declaration's `encoding`, an
 * HTML `<meta charset>`, or a `charset=` parameter as in
 * `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`. The bytes are
 * read as Latin-1 to look, as the HTML standard's prescan does, so the declaration is
 * found whatever the encoding of the rest.
 *
 * A declared UTF-16 is not followed: a declaration readable as Latin-1 is in an
 * ASCII-compatible encoding, whatever it says.
 *
 * @param bytes - the start of the file.
 * @returns the WHATWG name of the declared encoding, or `undefined` when none is
 *   declared or the label is unknown.
 * @example
 *   declaredCharset(new TextEncoder().encode('<meta charset="GBK">')) //=> 'gb18030'
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const start = bytes.subarray(0, charsetDeclarationBytes)
  // Both forms have an `=`: most pages have none near their start, and are not read.
  if (!start.includes(equalsSign)) return undefined
  const head = new TextDecoder('latin1').decode(start)
  const label = xmlDeclaration.exec(head)?.[1] ?? charsetParameter.exec(head)?.[1]
  const name = label === undefined ? undefined : encodingName(label)
  return name === 'utf-16le' || name === 'utf-16be' ? undefined : name
}
