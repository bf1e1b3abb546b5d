import { parseText } from '../../../src/parse/index.js'
import type { TextParseOptions } from '../../../src/parse/text/options.js'

/**
 * An invented English page with a line put in where a family's word would stand: above
 * the headline (`top`), under it with the meta lines (`meta`), or after the body
 * (`bottom`).
 */
export function pageWith(
  lines: { top?: string; meta?: string; bottom?: string },
  options?: TextParseOptions,
) {
  const text = [
    lines.top ?? '',
    'Chamber Opens a New Office in Tianjin',
    'Source: Example Daily 2014-10-13',
    lines.meta ?? '',
    'The chamber opened a new office in Tianjin on Monday, its members said at a meeting in the city.',
    'It will serve the members in the north of the country, the chamber president told the reporters.',
    lines.bottom ?? '',
  ].join('\n\n')
  return parseText(text, options)
}

/** The words of the body of a result, one string a paragraph. */
export function bodyOf(result: ReturnType<typeof parseText>): string[] {
  return result.article.body.children.map((node) =>
    node.type === 'paragraph' && node.children[0]?.type === 'text' ? node.children[0].value : '',
  )
}

/** The `actual` of each diagnostic of a rule. */
export function reported(result: ReturnType<typeof parseText>, ruleId: string): string[] {
  return result.diagnostics
    .filter((diagnostic) => diagnostic.ruleId === ruleId)
    .map((diagnostic) => diagnostic.actual ?? '')
}

/** Two paragraphs of running text, for {@link layoutPage}. */
export const layoutParagraphs = [
  'The harbour authority opened a third container terminal on Monday, adding room for another two million boxes a year at the port.',
  'Officials said the terminal would take the largest ships now sailing between the port and its partners across the ocean.',
]

/**
 * An invented whole page for the layout stage: a menu and a headline, then `lines` (the
 * header block, captions, the body), then `top` lines put over the menu.
 */
export function layoutPage(lines: ReadonlyArray<string>, top: ReadonlyArray<string> = []): string {
  return [...top, 'Home', 'World', 'New Container Terminal Opens at the Harbour', ...lines].join(
    '\n\n',
  )
}
