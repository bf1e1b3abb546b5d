import { defaultSchema, type Schema } from 'hast-util-sanitize'
import { find, html } from 'property-information'
import { urlAttributes } from './url-attributes.js'

/** The schemes a URL-valued attribute may use, relative references aside. */
const schemes = ['http', 'https', 'mailto']

/**
 * What raw HTML in an article's body may hold: GitHub's schema (hast-util-sanitize's
 * default) with every attribute of {@link urlAttributes} limited to http, https and
 * mailto (and relative references), `src` to http and https, and ids, names and ARIA
 * references prefixed with `user-content-`.
 */
export const bodySchema: Schema = {
  ...defaultSchema,
  clobberPrefix: 'user-content-',
  protocols: /*#__PURE__*/ Object.fromEntries(
    Object.keys(urlAttributes).map((attribute) => {
      const { property } = find(html, attribute)
      return [property, property === 'src' ? ['http', 'https'] : schemes]
    }),
  ),
}

/**
 * The elements and attributes (HTML names, lower case) the renderer writes around the
 * body, and the ones it adds to the body's own: the frame of breadcrumb, header and
 * translations, the whole page of `document`, the cells' alignment classes, the task
 * boxes' accessible names and the attributes of links to other sites.
 */
export const frameAllowList: Readonly<Record<string, ReadonlyArray<string>>> = {
  a: ['href', 'hreflang', 'lang', 'rel', 'target', 'title', 'id', 'class'],
  article: ['lang', 'class'],
  aside: ['class'],
  body: [],
  code: ['class'],
  div: ['class'],
  h1: ['class', 'id'],
  h2: ['class', 'id'],
  h3: ['class', 'id'],
  h4: ['class', 'id'],
  h5: ['class', 'id'],
  h6: ['class', 'id'],
  head: [],
  header: ['class'],
  html: ['lang'],
  img: ['src', 'alt', 'title'],
  input: ['type', 'checked', 'disabled', 'aria-label'],
  li: ['class', 'id'],
  link: ['rel', 'href'],
  main: [],
  meta: ['charset', 'name', 'content'],
  nav: ['class', 'aria-label'],
  ol: ['class', 'start'],
  p: ['class'],
  script: ['type'],
  section: ['class', 'data-footnotes'],
  span: ['class', 'aria-hidden', 'lang'],
  style: [],
  td: ['class'],
  th: ['class', 'scope'],
  time: ['datetime'],
  title: [],
  ul: ['class'],
}

/**
 * Every element the renderer may write, with the attributes it may carry (HTML names,
 * lower case; `*` lists the attributes any element of the body may carry): the
 * sanitizer's `bodySchema` joined with `frameAllowList`. `<script>` is only
 * ever the JSON-LD (`type="application/ld+json"`), and `<meta>`, `<link>`, `<style>` and
 * `<title>` only the page's own head, written from options, never from the article.
 */
export const htmlAllowList: Readonly<Record<string, ReadonlyArray<string>>> =
  /*#__PURE__*/ joinAllowLists(schemaAllowList(bodySchema), frameAllowList)

function schemaAllowList(schema: Schema): Record<string, string[]> {
  const list: Record<string, string[]> = {}
  for (const tagName of schema.tagNames ?? []) list[tagName] = []
  for (const [tagName, definitions] of Object.entries(schema.attributes ?? {})) {
    list[tagName] = (definitions ?? []).map(attributeName)
  }
  return list
}

type PropertyDefinition = NonNullable<NonNullable<Schema['attributes']>[string]>[number]

function attributeName(definition: PropertyDefinition): string {
  const property = typeof definition === 'string' ? definition : definition[0]
  return find(html, property).attribute
}

function joinAllowLists(
  ...lists: ReadonlyArray<Readonly<Record<string, ReadonlyArray<string>>>>
): Record<string, string[]> {
  const joined: Record<string, Set<string>> = {}
  for (const list of lists) {
    for (const [tagName, attributes] of Object.entries(list)) {
      const names = joined[tagName] ?? new Set<string>()
      for (const attribute of attributes) names.add(attribute)
      joined[tagName] = names
    }
  }
  return Object.fromEntries(
    Object.entries(joined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([tagName, attributes]) => [tagName, [...attributes].sort()]),
  )
}
