import type { Definition, ImageReference, LinkReference } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'

/** A node that names a label: a definition, or a link or image reference to one. */
export type LabelledNode = Definition | LinkReference | ImageReference

/**
 * The label to write for a definition or a reference, so that the file read back gives
 * the node its own `identifier` (and, where it can, its `label`). mdast keeps the label
 * with its escapes and character references resolved (`[\*foo\*]` has the label
 * `*foo*`) but the identifier as written (`\*foo\*`); the serializer writes the label,
 * which would give the identifier `*foo*`: the reference would still find its
 * definition, but the article read back would differ, and a shortcut reference whose
 * text is `\*foo\*` could no longer be one. So when the serializer's label would change
 * the identifier, the label is written as it was: the identifier's escapes with the
 * label's letters, or else the identifier itself, each used only when it reads back as
 * the same identifier.
 *
 * Every node with one identifier gets a label that reads back as that identifier, so
 * references keep finding their definitions.
 *
 * @param node - the definition or reference.
 * @param written - the label as the serializer escapes it.
 * @returns the label to write between the brackets.
 * @example
 *   labelForm({ type: 'definition', identifier: '\\*foo\\*', label: '*foo*', url: '/u', title: null }, '*foo*')
 *   //=> '\\*foo\\*'
 */
export function labelForm(node: LabelledNode, written: string): string {
  const { identifier, label } = node
  if (normalizeIdentifier(written) === identifier) return written
  const rebuilt = typeof label === 'string' ? rebuild(identifier, label) : undefined
  if (rebuilt !== undefined && readsAs(rebuilt, identifier, label)) return rebuilt
  return readsAs(identifier, identifier, undefined) ? identifier : written
}

// How CommonMark matches labels: case folded, white space collapsed and trimmed (as
// micromark-util-normalize-identifier does, and mdast's identifier in small letters).
function normalizeIdentifier(value: string): string {
  return value
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase()
    .toLowerCase()
}

// The label as written: the identifier's backslash escapes, with the label's own letters
// (in their case) and spaces. Undefined where the two cannot be lined up: a character
// reference (`&amp;`), a line end, or a letter whose case folds to more than one.
function rebuild(identifier: string, label: string): string | undefined {
  let written = ''
  let at = 0
  for (let index = 0; index < identifier.length; index += 1) {
    const char = identifier[index] as string
    const next = identifier[index + 1]
    if (char === '&') return undefined
    if (char === '\\' && next !== undefined && /[!-/:-@[-`{-~]/.test(next)) {
      if (label[at] !== next) return undefined
      written += `\\${next}`
      index += 1
      at += 1
      continue
    }
    if (char === ' ') {
      const run = /^[\t ]+/.exec(label.slice(at))?.[0]
      if (run === undefined) return undefined
      written += run
      at += run.length
      continue
    }
    const letter = label[at]
    if (letter === undefined || normalizeIdentifier(letter) !== char) return undefined
    written += letter
    at += 1
  }
  return at === label.length ? written : undefined
}

// Whether `[written]: #` reads as a definition with this identifier (and this label).
function readsAs(written: string, identifier: string, label: string | null | undefined): boolean {
  const [node, ...rest] = fromMarkdown(`[${written}]: #`).children
  return (
    rest.length === 0 &&
    node?.type === 'definition' &&
    node.identifier === identifier &&
    (label === undefined || node.label === label)
  )
}
