import type { Element, ElementContent, Properties, Text } from 'hast'

/**
 * Make a hast element. Properties are given as hast names them (`className: ['a']`,
 * `ariaLabel`, `dateTime`) and kept as they are: the renderer writes its own few
 * elements, so nothing needs the selector parsing and property normalization of
 * hastscript, which cost more than all the rest of the frame.
 *
 * @param tagName - the element's name.
 * @param properties - its properties, or its children when it has no properties.
 * @param children - its children, or a string for a single text child.
 * @returns the element.
 * @example
 *   h('span', { className: ['news-article__label'] }, 'Source: ')
 */
export function h(
  tagName: string,
  properties: Properties | ElementContent[] | string,
  children?: ElementContent[] | string,
): Element {
  if (typeof properties === 'string' || Array.isArray(properties)) {
    return h(tagName, {}, properties)
  }
  return {
    type: 'element',
    tagName,
    properties,
    children: typeof children === 'string' ? [text(children)] : (children ?? []),
  }
}

/**
 * Make a hast text node.
 *
 * @param value - the text.
 * @returns the node.
 */
export function text(value: string): Text {
  return { type: 'text', value }
}
