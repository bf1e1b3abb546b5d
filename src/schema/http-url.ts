import * as z from 'zod'
import { expect } from './messages.js'

/**
 * The shape of an absolute http or https URL: the scheme in any case, `://`, a host (a
 * bracketed IPv6 address or a name without the WHATWG URL standard's forbidden host code
 * points, so no user info), an optional port, then a path, query or fragment without
 * white space or control characters. Written without flags so that JSON Schema validators apply the same rule;
 * the zod schema also parses the URL, which only rejects more in rare malformed hosts
 * such as `http://999.1.1.1`.
 */
export const httpUrlPattern =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: C0 controls are forbidden host code points
  /^[Hh][Tt][Tt][Pp][Ss]?:\/\/(?:\[[0-9A-Fa-f:.]+\]|[^\s/?#@:<>[\]\\^|%\x00-\x1F\x7F-\x9F]+)(?::\d{1,5})?(?:[/?#][^\s\x00-\x1F\x7F-\x9F]*)?$/

/**
 * An absolute http or https URL, trimmed. Other schemes (`javascript:`, `data:`,
 * `ftp:`) and relative references are rejected, so a URL from the model is safe to put
 * in an `href`.
 *
 * @example
 *   HttpUrl.parse(' https://www.example.org/news/1 ') //=> 'https://www.example.org/news/1'
 *   HttpUrl.safeParse('javascript:alert(1)').success //=> false
 */
export const HttpUrl = /*#__PURE__*/ z
  .string(expect('httpUrl'))
  .trim()
  .regex(httpUrlPattern, { ...expect('httpUrl'), abort: true })
  .refine(isParsableUrl, expect('httpUrl'))

/** An absolute http or https URL. */
export type HttpUrl = z.infer<typeof HttpUrl>

function isParsableUrl(value: string): boolean {
  try {
    new URL(value)
    return true
  } catch {
    return false
  }
}
