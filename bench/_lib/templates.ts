// Page templates made from the project's own fixtures (tests/fixtures/text and markdown):
// each fixture is read once with provenance, which tells where its headline and body
// are, so that a generated page keeps the fixture's layout (its header lines, labels,
// widgets and footer) and replaces its headline, names, dates and body.
import { readdirSync, readFileSync } from 'node:fs'
import { ArticleParseError, parseMarkdown, parseText } from '../../src/parse/index.js'
import type { FieldProvenance } from '../../src/parse/provenance.js'
import type { NewsArticle } from '../../src/schema/article.js'
import { holdsDate } from './date-forms.js'
import type { PageLanguage } from './vocabulary.js'

/** A fixture made ready to vary. */
export interface PageTemplate {
  /** The fixture's file name. */
  name: string
  format: 'text' | 'markdown'
  language: PageLanguage
  /** The fixture up to its body. */
  before: string
  /** The fixture after its body. */
  after: string
  /** The body blocks kept as they are, as written in the fixture. */
  kept: ReadonlyArray<string>
  /** What separates two body blocks in the fixture (a blank line, an indent...). */
  joiner: string
  /** The headline as written (with its `#` or quotes), or `undefined` when none is read. */
  headline: string | undefined
  /** The names of the people the fixture credits, to be swapped for others. */
  people: ReadonlyArray<string>
  /** The body's text paragraphs, for the pool of sentences. */
  paragraphs: ReadonlyArray<string>
  /** Whether the fixture cannot be read (a page made from it fails, as the fixture does). */
  fails: boolean
}

const fixtures = new URL('../../tests/fixtures/', import.meta.url)

/**
 * Read the project's text and Markdown fixtures as templates.
 *
 * @returns one template per fixture, in the order of their names.
 */
export function loadTemplates(): PageTemplate[] {
  return (['text', 'markdown'] as const).flatMap((format) => {
    const folder = new URL(`${format}/`, fixtures)
    return readdirSync(folder)
      .filter((name) => name.endsWith(format === 'text' ? '.txt' : '.md'))
      .sort()
      .map((name) => templateOf(name, format, readFileSync(new URL(name, folder), 'utf8')))
  })
}

function templateOf(name: string, format: 'text' | 'markdown', text: string): PageTemplate {
  let read: { article: NewsArticle; provenance?: FieldProvenance[] }
  try {
    read =
      format === 'text'
        ? parseText(text, { provenance: true })
        : parseMarkdown(text, { provenance: true })
  } catch (error) {
    if (!(error instanceof ArticleParseError)) throw error
    // A fixture that fails: its pages are the fixture with paragraphs added at the end.
    const language = languageOf(text, /\p{Script=Han}/u.test(text) ? 'zh' : 'en')
    const end = text.trimEnd().length
    return {
      name,
      format,
      language,
      before: text.slice(0, end),
      after: text.slice(end),
      kept: [''],
      joiner: '\n\n',
      headline: undefined,
      people: [],
      paragraphs: [],
      fails: true,
    }
  }
  const { article, provenance = [] } = read
  const spans = (path: RegExp) =>
    provenance
      .filter((entry) => path.test(entry.path))
      .map((entry) => [entry.place.start.offset ?? 0, entry.place.end.offset ?? 0] as const)
  const blocks = spans(/^body\.children\[\d+\]$/).sort((a, b) => a[0] - b[0])
  const first = blocks[0]
  const last = blocks.at(-1)
  if (!first || !last) throw new Error(`The fixture ${name} has no body to vary`)
  const slices = blocks.map(([start, end]) => text.slice(start, end))
  const [headline] = spans(/^headline$/).map(([start, end]) => text.slice(start, end))
  const second = blocks[1]
  return {
    name,
    format,
    language: languageOf(text, article.language.startsWith('zh') ? 'zh' : 'en'),
    before: text.slice(0, first[0]),
    after: text.slice(last[1]),
    // A text page's paragraphs are replaced, but for one holding the date (a dateline);
    // a Markdown file's blocks are kept (tables, lists, code), new paragraphs go between.
    kept: format === 'markdown' ? slices : slices.filter(holdsDate),
    joiner: second ? text.slice(first[1], second[0]) : '\n\n',
    headline,
    people: [...article.authors, ...(article.editors ?? [])]
      .filter((credit) => credit.type === 'Person')
      .map((person) => person.name),
    paragraphs: format === 'text' ? slices.map((slice) => slice.trim()) : [],
    fails: false,
  }
}

// Characters written one way in traditional and another in simplified Chinese: a page
// with more of the first is in traditional characters (its dates may count the years of
// the Republic, and its generated text must be traditional too).
const traditionalOnly = /[們會國與區發資來經貿這對內萬為時]/gu
const simplifiedOnly = /[们会国与区发资来经贸这对内万为时]/gu

function languageOf(text: string, language: 'en' | 'zh'): PageLanguage {
  if (language === 'en') return language
  const traditional = text.match(traditionalOnly)?.length ?? 0
  return traditional > (text.match(simplifiedOnly)?.length ?? 0) ? 'zh-Hant' : 'zh'
}
