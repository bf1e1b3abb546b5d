import {
  ArticleParseError,
  type BuiltInProfileName,
  type Diagnostic,
  type NewsArticle,
  parseJson,
  parseMarkdown,
  parseText,
  renderHtml,
  renderJson,
  renderMarkdown,
} from '../../src/index.js'
import type { InputKind } from './input-kind.js'

/** What the playground reads, and how. */
export interface PlaygroundInput {
  /** The text typed or pasted. */
  text: string
  /** How to read it. */
  kind: InputKind
  /** A built-in site profile, for text pages (none when `undefined`). */
  profile: BuiltInProfileName | undefined
  /** The IANA zone of the times on the page (the parser's default when `undefined`). */
  timeZone: string | undefined
}

/** The article and its three renderings. */
export interface PlaygroundArticle {
  status: 'article'
  article: NewsArticle
  diagnostics: Diagnostic[]
  /** `renderJson`'s canonical JSON. */
  json: string
  /** `renderHtml`'s whole page, with the default stylesheet inline. */
  html: string
  /** `renderMarkdown`'s Markdown with front matter. */
  markdown: string
}

/** What the playground shows for an input. */
export type PlaygroundResult =
  | PlaygroundArticle
  /** Nothing to read yet: the input has no visible character. */
  | { status: 'empty' }
  /** The parser made no article; its diagnostics say why. */
  | { status: 'no-article'; diagnostics: Diagnostic[] }
  /** A setting (such as the time zone) was refused; the message names it. */
  | { status: 'bad-option'; message: string }
  /** Anything else: a fault of the playground or the library, never of the input. */
  | { status: 'failed'; message: string }

/**
 * Read an input with the library and render the article it gives as JSON, HTML and
 * Markdown. Bad input becomes diagnostics, a refused setting a message; nothing throws.
 *
 * @param input - the text, its kind, profile and time zone.
 * @returns what to show.
 * @example
 *   runArticle({ text: 'Chamber Opens Office\n\nThe chamber opened an office.', kind: 'text', profile: undefined, timeZone: undefined }).status
 *   //=> 'article'
 */
export function runArticle(input: PlaygroundInput): PlaygroundResult {
  if (input.text.trim() === '') return { status: 'empty' }
  let parsed: { article: NewsArticle; diagnostics: Diagnostic[] }
  try {
    parsed = parse(input)
  } catch (error) {
    if (error instanceof ArticleParseError)
      return { status: 'no-article', diagnostics: error.diagnostics }
    // The parsers throw a RangeError or TypeError only for a bad call: here, a time
    // zone typed by hand.
    if (error instanceof RangeError || error instanceof TypeError)
      return { status: 'bad-option', message: error.message }
    return failed(error)
  }
  const { article, diagnostics } = parsed
  try {
    return {
      status: 'article',
      article,
      diagnostics,
      json: renderJson(article),
      html: renderHtml(article, { document: true }),
      markdown: renderMarkdown(article),
    }
  } catch (error) {
    return failed(error)
  }
}

function failed(error: unknown): PlaygroundResult {
  return { status: 'failed', message: error instanceof Error ? error.message : String(error) }
}

function parse({ text, kind, profile, timeZone }: PlaygroundInput): {
  article: NewsArticle
  diagnostics: Diagnostic[]
} {
  switch (kind) {
    case 'text':
      return parseText(text, { profile, timeZone })
    case 'markdown':
      return parseMarkdown(text, { timeZone })
    case 'json':
      return parseJson(text)
  }
}
