import type { Paragraph } from 'mdast'
import type { Diagnostic } from '../../schema/diagnostic.js'
import { compiledOnce } from '../_lib/compiled-once.js'
import { anyCaseAlternation } from '../_lib/word-pattern.js'
import type { Thresholds } from '../vocabulary/thresholds.js'
import { defaultVocabulary, type Vocabulary } from '../vocabulary/vocabulary.js'
import type { Entry } from './classify.js'
import type { PageLanguage } from './language.js'
import { reportDropped } from './report-dropped.js'
import { isCaption, isProse } from './shape.js'

type TextEntry = Extract<Entry, { kind: 'text' }>

// Buttons glued to the start of the first paragraph: "Print PrintFrom March 5 to 14".
// Only one-word Latin buttons are glued so; a button glued to a capital letter is one
// ("PrintFrom"), to a small letter a word ("Shareholders").
const leadingWidgetsOf = compiledOnce((vocabulary: Vocabulary) => {
  const { buttons, share } = vocabulary.widgets
  const glued = anyCaseAlternation([...buttons, ...share].filter((word) => /^[a-z-]+$/i.test(word)))
  return new RegExp(`^(?:(?:${glued})\\s*){2,}(?=\\S)|^(?:${glued})(?=\\p{Lu})`, 'u')
})
leadingWidgetsOf(defaultVocabulary)

const counter = /^[\d,.]{1,9}$/

/**
 * Make the body's paragraphs from the text lines under the headline, leaving out what
 * stands between the headline and the running text but is not part of it: lines above
 * the last meta line of the header (image alt text), very short lines (a place name, a
 * generic byline), photo captions before the first paragraph, and buttons glued to it.
 *
 * @param entries - every entry of the page, in order.
 * @param texts - the text entries after the headline, in order.
 * @param language - the page's language.
 * @param vocabulary - the widget words and thresholds (default: `defaultVocabulary`).
 * @returns the paragraphs, the lines they were made from, and a diagnostic for each line
 *   or part left out.
 */
export function buildBody(
  entries: ReadonlyArray<Entry>,
  lines: ReadonlyArray<{ entry: TextEntry; index: number }>,
  language: PageLanguage,
  vocabulary: Vocabulary = defaultVocabulary,
): { paragraphs: Paragraph[]; lines: TextEntry[]; diagnostics: Diagnostic[] } {
  const { thresholds } = vocabulary
  const leadingWidgets = leadingWidgetsOf(vocabulary)
  const diagnostics: Diagnostic[] = []
  const texts = joinWrappedLines(lines, language, thresholds)
  const firstProse = texts.find(({ entry }) => entry.prose)?.index ?? Infinity
  const lastHeaderMeta = entries.findLastIndex(
    (entry, index) => index < firstProse && entry.kind === 'meta',
  )
  const kept: TextEntry[] = []
  for (const { entry, index } of texts) {
    const header = index < firstProse
    // A number alone is a counter (of comments, views, likes), not a paragraph.
    if (
      counter.test(entry.text) ||
      (header && (index < lastHeaderMeta || isStub(entry.text, language, thresholds)))
    ) {
      diagnostics.push(furniture(entry, entry.text))
    } else {
      kept.push(entry)
    }
  }
  // Captions before the first paragraph are left out when a paragraph follows them.
  const firstReal = kept.findIndex((entry) => !isCaption(entry.text, thresholds))
  const captions = firstReal > 0 ? kept.splice(0, firstReal) : []
  for (const entry of captions) {
    diagnostics.push(reportDropped('photo-caption', entry.line, entry.text))
  }
  const paragraphs = kept.map((entry, position) => {
    let text = entry.text
    const widgets = position === 0 ? leadingWidgets.exec(text) : null
    if (widgets) {
      diagnostics.push(furniture(entry, widgets[0].trim()))
      text = text.slice(widgets[0].length).trim()
    }
    return paragraph(text)
  })
  return { paragraphs, lines: kept, diagnostics }
}

function isStub(text: string, language: PageLanguage, thresholds: Thresholds): boolean {
  if (language === 'zh') return text.length <= thresholds.stubLengthZh
  return text.split(/\s+/).length <= thresholds.stubWords && !/[.!?。！？]["”’']?$/.test(text)
}

function furniture(entry: TextEntry, actual: string): Diagnostic {
  return reportDropped('site-furniture', entry.line, actual)
}

function paragraph(text: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] }
}

// A line that ends a sentence may end its paragraph: it is not joined to the next.
const paragraphEnd = /[.!?。！？][”’"'」』)）]?$/u

/**
 * Join the lines of a hard-wrapped text (a release wrapped at 60 to 80 columns) into
 * paragraphs: on a page where most body lines run on into the next line with no blank
 * line between, a line of wrapping width that does not end a sentence runs on into the
 * line right under it.
 *
 * @param lines - the body's lines, in order.
 * @param language - the page's language.
 * @param thresholds - the wrapped lines' widths and counts (default: `defaultVocabulary.thresholds`).
 * @returns the paragraphs' lines: joined lines keep the first line's place.
 */
export function joinWrappedLines(
  lines: ReadonlyArray<{ entry: TextEntry; index: number }>,
  language: PageLanguage,
  thresholds: Thresholds = defaultVocabulary.thresholds,
): Array<{ entry: TextEntry; index: number }> {
  const { wrapWidthLeast: least, wrapWidthMost: most } = thresholds
  const runsOn = (upper: TextEntry, lower: TextEntry | undefined) =>
    lower !== undefined &&
    lower.line.number === upper.line.number + 1 &&
    upper.text.length >= least &&
    upper.text.length <= most &&
    !paragraphEnd.test(upper.text)
  let wrapped = 0
  for (const [position, { entry }] of lines.entries()) {
    if (runsOn(entry, lines[position + 1]?.entry)) wrapped++
  }
  if (wrapped < thresholds.wrappedLines || wrapped < lines.length * thresholds.wrappedShare) {
    return [...lines]
  }
  const joined: Array<{ entry: TextEntry; index: number }> = []
  let open: { entry: TextEntry; index: number; parts: string[] } | undefined
  for (const [position, line] of lines.entries()) {
    if (!open) open = { ...line, parts: [] }
    open.parts.push(line.entry.text)
    if (!runsOn(line.entry, lines[position + 1]?.entry)) {
      const text = open.parts.join(language === 'zh' ? '' : ' ')
      const prose = isProse(text, language, thresholds) || open.parts.length > 1
      // A line alone keeps its text, and so what it reads as; lines joined are prose.
      joined.push({
        index: open.index,
        entry: { ...open.entry, text, prose, running: prose || open.entry.running },
      })
      open = undefined
    }
  }
  return joined
}
