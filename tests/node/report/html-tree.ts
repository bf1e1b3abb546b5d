import type { Element, Nodes, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'

/**
 * Read a report's HTML as a browser would, into a hast tree.
 *
 * @param html - the page.
 * @returns the tree.
 */
export function readPage(html: string): Root {
  return fromHtml(html)
}

/**
 * Every element of a tree, in document order.
 *
 * @param node - the tree.
 * @returns the elements.
 */
export function elementsOf(node: Nodes): Element[] {
  const found: Element[] = []
  const walk = (current: Nodes) => {
    if (current.type === 'element') found.push(current)
    if ('children' in current) for (const child of current.children) walk(child)
  }
  walk(node)
  return found
}

/**
 * The elements of a tree with a class.
 *
 * @param node - the tree.
 * @param name - the class.
 * @returns the elements.
 */
export function withClass(node: Nodes, name: string): Element[] {
  return elementsOf(node).filter((element) => {
    const classes = element.properties.className
    return Array.isArray(classes) && classes.includes(name)
  })
}

/**
 * The text of a node, as a browser's textContent.
 *
 * @param node - the node.
 * @returns its text.
 */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  if ('children' in node) return node.children.map((child) => textOf(child)).join('')
  return ''
}
