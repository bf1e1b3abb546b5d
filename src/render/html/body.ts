import type { Element, ElementContent, Root as HastRoot, Nodes } from 'hast'
import { raw } from 'hast-util-raw'
import { sanitize } from 'hast-util-sanitize'
import type { Nodes as MdastNodes, Root } from 'mdast'
import { toHast } from 'mdast-util-to-hast'
import { removePosition } from 'unist-util-remove-position'
import { ArticleValidationError } from '../../schema/article-validation-error.js'
import { expectations } from '../../schema/messages.js'
import { maxNesting } from '../../schema/nesting.js'
import { bodySchema } from './allow-list.js'
import { rawHtmlDepth } from './raw-html-depth.js'
import { safeUrlAttribute, urlAttributeKind } from './safe-url-attribute.js'

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
// The prefix the sanitizer gives ids and names (`user-content-`).
const clobberPrefix = bodySchema.clobberPrefix ?? ''
// Properties that name an element or point at one: prefixed so that the page's own
// names cannot be shadowed (DOM clobbering), as the sanitizer prefixes them.
const clobbered = ['id', 'name', 'ariaDescribedBy', 'ariaLabelledBy'] as const
// Never written, whatever an allow-list says: script in attributes, and CSS, which can
// load URLs of its own.
const forbiddenProperty = /^(?:on|style$|srcdoc$|formtarget$)/i
// Elements never written in a body, whatever an allow-list says: they run script,
// load other documents, change the page's base or refresh it, or post a form; the
// last ones' text is kept.
const droppedElements: ReadonlySet<string> = new Set([
  'applet',
  'base',
  'embed',
  'frame',
  'frameset',
  'iframe',
  'link',
  'math',
  'meta',
  'noscript',
  'object',
  'script',
  'style',
  'svg',
  'template',
])
const unwrappedElements: ReadonlySet<string> = new Set(['button', 'form', 'select', 'textarea'])

/**
 * Turn an article's body into hast that is safe to show: mdast-util-to-hast for the
 * Markdown, raw HTML parsed and sanitized with `bodySchema`, every URL-valued
 * attribute checked by `safeUrlAttribute`, ids prefixed with `user-content-` (and
 * in-page links following them), headings moved below the headline.
 *
 * @param body - the article's body.
 * @param options - headings, base URL and external links.
 * @returns the body's nodes.
 * @throws {ArticleValidationError} when its raw HTML nests deeper than `maxNesting`.
 */
export function bodyToHast(body: Root, options: BodyOptions): ElementContent[] {
  const html = rawHtmlOf(body)
  const hasHtml = html !== undefined
  if (hasHtml) checkRawHtmlDepth(html)
  // Raw HTML is parsed into elements, then the whole body is sanitized: a <script>, an
  // event handler or a javascript: URL in the Markdown never reaches the page.
  // Positions carried by a body are not the HTML's: parsing raw HTML checks them.
  const source = hasHtml ? withoutPositions(body) : body
  let tree = toHast(source, { allowDangerousHtml: hasHtml, clobberPrefix: '' }) as HastRoot
  // The sanitizer prefixes ids; without raw HTML the walk below does.
  if (hasHtml) tree = sanitize(raw(tree), bodySchema) as HastRoot
  const elements = elementsOf(tree)
  // The body's highest heading, whatever its depth, goes right under the headline, so
  // that the page's outline has no gap.
  const top = topHeading(elements)
  const shift = top > 6 ? 0 : options.headlineLevel + 1 - top
  for (const element of elements) fixElement(element, options, shift, !hasHtml)
  followPrefixedIds(elements)
  return tree.children as ElementContent[]
}

// The raw HTML of a body, its pieces joined in order, or `undefined` when it has none.
function rawHtmlOf(body: Root): string | undefined {
  const pieces: string[] = []
  const nodes: MdastNodes[] = [body]
  while (nodes.length > 0) {
    const node = nodes.pop() as MdastNodes
    if (node.type === 'html') pieces.push(node.value)
    if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) nodes.push(node.children[i] as MdastNodes)
  }
  return pieces.length > 0 ? pieces.join('') : undefined
}

