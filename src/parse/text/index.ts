import type { RootContent } from 'mdast'
import type { NewsArticle } from '../../schema/article.js'
import type { Author } from '../../schema/author.js'
import type { Diagnostic } from '../../schema/diagnostic.js'
import { validateArticle } from '../../schema/validate-article.js'
import { diagnose } from '../_lib/diagnose.js'
import { findDates } from '../_lib/find-dates.js'
import { readInput } from '../_lib/read-input.js'
import { wordAlternation } from '../_lib/word-pattern.js'
import { ArticleParseError } from '../article-parse-error.js'
import { defaultLabels } from '../vocabulary/labels.js'
import { thresholds } from '../vocabulary/thresholds.js'
import { buildBody } from './body.js'
import { classifyLine, type Entry, textEntry } from './classify.js'
import { findDateline } from './dateline.js'
import { chooseDates, type DateCandidate, dateRanks } from './dates.js'
import { findRunningText } from './footer.js'
import { compileLabels, extendLabels } from './labels.js'
import { detectLanguage, isTraditional, type PageLanguage } from './language.js'
import { findLayout, markHeaderLines } from './layout.js'
import { splitLines } from './lines.js'
import { addMetaLine, type MetaFields } from './meta-fields.js'
import { clean } from './meta-line.js'
import { splitNames } from './names.js'
import { type ResolvedTextOptions, resolveTextOptions, type TextParseOptions } from './options.js'
import { reportDropped } from './report-dropped.js'
import { findReporter } from './reporter.js'
import { readSplitBylines } from './split-byline.js'

/** What `parseText` returns: the article and what was noticed on the way. */
export interface TextParseResult {
  article: NewsArticle
  diagnostics: Diagnostic[]
}

// A crawler's stamp at the very top of some saved pages: " date 2023-03-14 <title>".
const crawlerStamp = /^date\s+(\d{4}-\d{2}-\d{2})\s*/i
// An editor's credit closing a paragraph: "(Web editor: Zhang Kaiwei)", "(編輯:楊昇儒)1120209".
const closingCredit = new RegExp(
  `[(（【[]\\s*(?:${wordAlternation(defaultLabels.editor)})\\s*[:：]\\s*([^()（）【】[\\]\\s](?:[^()（）【】[\\]]*[^()（）【】[\\]\\s])?)\\s*[)）】\\]]\\s*(?:\\d+\\s*)?$`,
  'iu',
)

/**
 * Read a news page saved as plain text (English or Chinese, with its menus, breadcrumb,
 * meta lines and footer) into a valid article.
 *
 * Every line of the input ends up in the article (headline, meta fields, breadcrumb,
 * body) or in a diagnostic saying why it was left out: an `info` for site furniture, a
 * `warning` for a line that looks like prose.
 *
 * @param text - the page, as a string or as bytes (a `Uint8Array`, decoded as `decodeText`
 *   says); control characters are removed with a warning.
 * @param options - time zone, language, URL, extra labels, encoding and input limit.
 * @returns the article and the diagnostics, each with its line and column.
 * @throws {ArticleParseError} when the text is empty or has no line that can be a headline,
 *   is longer than `maxInputLength`, or its bytes are not text.
 * @throws {TypeError} when `text` is neither a string nor bytes or an option has the wrong type.
 * @throws {RangeError} when an option has an impossible value (an unknown time zone).
 * @example
 *   parseText('Home>News Content\n\nChamber Opens New Office\n\nSource:CCCME Add Time:2014-10-13 00:00:00\n\nThe chamber opened an office.').article.datePublished
 *   //=> '2014-10-13T00:00:00+08:00'
 */
export function parseText(
  text: string | Uint8Array,
  options?: TextParseOptions | null,
): TextParseResult {
  const settings = resolveTextOptions(options)
  const input = readInput(text, 'text', settings)
  return input.finish((page) => readPage(page, settings))
}

