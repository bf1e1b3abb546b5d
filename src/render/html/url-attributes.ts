/**
 * How an attribute holds URLs: one URL (`href`), a list of URLs separated by white
 * space (`ping`), or a list of image candidates, each a URL and its descriptors,
 * separated by commas (`srcset`).
 */
export type UrlAttributeKind = 'url' | 'urls' | 'srcset'

/**
 * Every HTML, SVG and MathML attribute that holds a URL a browser may follow, fetch or
 * run, by its attribute name (as written in HTML, lower case), and how it holds it.
 * The renderer checks each of them with `safeUrl` wherever it stands, whatever element
 * carries it, and the sanitizer's schema limits the same attributes to the same schemes:
 * one table for both, so an attribute added to the allow-list is checked all the same.
 */
export const urlAttributes: Readonly<Record<string, UrlAttributeKind>> = {
  action: 'url',
  archive: 'urls',
  attributionsrc: 'urls',
  background: 'url',
  cite: 'url',
  classid: 'url',
  codebase: 'url',
  data: 'url',
  dynsrc: 'url',
  formaction: 'url',
  href: 'url',
  icon: 'url',
  imagesrcset: 'srcset',
  itemid: 'url',
  itemtype: 'urls',
  longdesc: 'url',
  lowsrc: 'url',
  manifest: 'url',
  ping: 'urls',
  poster: 'url',
  profile: 'urls',
  src: 'url',
  srcset: 'srcset',
  usemap: 'url',
  'xlink:href': 'url',
  'xml:base': 'url',
}
