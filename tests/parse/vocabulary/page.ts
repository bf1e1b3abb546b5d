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
