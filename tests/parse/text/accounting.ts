// Checks the promise of parseText that nothing is silently lost: every line of the page
// is in the article (headline, meta fields, breadcrumb, body) or in a diagnostic.

import { toIsoDate } from '../../../src/parse/_lib/date-parts.js'
import { findDates } from '../../../src/parse/_lib/find-dates.js'
import { readSplitDate } from '../../../src/parse/_lib/read-split-date.js'
import type { TextParseResult } from '../../../src/parse/index.js'
import { breadcrumbVocabulary } from '../../../src/parse/vocabulary/breadcrumbs.js'
import { bylineVocabulary } from '../../../src/parse/vocabulary/bylines.js'
import { defaultLabels } from '../../../src/parse/vocabulary/labels.js'

const tidy = (text: string) => text.replace(/[\s\u00a0\u3000\ufeff\u200b]+/g, ' ').trim()
const labelWords = [...Object.values(defaultLabels).flat(), ...breadcrumbVocabulary.prefixes]
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*'))
// A byline word is a label before a name, or alone at the end of its line when the name
// is printed on the next one ("By" / "Mike Cason"); it may be printed twice ("Byby"), or
// after the kind of piece ("Analysis by"). A trail's location phrase may be any phrase
// ending like one ("网站当前位置："); a Chinese credit's label may end with a slash
// ("编辑/王五").
const labelPattern = new RegExp(
  `(?:${labelWords.join('|')}|[^\\s:：]{0,12}?(?:${breadcrumbVocabulary.prefixEndings.join('|')}))\\s*[:：]|(?<![\\p{L}\\p{N}])\\p{Script=Han}{1,2}[/／]|(?:^|\\s)(?:by\\s*)?(?:by|written by|(?:${bylineVocabulary.pieceKinds.join('|')})\\s+by)(?:\\s|$)`,
  'giu',
)
const separators = /[\s|｜/／•·,，;；:：\-–—[\]【】()（）<>《》"“”'’»›→.。]+/gu

function textOf(node: unknown): string {
  if (typeof node !== 'object' || node === null) return ''
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node && Array.isArray(node.children)) return node.children.map(textOf).join('')
  return ''
}

/**
 * The lines of `text` that the result accounts for nowhere.
 *
 * @param text - the page given to parseText.
 * @param result - what parseText returned.
 * @param timeZone - the time zone parseText used.
 * @returns the tidied lines that are lost (empty when nothing is).
 */
export function lostLines(
  text: string,
  result: TextParseResult,
  timeZone = 'Asia/Shanghai',
): string[] {
  const { article, diagnostics } = result
  const reported = new Set(diagnostics.map((d) => d.line))
  const strings = [
    article.headline,
    article.alternativeHeadline ?? '',
    ...(article.breadcrumb ?? []),
    ...article.body.children.map(textOf),
    article.source?.name ?? '',
    ...[...article.authors, ...(article.editors ?? [])].flatMap((a) => [
      a.name,
      a.type === 'Person' ? (a.jobTitle ?? '') : '',
    ]),
    ...(article.translations ?? []).map((t) => t.label ?? ''),
  ]
    .map(tidy)
    .filter((s) => s !== '')
    .sort((a, b) => b.length - a.length)
  const headlines = [article.headline, article.alternativeHeadline ?? '']
    .map(tidy)
    .filter((s) => s !== '')
  const dates = [article.datePublished, article.dateModified].filter((d) => d !== undefined)
  const lost: string[] = []
  const lines = text.split(/\r\n|\r|\n/)
  const splitDates = splitDateLines(lines.map(tidy), dates, timeZone)
  for (const [index, raw] of lines.entries()) {
    const line = tidy(raw)
    if (line === '' || reported.has(index + 1) || splitDates.has(index)) continue
    // A headline wrapped over two lines is kept as one: each of its lines is a part of it.
    if (headlines.some((headline) => headline.includes(line))) continue
    // Values first, then the article's dates; or the dates first, as a short value
    // elsewhere in the article ("1", a counter read as a paragraph) may cut a date apart.
    const valuesFirst = withoutDates(withoutValues(line, strings), dates, timeZone)
    const datesFirst = withoutValues(withoutDates(line, dates, timeZone), strings)
    if (withoutWords(valuesFirst) !== '' && withoutWords(datesFirst) !== '') lost.push(line)
  }
  return lost
}

// The indexes of the lines that print one of the article's dates split over them
// ("March 14," / "2019").
function splitDateLines(lines: string[], dates: string[], timeZone: string): Set<number> {
  const taken = new Set<number>()
  for (let index = 0; index < lines.length; index++) {
    const date = readSplitDate(lines.slice(index, index + 3), { rocEra: true })
    if (date?.real && dates.includes(toIsoDate(date.parts, timeZone))) {
      for (let line = index; line < index + date.lineCount; line++) taken.add(line)
    }
  }
  return taken
}

function withoutValues(text: string, strings: string[]): string {
  let rest = text
  for (const value of strings) rest = rest.split(value).join(' ')
  return rest
}

function withoutDates(text: string, dates: string[], timeZone: string): string {
  let rest = text
  for (const date of findDates(rest, { rocEra: true }).reverse()) {
    if (date.real && dates.includes(toIsoDate(date.parts, timeZone))) {
      rest = `${rest.slice(0, date.start)} ${rest.slice(date.end)}`
    }
  }
  return rest
}

// Words that join names in a byline ("X and Y") are not names themselves.
function withoutWords(text: string): string {
  return text
    .replace(labelPattern, ' ')
    .replace(/^date\s/i, ' ')
    .replace(/(?:^|\s)(?:and|和|與|与)(?=\s|$)/giu, ' ')
    .replace(separators, '')
}
