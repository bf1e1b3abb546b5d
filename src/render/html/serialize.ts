import type { Element, Nodes, Properties } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { htmlVoidElements } from 'html-void-elements'
import { find, html, type Info } from 'property-information'

/**
 * The settings of `hast-util-to-html` whose output {@link serializeHtml} reproduces:
 * its defaults, with an upper-case doctype.
 */
export const htmlSettings = { upperDoctype: true } as const

// The characters hast-util-to-html escapes by default (no parse errors, no dangerous
// characters allowed): in text, in attribute names, in double-quoted attribute values.
const textCharacters = /[<&]/g
const nameCharacters = /[\0\t\n\f\r "&'/<=>`]/g
const valueCharacters = /[\0"&'`]/g
// Text in these elements is written as it stands.
const rawTextParents: ReadonlySet<string> = new Set(['script', 'style'])
const voidElements: ReadonlySet<string> = new Set(htmlVoidElements)
// Elements hast-util-to-html writes in another way (another space, or a template's content).
const foreignElements: ReadonlySet<string> = new Set(['svg', 'template'])

// Thrown from inside a tree the fast writer does not take; caught in `serializeHtml`.
const unsupported = Symbol('unsupported')

// Property names looked up in property-information, by name. The names come from
// hast trees the renderer makes and the sanitizer lets through: a bounded set, but
// the cache stops growing past a limit all the same.
const infoCache = new Map<string, Info>()
const infoCacheLimit = 1024

/**
 * Serialize a hast tree as HTML, byte for byte as `hast-util-to-html` does with
 * {@link htmlSettings}, in a fraction of its time: elements of the HTML space, text and
 * doctypes are written here (character references for `<` and `&` in text and for
 * `"`, `&`, `'`, `` ` `` and NUL in attribute values, as it writes them); a tree holding
 * anything else (comments, raw nodes, SVG, templates) is handed to `hast-util-to-html`
 * whole. A test compares both on every fixture, every XSS payload and random trees.
 *
 * @param tree - the hast tree.
 * @returns the HTML.
 */
export function serializeHtml(tree: Nodes): string {
  try {
    return one(tree, undefined)
  } catch (error) {
    if (error === unsupported) return toHtml(tree, htmlSettings)
    throw error
  }
}

function one(node: Nodes, parent: Element | undefined): string {
  switch (node.type) {
    case 'root':
      return all(node.children, undefined)
    case 'element':
      return element(node)
    case 'text':
      return parent !== undefined && rawTextParents.has(parent.tagName)
        ? node.value
        : escapeText(node.value)
    case 'doctype':
      return '<!DOCTYPE html>'
    default:
      throw unsupported
  }
}

function all(children: ReadonlyArray<Nodes>, parent: Element | undefined): string {
  let result = ''
  for (const child of children) result += one(child, parent)
  return result
}

function element(node: Element): string {
  const { tagName } = node
  if (foreignElements.has(tagName)) throw unsupported
  const content = all(node.children, node)
  const attributes = serializeAttributes(node.properties)
  const open = `<${tagName}${attributes ? ` ${attributes}` : ''}>`
  // A void element with children is written as an ordinary one.
  if (content === '' && voidElements.has(tagName.toLowerCase())) return open
  return `${open}${content}</${tagName}>`
}

function serializeAttributes(properties: Properties | undefined): string {
  let result = ''
  if (!properties) return result
  for (const key in properties) {
    const value = properties[key]
    if (value === null || value === undefined) continue
    const attribute = serializeAttribute(key, value)
    if (attribute) result = result ? `${result} ${attribute}` : attribute
  }
  return result
}

function serializeAttribute(key: string, given: Properties[string]): string {
  const info = lookUp(key)
  let value = given
  if (info.overloadedBoolean && (value === info.attribute || value === '')) {
    value = true
  } else if (
    (info.boolean || info.overloadedBoolean) &&
    (typeof value !== 'string' || value === info.attribute || value === '')
  ) {
    value = Boolean(value)
  }
  if (
    value === null ||
    value === undefined ||
    value === false ||
    (typeof value === 'number' && Number.isNaN(value))
  ) {
    return ''
  }
  const name = escapeWith(info.attribute, nameCharacters)
  if (value === true) return name
  const text = Array.isArray(value)
    ? info.commaSeparated
      ? commaSeparated(value)
      : value.join(' ').trim()
    : String(value)
  return `${name}="${escapeWith(text, valueCharacters)}"`
}

// As comma-separated-tokens writes a list: `a, b`, with an empty last item kept.
function commaSeparated(values: ReadonlyArray<string | number>): string {
  const list = values[values.length - 1] === '' ? [...values, ''] : values
  return list.join(', ').trim()
}

function lookUp(key: string): Info {
  let info = infoCache.get(key)
  if (info === undefined) {
    info = find(html, key)
    if (infoCache.size < infoCacheLimit) infoCache.set(key, info)
  }
  return info
}

// Text is most of a page and seldom holds `<` or `&`: looking for each is quicker than
// a regular expression.
function escapeText(value: string): string {
  return value.includes('<') || value.includes('&') ? escapeWith(value, textCharacters) : value
}

function escapeWith(value: string, characters: RegExp): string {
  characters.lastIndex = 0
  if (!characters.test(value)) return value
  characters.lastIndex = 0
  return value.replace(characters, reference)
}

function reference(character: string): string {
  return `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`
}
