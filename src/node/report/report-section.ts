import type { Element, ElementContent } from 'hast'
import { h } from '../../render/html/element.js'

/**
 * A part of the report: a `<section>` named by its `<h2>`.
 *
 * @param id - the heading's id, unique on the page (a link target).
 * @param heading - the heading's text.
 * @param children - what follows the heading.
 * @returns the section.
 */
export function section(id: string, heading: string, children: ElementContent[]): Element {
  return h('section', { ariaLabelledBy: [id] }, [h('h2', { id }, heading), ...children])
}
