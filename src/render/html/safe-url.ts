import { invalidArgument } from '../../schema/_lib/options.js'

/** The URL schemes that may stand in an `href` or `src`. */
export const safeProtocols: ReadonlyArray<string> = ['http:', 'https:', 'mailto:']

// A base for reading relative references; never written out.
const placeholder = 'https://relative.invalid/'
const placeholderOrigin = new URL(placeholder).origin

/**
 * Make a URL safe for an attribute: absolute http, https and mailto URLs and relative
 * references are kept; every other scheme (`javascript:`, `data:`, `vbscript:`), however
 * it is disguised with case, white space or control characters, is refused. The URL is
 * read as browsers read it (the WHATWG URL standard), so what is checked is what a
 * browser would follow.
 *
 * @param url - the URL from the article.
 * @param baseUrl - a base to make relative references absolute (default: keep them relative).
 * @returns the URL to write, or `undefined` to write none.
 * @throws {TypeError | RangeError} when `url` is not a string or `baseUrl` not an absolute URL.
 * @example
 *   safeUrl(' JaVa\tScRiPt:alert(1)') //=> undefined
 *   safeUrl('/news/1', 'https://www.example.org/') //=> 'https://www.example.org/news/1'
 */
export function safeUrl(url: string, baseUrl?: string | null): string | undefined {
  if (typeof url !== 'string') throw invalidArgument('url', url, 'a string')
  if (baseUrl !== undefined && baseUrl !== null && !URL.canParse(baseUrl)) {
    throw invalidArgument(
      'baseUrl',
      baseUrl,
      'an absolute URL such as "https://www.example.org/"',
      typeof baseUrl === 'string' ? 'range' : 'type',
    )
  }
  return checkedSafeUrl(url, baseUrl ?? undefined)
}

/**
 * {@link safeUrl} of arguments already checked (a string, and an absolute `baseUrl` or
 * none), as the renderer has them: it runs for every URL of a body, so it does not check
 * them again.
 *
 * @param url - the URL from the article.
 * @param baseUrl - an absolute URL to resolve relative references against, or `undefined`.
 * @returns the URL to write, or `undefined` to write none.
 */
export function checkedSafeUrl(url: string, baseUrl: string | undefined): string | undefined {
  let resolved: URL
  try {
    resolved = new URL(url, baseUrl ?? placeholder)
  } catch {
    return undefined
  }
  if (!safeProtocols.includes(resolved.protocol)) return undefined
  if (baseUrl !== undefined || resolved.origin !== placeholderOrigin) return resolved.href
  // A relative reference is written as given: a browser reads it as the parser above did.
  return url.trim()
}