// Raw HTML counts toward the model's nesting limit: a body that holds HTML nested
// thousands deep would exhaust the call stack of the HTML tools that read it.
function checkRawHtmlDepth(html: string): void {
  const depth = rawHtmlDepth(html)
  if (depth <= maxNesting) return
  throw new ArticleValidationError([
    {
      code: 'invalid-value',
      path: 'body',
      segments: ['body'],
      message: `expected ${expectations.nesting}`,
      expected: expectations.nesting,
      received: `raw HTML ${depth} levels deep`,
    },
  ])
}

function withoutPositions(body: Root): Root {
  const copy = structuredClone(body)
  removePosition(copy, { force: true })
  return copy
}

// Every element of a tree, walked without the call stack; on the way, elements that
// are never written are taken out: dropped with their content, or replaced by it.
function elementsOf(tree: HastRoot): Element[] {
  const elements: Element[] = []
  const parents: Array<HastRoot | Element> = [tree]
  while (parents.length > 0) {
    const parent = parents.pop() as HastRoot | Element
    let children: ElementContent[] = parent.children as ElementContent[]
    while (children.some(isNeverWritten)) {
      children = children.flatMap((child) =>
        !isNeverWritten(child)
          ? [child]
          : unwrappedElements.has(child.tagName)
            ? child.children
            : [],
      )
    }
    parent.children = children
    for (const child of parent.children) {
      if (child.type !== 'element') continue
      elements.push(child)
      parents.push(child)
    }
  }
  return elements
}

function isNeverWritten(node: Nodes): node is Element {
  return (
    node.type === 'element' &&
    (droppedElements.has(node.tagName) || unwrappedElements.has(node.tagName))
  )
}

// "#fn-1" becomes "#user-content-fn-1" where the target has that id.
function followPrefixedIds(elements: ReadonlyArray<Element>): void {
  const ids = new Set<string>()
  for (const element of elements) {
    if (typeof element.properties.id === 'string') ids.add(element.properties.id)
  }
  for (const element of elements) {
    const href = element.properties.href
    if (typeof href !== 'string' || !href.startsWith('#')) continue
    const target = `${clobberPrefix}${href.slice(1)}`
    if (ids.has(target)) element.properties.href = `#${target}`
  }
}

// The level of the highest heading (1 for <h1>), or 7 when there is none.
function topHeading(elements: ReadonlyArray<Element>): number {
  let top = 7
  for (const element of elements) {
    const own = headingPattern.exec(element.tagName)
    if (own) top = Math.min(top, Number(own[1]))
  }
  return top
}

function fixElement(element: Element, options: BodyOptions, shift: number, prefix: boolean): void {
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
  for (const key of Object.keys(properties)) {
    if (forbiddenProperty.test(key)) {
      delete properties[key]
      continue
    }
    const kind = urlAttributeKind(key)
    if (kind === undefined) continue
    const url = safeUrlAttribute(kind, properties[key], options.baseUrl)
    if (url === undefined) delete properties[key]
    else properties[key] = url
  }
  if (prefix) prefixNames(element)
  if (
    element.tagName === 'a' &&
    typeof properties.href === 'string' &&
    isExternal(properties.href, options)
  ) {
    if (options.linkTarget) properties.target = options.linkTarget
    if (options.rel && options.rel.length > 0) properties.rel = [...options.rel]
  }
}

function prefixNames(element: Element): void {
  const { properties } = element
  for (const key of clobbered as ReadonlyArray<string>) {
    const value = properties[key]
    if (typeof value === 'string') properties[key] = `${clobberPrefix}${value}`
    else if (Array.isArray(value)) properties[key] = value.map((item) => `${clobberPrefix}${item}`)
  }
}

function isExternal(href: string, options: BodyOptions): boolean {
  if (!/^https?:/i.test(href)) return false
  return options.ownHost === undefined || new URL(href).host !== options.ownHost
}