function readPage(text: string, settings: ResolvedTextOptions): TextParseResult {
  const diagnostics: Diagnostic[] = []
  const lines = splitLines(text).filter((line) => line.text !== '')
  if (lines.length === 0) {
    throw new ArticleParseError(
      [diagnose('empty-input', 'error', { line: 1, column: 1 })],
      settings.file,
    )
  }
  const language: PageLanguage = settings.language ?? detectLanguage(text)
  const context = {
    labels: compileLabels(extendLabels(settings.labels)),
    language,
    rocEra: language === 'zh' && isTraditional(text),
  }

  // The crawler's stamp is the weakest date of all; the line keeps the rest of its text.
  let stamp: DateCandidate | undefined
  const first = lines[0]
  if (first) {
    const match = crawlerStamp.exec(first.text)
    if (match) {
      const [date] = findDates(match[1] ?? '', context)
      if (date) stamp = { match: date, line: first, rank: dateRanks.stamp }
      lines[0] = { ...first, text: first.text.slice(match[0].length) }
    }
  }
  const entries: Entry[] = readSplitBylines(
    lines.filter((line) => line.text !== '').map((line) => classifyLine(line, context)),
    context,
  )

  const marks = markHeaderLines(entries)
  const layout = findLayout(entries, marks, language)
  const choice = layout?.headline
  const headlineEntry = choice === undefined ? undefined : entries[choice.index]
  if (!layout || !choice || !headlineEntry || headlineEntry.kind !== 'text') {
    const at = lines[0] ?? { number: 1, column: 1 }
    throw new ArticleParseError(
      [
        ...diagnostics,
        diagnose('missing-headline', 'error', { line: at.number, column: at.column }),
      ],
      settings.file,
    )
  }

  // The headline may carry a date glued to it ("… Hebei University 2015-07-10"), or
  // the number of a scraped list item ("1. Chairman Wu …").
  // A headline wrapped over two lines is one.
  let headline = [choice.firstLine, choice.index, choice.lastLine]
    .map((index) => (index === undefined ? undefined : entries[index]))
    .flatMap((entry) => (entry?.kind === 'text' ? [entry.text] : []))
    .join(' ')
  const numbered = /^\d{1,2}\.\s+(?=\S)/.exec(headline)
  if (numbered) {
    headline = headline.slice(numbered[0].length)
    diagnostics.push(
      diagnose(
        'site-furniture',
        'info',
        { line: headlineEntry.line.number, column: headlineEntry.line.column },
        {
          actual: numbered[0].trim(),
        },
      ),
    )
  }
  const headlineDates: DateCandidate[] = []
  for (const date of findDates(headline, context).reverse()) {
    const before = headline.slice(0, date.start)
    const after = headline.slice(date.end)
    if (clean(after) === '' || clean(before) === '') {
      headline = clean(`${before} ${after}`) || headline
      headlineDates.push({ match: date, line: headlineEntry.line, rank: dateRanks.belowHeadline })
    }
  }

  const fields: MetaFields = {
    authors: [],
    editors: [],
    source: undefined,
    dates: [...headlineDates, ...(stamp ? [stamp] : [])],
  }
  const { authors, editors, dates } = fields
  let breadcrumb: string[] | undefined
  const translations: Array<{ language: string; label: string }> = []
  const bodyTexts: Array<{ entry: Extract<Entry, { kind: 'text' }>; index: number }> = []
  let alternativeHeadline: string | undefined
  const headerNames: Array<Extract<Entry, { kind: 'text' }>> = []
  let ended = false
  const running = findRunningText(entries)
  // The end of a block of furniture inside the article: the next line of running text.
  let blockEnd = 0

  for (const [index, entry] of entries.entries()) {
    const { line } = entry
    const at = { line: line.number, column: line.column }
    const before = index < (layout.header?.start ?? choice.index)
    const inBody = index >= layout.bodyStart
    if (index === choice.index || index === choice.firstLine || index === choice.lastLine) continue
    if (index === choice.subtitle && entry.kind === 'text') {
      alternativeHeadline = entry.text
      continue
    }
    switch (entry.kind) {
      case 'furniture':
      case 'menu': {
        // A footer line (a copyright notice, "Related stories") stands at the page's
        // edges: above the first paragraph, where it is left out, or where the running
        // text ends, where the footer starts. With a paragraph right under it, it is a
        // line of the body ("Copyright law", a subheading); with running text further
        // down, it opens a block printed inside the article ("Most popular" and its
        // links), which ends where the running text goes on.
        const edge = entry.kind === 'furniture' && entry.ends && !before && !ended
        if (edge && bodyTexts.length > 0 && index >= blockEnd) {
          const { nextText, nextProse } = running
          const next = nextProse[index] ?? entries.length
          if (next === nextText[index] && next < entries.length) {
            bodyTexts.push({ entry: textEntry(line, context), index })
            break
          }
          if (next < entries.length) blockEnd = next
          else ended = true
        }
        diagnostics.push(reportDropped('site-furniture', at, line.text))
        break
      }
      case 'breadcrumb': {
        if (breadcrumb === undefined && !ended) {
          breadcrumb = entry.items
          if (entry.tools) diagnostics.push(reportDropped('site-furniture', at, entry.tools))
        } else diagnostics.push(reportDropped('site-furniture', at, line.text))
        break
      }
      case 'switch': {
        for (const link of entry.links) translations.push(link)
        for (const actual of [...entry.own, entry.other].filter((part) => part !== '')) {
          diagnostics.push(reportDropped('site-furniture', at, actual))
        }
        break
      }
      case 'meta': {
        // Once the body has begun, a byline belongs to a related story, a sponsored
        // block or a comment, unless the header named no author.
        if (inBody && authors.length > 0 && marks[index] === 'author') {
          diagnostics.push(reportDropped('unlabelled-text', at, line.text))
        } else addMetaLine(entry, before, fields, diagnostics)
        break
      }
      case 'text': {
        if (layout.names.includes(index)) {
          headerNames.push(entry)
        } else if (!inBody && !before && index > choice.index) {
          const caption =
            marks[index] === 'caption' || marks[index] === 'credit' || marks[index + 1] === 'credit'
          diagnostics.push(
            reportDropped(caption ? 'photo-caption' : 'site-furniture', at, line.text),
          )
        } else if (before || ended || index < blockEnd) {
          diagnostics.push(
            entry.text === headline
              ? diagnose('repeated-headline', 'info', at, { actual: line.text })
              : reportDropped('site-furniture', at, line.text),
          )
        } else if (entry.text === headline || entry.text === headlineEntry.text) {
          diagnostics.push(diagnose('repeated-headline', 'info', at, { actual: line.text }))
        } else {
          const credit = closingCredit.exec(entry.text.slice(-thresholds.closingCreditTail))
          if (credit?.[1]) for (const editor of splitNames(credit[1]).authors) editors.push(editor)
          bodyTexts.push({ entry, index })
        }
        break
      }
    }
  }

  // A name printed alone beside the header's date or role line is the author's, when no
  // byline names one.
  for (const entry of headerNames) {
    if (authors.length === 0 || (entry === headerNames[0] && authors.length === 0)) {
      authors.push({ type: 'Person', name: entry.text })
    } else if (!authors.some((author) => author.name === entry.text)) {
      const at = { line: entry.line.number, column: entry.line.column }
      diagnostics.push(reportDropped('unlabelled-text', at, entry.line.text))
    } else {
      const at = { line: entry.line.number, column: entry.line.column }
      diagnostics.push(reportDropped('site-furniture', at, entry.line.text))
    }
  }
  const built = buildBody(entries, bodyTexts, language)
  for (const diagnostic of built.diagnostics) diagnostics.push(diagnostic)
  const body: RootContent[] = built.paragraphs

  // A dateline opening one of the first paragraphs ("NEW YORK, Feb. 5, 2019 --") dates
  // a page that prints no date of its own.
  const opening = body[0] && paragraphText(body[0])
  const dated = dates.some((date) => date.rank < dateRanks.dateline)
  for (const node of dated ? [] : body.slice(0, 2)) {
    const dateline = findDateline(paragraphText(node) ?? '', context)
    if (dateline) {
      dates.push({ match: dateline, line: headlineEntry.line, rank: dateRanks.dateline })
      break
    }
  }
  if (authors.length === 0 && language === 'zh') {
    const last = body[body.length - 1]
    const closing = last && paragraphText(last)
    const name =
      (opening === undefined
        ? undefined
        : findReporter(opening.slice(0, thresholds.reporterOpening))) ??
      (closing === undefined ? undefined : findReporter(closing.slice(-thresholds.reporterClosing)))
    if (name) authors.push({ type: 'Person', name })
  }

  const { datePublished, dateModified } = chooseDates(dates, settings.timeZone, diagnostics)

  const article: Record<string, unknown> = {
    type: 'NewsArticle',
    ...(settings.url ? { id: idOf(settings.url), url: settings.url } : {}),
    language,
    headline,
    ...(alternativeHeadline ? { alternativeHeadline } : {}),
    authors: named(authors),
    ...(named(editors).length > 0 ? { editors: named(editors) } : {}),
    ...(fields.source ? { source: { name: fields.source } } : {}),
    ...(datePublished ? { datePublished } : {}),
    ...(dateModified ? { dateModified } : {}),
    ...(breadcrumb ? { breadcrumb } : {}),
    ...(translations.length > 0 ? { translations: uniqueTranslations(translations) } : {}),
    body: { type: 'root', children: body },
  }
  const result = validateArticle(article)
  if (!result.success) {
    // Every value above is read from the page and tidied; a failure here is a bug in a
    // detector, reported as data rather than thrown from inside zod.
    const at = { line: headlineEntry.line.number, column: headlineEntry.line.column }
    const invalid = result.issues.map((issue) =>
      diagnose('invalid-value', 'error', at, {
        actual: `${issue.path}: ${issue.received ?? ''}`,
        expected: issue.expected,
      }),
    )
    throw new ArticleParseError([...diagnostics, ...invalid], settings.file)
  }
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column)
  return { article: result.article, diagnostics }
}

function named(authors: Author[]): Author[] {
  return authors.filter((author) => author.name !== '')
}

// The text of a paragraph as parseText makes them: one text node.
function paragraphText(node: RootContent): string | undefined {
  return node.type === 'paragraph' && node.children[0]?.type === 'text'
    ? node.children[0].value
    : undefined
}

function uniqueTranslations(links: Array<{ language: string; label: string }>) {
  const seen = new Set<string>()
  return links.filter((link) => {
    if (seen.has(link.language)) return false
    seen.add(link.language)
    return true
  })
}

// A stable id from the page's address: its host and path, in lower case, with
// everything but letters and digits made dashes.
function idOf(url: string): string {
  const { hostname, pathname } = new URL(url)
  const path = pathname.replace(/\.[a-z0-9]+$/i, '')
  return `${hostname}${path}`
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|(?<!-)-+$/g, '')
}
