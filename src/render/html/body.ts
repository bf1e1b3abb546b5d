import type { Element, ElementContent, Root as HastRoot, Nodes } from 'hast'
import { raw } from 'hast-util-raw'
import { defaultSchema, type Schema, sanitize } from 'hast-util-sanitize'
import type { Root } from 'mdast'
import { toHast } from 'mdast-util-to-hast'
import { removePosition } from 'unist-util-remove-position'
import { safeUrl } from './safe-url.js'

/**
 * What HTML from Markdown may hold: GitHub's schema, with links and images limited to
 * http, https and mailto (and relative references).
 */
export const bodySchema: Schema = {
  ...defaultSchema,
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
  },
}

/** How links and images in the body are written. */
export interface BodyOptions {
  /** The level of the headline: the body's highest headings go one below it. */
  headlineLevel: number
  /** Accessible names of task-list boxes. */
  taskLabels: { done: string; open: string }
  /** Base URL for relative links and images, if any. */
  baseUrl: string | undefined
  /** The host of the article itself: links elsewhere are external. */
  ownHost: string | undefined
  /** `target` for external links, if any. */
  linkTarget: string | undefined
  /** `rel` for external links, if any. */
  rel: ReadonlyArray<string> | undefined
  /** The class of each column alignment of a table cell (HTML's `align` is obsolete). */
  alignClasses: Readonly<Record<'left' | 'center' | 'right', string>>
}

const headingPattern = /^h([1-6])$/

/**
 * Turn an article's body into hast that is safe to show: mdast-util-to-hast for the
 * Markdown, raw HTML parsed and sanitized with GitHub's schema, every `href` and `src`
 * checked by `safeUrl`, headings moved below the headline.
 *
 * @param body - the article's body.
 * @param options - headings, base URL and external links.
 * @returns the body's nodes.
 */
export function bodyToHast(body: Root, options: BodyOptions): ElementContent[] {
  const hasHtml = containsHtml(body)
  // Raw HTML is parsed into elements, then the whole body is sanitized: a <script>, an
  // event handler or a javascript: URL in the Markdown never reaches the page. The
  // sanitizer prefixes ids (against DOM clobbering), so ids are left unprefixed before it
  // and in-page links follow them after.
  // Positions carried by a body are not the HTML's: parsing raw HTML checks them.
  const source = hasHtml ? withoutPositions(body) : body
  let tree = toHast(source, {
    allowDangerousHtml: hasHtml,
    ...(hasHtml ? { clobberPrefix: '' } : {}),
  }) as HastRoot
  if (hasHtml) {
    tree = sanitize(raw(tree), bodySchema) as HastRoot
    followPrefixedIds(tree)
  }
  // The body's highest heading, whatever its depth, goes right under the headline, so
  // that the page's outline has no gap.
  const top = topHeading(tree)
  visit(tree, options, top > 6 ? 0 : options.headlineLevel + 1 - top)
  return tree.children as ElementContent[]
}

function withoutPositions(body: Root): Root {
  const copy = structuredClone(body)
  removePosition(copy, { force: true })
  return copy
}

function containsHtml(node: { type: string; children?: unknown[] }): boolean {
  if (node.type === 'html') return true
  return (
    Array.isArray(node.children) &&
    node.children.some((child) => containsHtml(child as { type: string }))
  )
}

// "#fn-1" becomes "#user-content-fn-1" where the sanitizer gave the target that id.
function followPrefixedIds(tree: HastRoot): void {
  const ids = new Set<string>()
  const links: Element[] = []
  const walk = (node: Nodes): void => {
    if (node.type === 'element') {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id)
      if (typeof node.properties.href === 'string' && node.properties.href.startsWith('#'))
        links.push(node)
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes)
  }
  walk(tree)
  for (const link of links) {
    const target = `${bodySchema.clobberPrefix ?? ''}${String(link.properties.href).slice(1)}`
    if (ids.has(target)) link.properties.href = `#${target}`
  }
}

// The level of the highest heading in a tree (1 for <h1>), or 7 when it has none.
function topHeading(node: Nodes): number {
  let top = 7
  if (node.type === 'element') {
    const own = headingPattern.exec(node.tagName)
    if (own) top = Number(own[1])
  }
  if ('children' in node) {
    for (const child of node.children) top = Math.min(top, topHeading(child as Nodes))
  }
  return top
}

function visit(node: Nodes, options: BodyOptions, shift: number): void {
  if (node.type === 'element') fixElement(node, options, shift)
  if ('children' in node) for (const child of node.children) visit(child as Nodes, options, shift)
}

function fixElement(element: Element, options: BodyOptions, shift: number): void {
  // A header cell with no text is no header: it is written as an ordinary cell.
  if (element.tagName === 'th' && element.children.length === 0) element.tagName = 'td'
  // Markdown tables have one header row: its cells head their columns.
  if (element.tagName === 'th' && element.properties.scope === undefined)
    element.properties.scope = 'col'
  if (element.tagName === 'input' && element.properties.type === 'checkbox') {
    element.properties.ariaLabel = element.properties.checked
      ? options.taskLabels.done
      : options.taskLabels.open
  }
  const align = element.properties.align
  if (align === 'left' || align === 'center' || align === 'right') {
    delete element.properties.align
    element.properties.className = [options.alignClasses[align]]
  }
  const heading = headingPattern.exec(element.tagName)
  if (heading) element.tagName = `h${Math.max(1, Math.min(6, Number(heading[1]) + shift))}`
  const { properties } = element
  for (const key of ['href', 'src'] as const) {
    const value = properties[key]
    if (value === undefined || value === null) continue
    // Checked as written and as a browser may decode it ("%20javascript:" is not
    // followed, but nothing that decodes to a script URL is written either).
    const written = String(value)
    const url = safeUrl(written, options.baseUrl)
    if (url !== undefined && safeUrl(decoded(written), options.baseUrl) === undefined) {
      delete properties[key]
      continue
    }
    if (url === undefined) delete properties[key]
    else properties[key] = url
  }
  if (
    element.tagName === 'a' &&
    typeof properties.href === 'string' &&
    isExternal(properties.href, options)
  ) {
    if (options.linkTarget) properties.target = options.linkTarget
    if (options.rel && options.rel.length > 0) properties.rel = [...options.rel]
  }
}

function decoded(url: string): string {
  try {
    return decodeURIComponent(url)
  } catch {
    return url
  }
}

function isExternal(href: string, options: BodyOptions): boolean {
  if (!/^https?:/i.test(href)) return false
  return options.ownHost === undefined || new URL(href).host !== options.ownHost
}
