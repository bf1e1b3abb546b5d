import type { Severity } from '../../src/index.js'

/**
 * Write the backdrop behind the input: one block per line of the text, in the same font
 * and width as the textarea (the text itself transparent), so that a marked line's
 * background lies exactly behind that line, wrapped or not.
 *
 * @param backdrop - the element behind the textarea.
 * @param text - the textarea's value.
 * @param marks - the severity of each marked line, by 1-based line number.
 */
export function renderBackdrop(
  backdrop: HTMLElement,
  text: string,
  marks: ReadonlyMap<number, Severity>,
): void {
  const blocks = text.split('\n').map((line, index) => {
    const block = backdrop.ownerDocument.createElement('div')
    block.className = 'line'
    block.dataset.line = String(index + 1)
    const severity = marks.get(index + 1)
    if (severity) block.dataset.severity = severity
    // An empty block would have no height; a space gives it the line's.
    block.textContent = line === '' ? ' ' : line
    return block
  })
  backdrop.replaceChildren(...blocks)
}

/**
 * Keep the backdrop scrolled with the textarea.
 *
 * @param textarea - the input.
 * @param backdrop - the element behind it.
 */
export function followScroll(textarea: HTMLTextAreaElement, backdrop: HTMLElement): void {
  backdrop.scrollTop = textarea.scrollTop
  backdrop.scrollLeft = textarea.scrollLeft
}
