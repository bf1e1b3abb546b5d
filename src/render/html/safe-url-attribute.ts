import type { Properties } from 'hast'
import { find, html } from 'property-information'
import { checkedSafeUrl } from './safe-url.js'
import { type UrlAttributeKind, urlAttributes } from './url-attributes.js'

// The table by lower-case attribute name and by lower-case hast property name
// (`srcset` and `srcset`, `xlink:href` and `xlinkhref`), so a property is found however a
// tree spells it.
const kindByName: ReadonlyMap<string, UrlAttributeKind> = new Map(
  Object.entries(urlAttributes).flatMap(([attribute, kind]) => [
    [attribute, kind],
    [find(html, attribute).property.toLowerCase(), kind],
  ]),
)

/**
 * How a hast property holds URLs, when it is one of {@link urlAttributes}.
 *
 * @param property - a hast property name (`srcSet`, `formAction`) or an attribute name.
 * @returns its kind, or `undefined` for a property that holds no URL.
 * @example
 *   urlAttributeKind('srcSet') //=> 'srcset'
 */
export function urlAttributeKind(property: string): UrlAttributeKind | undefined {
  return kindByName.get(property.toLowerCase())
}

/**
 * Check the value of a URL-valued attribute: every URL in it must pass `safeUrl`, both
 * as written and as a browser may percent-decode it. A list with one unsafe URL is
 * refused whole.
 *
 * @param kind - how the attribute holds its URLs.
 * @param value - the hast property's value (a string, or a list for `ping`).
 * @param baseUrl - a base for relative references (default: keep them relative).
 * @returns the value to write, relative references resolved against `baseUrl`, or
 *   `undefined` to write no attribute.
 * @example
 *   safeUrlAttribute('srcset', 'a.png 1x, javascript:alert(1) 2x') //=> undefined
 *   safeUrlAttribute('urls', ['https://a.example/p', '/p']) //=> 'https://a.example/p /p'
 */
export function safeUrlAttribute(
  kind: UrlAttributeKind,
  value: Properties[string],
  baseUrl?: string,
): string | undefined {
  if (value === null || value === undefined || typeof value === 'boolean') return undefined
  const written = Array.isArray(value) ? value.join(kind === 'srcset' ? ', ' : ' ') : String(value)
  if (kind === 'url') return checked(written, baseUrl)
  if (kind === 'urls') {
    const urls = written.split(/[\t\n\f\r ]+/).filter((url) => url !== '')
    const safe = urls.map((url) => checked(url, baseUrl))
    return safe.length > 0 && safe.every((url) => url !== undefined) ? safe.join(' ') : undefined
  }
  const candidates = imageCandidates(written)
  if (candidates.length === 0) return undefined
  const safe: string[] = []
  for (const { url, descriptors } of candidates) {
    const checkedUrl = checked(url, baseUrl)
    if (checkedUrl === undefined) return undefined
    safe.push(descriptors ? `${checkedUrl} ${descriptors}` : checkedUrl)
  }
  return safe.join(', ')
}

function checked(url: string, baseUrl: string | undefined): string | undefined {
  // A fragment alone points into the page itself (a footnote): never resolved against
  // the base, which would send it to another page.
  if (url.startsWith('#')) return url
  const safe = checkedSafeUrl(url, baseUrl)
  // "%20javascript:" is not followed by browsers, but nothing that decodes to a script
  // URL is written either.
  if (safe === undefined || checkedSafeUrl(percentDecoded(url), baseUrl) === undefined)
    return undefined
  return safe
}

function percentDecoded(url: string): string {
  try {
    return decodeURIComponent(url)
  } catch {
    return url
  }
}

const space = /[\t\n\f\r ]/

// The image candidates of a `srcset`, split as the HTML standard's algorithm splits
// them: a URL runs to white space (trailing commas are not part of it), descriptors run
// to a comma outside parentheses.
function imageCandidates(value: string): Array<{ url: string; descriptors: string }> {
  const candidates: Array<{ url: string; descriptors: string }> = []
  let index = 0
  while (index < value.length) {
    while (index < value.length && (space.test(value.charAt(index)) || value[index] === ','))
      index++
    if (index >= value.length) break
    const start = index
    while (index < value.length && !space.test(value.charAt(index))) index++
    let end = index
    while (end > start && value[end - 1] === ',') end--
    const url = value.slice(start, end)
    let descriptors = ''
    if (end === index) {
      const from = index
      let inParens = false
      while (index < value.length && (inParens || value[index] !== ',')) {
        if (value[index] === '(') inParens = true
        else if (value[index] === ')') inParens = false
        index++
      }
      descriptors = value.slice(from, index).trim()
    }
    candidates.push({ url, descriptors })
  }
  return candidates
}
