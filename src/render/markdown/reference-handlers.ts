import type { Definition, ImageReference, LinkReference } from 'mdast'
import { defaultHandlers, type Handle, type State } from 'mdast-util-to-markdown'
import { labelForm } from './label-form.js'
import { labelReadsAs } from './label-reads-as.js'

/**
 * Write a link reference as it was written: `[text][label]` (full), `[label][]`
 * (collapsed) or `[label]` (shortcut). mdast-util-to-markdown writes a shortcut or
 * collapsed reference in full whenever its escaped text differs from its escaped label
 * (`[foo*]` has the text `foo\*` and the label `foo*`); this handler then tries the
 * label itself between the brackets, and keeps the kind when the label reads back as
 * the same text.
 *
 * @param node - the reference.
 * @param _parent - its parent (unused).
 * @param state - the serializer's state.
 * @param info - where the reference stands.
 * @returns its Markdown.
 * @example
 *   toMarkdown(fromMarkdown('[foo*]\n\n[foo*]: /url'), { handlers: { linkReference } })
 *   //=> '[foo*]\n\n[foo*]: /url\n'
 */
export const linkReference: Handle = (node: LinkReference, _parent, state, info) => {
  const exit = state.enter('linkReference')
  const subexit = state.enter('label')
  const tracker = state.createTracker(info)
  const open = tracker.move('[')
  const text = state.containerPhrasing(node, { before: open, after: ']', ...tracker.current() })
  subexit()
  const value = `${open}${tracker.move(`${text}][`)}`
  const reference = writeLabel(node, state, value, tracker)
  exit()
  return closeReference(node, '[', text, reference)
}

/**
 * Write a definition (`[label]: url "title"`) as mdast-util-to-markdown does, but with
 * its label as it was written where the serializer's escaping would change its
 * identifier (`[\*foo\*]: /url`), as the reference handlers write theirs, so that
 * references and definitions read back with the identifiers they had.
 *
 * @param node - the definition.
 * @param parent - its parent.
 * @param state - the serializer's state.
 * @param info - where the definition stands.
 * @returns its Markdown.
 * @example
 *   toMarkdown(fromMarkdown('[\\*foo\\*]: /url'), { handlers: { definition } }) //=> '[\\*foo\\*]: /url\n'
 */
export const definition: Handle = (node: Definition, parent, state, info) => {
  const value = defaultHandlers.definition(node, parent, state, info)
  const exit = state.enter('definition')
  const subexit = state.enter('label')
  const at = state.createTracker(info)
  at.move('[')
  const written = state.safe(state.associationId(node), {
    before: '[',
    after: ']',
    ...at.current(),
  })
  subexit()
  exit()
  const form = labelForm(node, written)
  // The serializer's text starts with `[`, its label, and `]: `.
  if (form === written || !value.startsWith(`[${written}]: `)) return value
  return `[${form}${value.slice(1 + written.length)}`
}

/**
 * Write an image reference as it was written: `![alt][label]`, `![label][]` or
 * `![label]`. An image keeps only the plain text of its alt (`![foo *bar*]` has the alt
 * `foo bar`), so its shortcut or collapsed form is kept by writing its label between the
 * brackets when that label reads back as the same alt.
 *
 * @param node - the reference.
 * @param _parent - its parent (unused).
 * @param state - the serializer's state.
 * @param info - where the reference stands.
 * @returns its Markdown.
 * @example
 *   toMarkdown(fromMarkdown('![foo *bar*]\n\n[foo *bar*]: /a.jpg'), { handlers: { imageReference } })
 *   //=> '![foo *bar*]\n\n[foo *bar*]: /a.jpg\n'
 */
export const imageReference: Handle = (node: ImageReference, _parent, state, info) => {
  const exit = state.enter('imageReference')
  const subexit = state.enter('label')
  const tracker = state.createTracker(info)
  const open = tracker.move('![')
  const alt = state.safe(node.alt, { before: open, after: ']', ...tracker.current() })
  subexit()
  const value = `${open}${tracker.move(`${alt}][`)}`
  const reference = writeLabel(node, state, value, tracker)
  exit()
  return closeReference(node, '![', alt, reference)
}

// The label as the serializer writes it after `][`, escaped for a reference (no
// emphasis or code forms there, but escapes and character references do), or as it was
// written where that would change the identifier (see labelForm).
function writeLabel(
  node: LinkReference | ImageReference,
  state: State,
  before: string,
  tracker: ReturnType<State['createTracker']>,
): string {
  const stack = state.stack
  state.stack = stack.filter((construct) => construct !== 'phrasing')
  const exit = state.enter('reference')
  const label = state.safe(state.associationId(node), {
    before,
    after: ']',
    ...tracker.current(),
  })
  exit()
  state.stack = stack
  return labelForm(node, label)
}

// The whole reference, in the kind it was written in when its content or its label can
// stand for both, else in full.
function closeReference(
  node: LinkReference | ImageReference,
  open: '[' | '![',
  content: string,
  label: string,
): string {
  const kind = node.referenceType
  const tail = kind === 'collapsed' ? '[]' : ''
  if (kind === 'full' || content === '' || label === '') return `${open}${content}][${label}]`
  if (content === label) return `${open}${content}]${tail}`
  if (labelReadsAs(label, node)) return `${open}${label}]${tail}`
  return `${open}${content}][${label}]`
}
