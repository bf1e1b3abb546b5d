import type { DateContext, DateMatch } from '../_lib/find-dates.js'
import { findDates } from '../_lib/find-dates.js'
import { readBreadcrumb } from './breadcrumb.js'
import { type FurnitureKind, findFurniture, isMenu } from './furniture.js'
import type { LabelMatcher } from './labels.js'
import type { Line } from './lines.js'
import { type MetaLine, readMetaLine } from './meta-line.js'
import { findReporter, isReporterLine } from './reporter.js'
import { type LanguageSwitch, readLanguageSwitch } from './translations.js'

/** What a line of a page was taken to be. */
export type Entry =
  | { kind: 'furniture'; line: Line; furniture: FurnitureKind; ends: boolean }
  | { kind: 'menu'; line: Line }
  | { kind: 'breadcrumb'; line: Line; items: string[] }
  | { kind: 'switch'; line: Line; links: LanguageSwitch[]; other: string }
  | { kind: 'meta'; line: Line; meta: MetaLine }
  | { kind: 'text'; line: Line; text: string; dates: DateMatch[] }

/** What classifying needs to know about the page. */
export interface ClassifyContext extends DateContext {
  labels: LabelMatcher
  language: 'en' | 'zh'
}

// The longest line that can be a meta line, and the most unlabelled text it may carry.
const longestMeta = 200
const mostLooseText = 40

/**
 * Decide what one non-blank line of a page is: furniture, a menu, a breadcrumb trail, a
 * language switch, a meta line (labelled values, a date, a byline), or text that may be
 * the headline or a paragraph.
 *
 * @param line - the line (not blank).
 * @param context - the labels and language.
 * @returns the entry.
 */
export function classifyLine(line: Line, context: ClassifyContext): Entry {
  const { text } = line
  const furniture = findFurniture(text)
  if (furniture) {
    return { kind: 'furniture', line, furniture: furniture.kind, ends: furniture.ends ?? false }
  }
  const items = readBreadcrumb(text)
  if (items) return { kind: 'breadcrumb', line, items }
  const languageSwitch = readLanguageSwitch(text, context.language)
  if (languageSwitch) return { kind: 'switch', line, ...languageSwitch }
  if (isMenu(text)) return { kind: 'menu', line }
  if (context.language === 'zh' && isReporterLine(text)) {
    const name = findReporter(text) ?? ''
    const meta: MetaLine = {
      values: [{ field: 'author', label: '记者', value: name, dates: [] }],
      dates: [],
      rest: [],
    }
    return { kind: 'meta', line, meta }
  }
  if ([...text].length <= longestMeta) {
    const meta = readMetaLine(text, context.labels, context)
    if (isMetaLine(meta, context)) return { kind: 'meta', line, meta }
  }
  return { kind: 'text', line, text, dates: findDates(text, context) }
}

function isMetaLine(meta: MetaLine, context: ClassifyContext): boolean {
  const loose = meta.rest.join(' ')
  const looseLength = [...loose].length
  const words = loose.split(/\s+/).filter((word) => word !== '').length
  if (meta.values.length > 0) {
    // A labelled value makes a meta line unless much unlabelled text surrounds it, as
    // in a paragraph that happens to contain "time:".
    return looseLength <= mostLooseText * 2 || meta.values.length >= 2
  }
  if (meta.dates.length > 0) {
    const most = context.language === 'zh' ? 30 : mostLooseText
    return looseLength <= most && words <= 6 && !/[.。!?！？]$/.test(loose)
  }
  return false
}
