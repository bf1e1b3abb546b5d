import type { Author } from '../../../schema/author.js'
import type { Diagnostic } from '../../../schema/diagnostic.js'
import type { Vocabulary } from '../../vocabulary/vocabulary.js'
import type { ClassifyContext, Entry } from '../classify.js'
import type { DateCandidate } from '../dates.js'
import type { RunningText } from '../footer.js'
import type { HeaderMark, Layout } from '../layout.js'
import type { Line } from '../lines.js'
import type { LanguageSwitch } from '../translations.js'

/** A text entry: a line that may be the headline or a paragraph. */
export type TextEntry = Extract<Entry, { kind: 'text' }>

/** What every field handler may read about the page: made by earlier stages, never changed. */
export interface PageView {
  entries: ReadonlyArray<Entry>
  layout: Layout
  marks: ReadonlyArray<HeaderMark | undefined>
  running: RunningText
  context: ClassifyContext & { vocabulary: Vocabulary }
  /** The headline's text as read, and the text of its main line. */
  headline: string
  headlineLine: string
}

/** What the handlers before an entry have read, as far as the next handler needs to know. */
export interface FieldState {
  /** How many authors were read. */
  authors: number
  /** The source read, if any. */
  source: string | undefined
  /** Whether a breadcrumb trail was read. */
  breadcrumb: boolean
  /** How many lines the body holds. */
  bodyLines: number
  /** Whether the footer has begun: no line after it is article text. */
  ended: boolean
  /** The end of a block of furniture printed inside the article (the next running text). */
  blockEnd: number
}

/** What one handler reads from one entry. */
export interface FieldStep {
  diagnostics?: Diagnostic[]
  authors?: Author[]
  editors?: Author[]
  source?: string
  dates?: DateCandidate[]
  breadcrumb?: string[]
  translations?: LanguageSwitch[]
  /** A line of the body. */
  body?: TextEntry
  /** A name printed alone in the header (the author's when no byline names one). */
  name?: TextEntry
  /** The headline's deck. */
  alternativeHeadline?: string
  /** The footer begins here. */
  ended?: true
  /** A block of furniture inside the article runs to this entry. */
  blockEnd?: number
}

/** A handler for one kind of entry: reads it, given the page and what was read above. */
export type FieldHandler<Kind extends Entry['kind']> = (
  entry: Extract<Entry, { kind: Kind }>,
  index: number,
  page: PageView,
  state: Readonly<FieldState>,
) => FieldStep

/**
 * The line of an entry, for a diagnostic about it or a part of it.
 *
 * @param entry - the entry.
 * @returns its line.
 */
export function placeOf(entry: Entry): Line {
  return entry.line
}
