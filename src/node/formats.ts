import { extname } from 'node:path'
import { parseJson } from '../parse/json/index.js'
import { parseMarkdown } from '../parse/markdown/index.js'
import type { BuiltInProfileName } from '../parse/profiles/built-in-profiles.js'
import type { FieldProvenance, ProvenanceOptions } from '../parse/provenance.js'
import { parseText } from '../parse/text/index.js'
import type { TextParseOptions } from '../parse/text/options.js'
import { renderHtml, renderValidatedHtml } from '../render/html/index.js'
import { renderJson } from '../render/json/index.js'
import { renderMarkdown } from '../render/markdown/index.js'
import type { NewsArticle } from '../schema/article.js'
import type { Diagnostic } from '../schema/diagnostic.js'
import type { SiteProfile } from '../schema/site-profile.js'
import { type SniffedFormat, sniffFormat } from './sniff-format.js'

/** The formats articles are read from, by the extensions that name them. */
export const inputFormats = {
  text: ['.txt', '.text'],
  markdown: ['.md', '.markdown', '.mdx'],
  json: ['.json'],
} as const

/** A format articles are read from. */
export type InputFormat = keyof typeof inputFormats

/** The formats articles are written in, with the extension of each. */
export const outputFormats = {
  json: '.json',
  ndjson: '.ndjson',
  markdown: '.md',
  html: '.html',
} as const

/** A format articles are written in. */
export type OutputFormat = keyof typeof outputFormats

/** What reading an input takes, besides its format. */
export interface ReadOptions {
  timeZone: string | undefined
  language: 'en' | 'zh' | undefined
  url: string | undefined
  /** The site profile text pages are read with (`--profile`; default: none). */
  profile?: SiteProfile | BuiltInProfileName | undefined
  /** Ask the parser where each field was read (`--provenance`; default: no). */
  provenance?: boolean | undefined
}

/** An article read from a file, what was noticed, and where each field was read. */
export interface ReadResult {
  article: NewsArticle
  diagnostics: Diagnostic[]
  /** With `provenance`, from a parser that gives it. */
  provenance?: FieldProvenance[]
}

/**
 * The format an extension names, if it names one.
 *
 * @param file - a path.
 * @returns the format, or `undefined`.
 * @example
 *   formatOfExtension('a/page.MD') //=> 'markdown'
 */
export function formatOfExtension(file: string): InputFormat | undefined {
  const extension = extname(file).toLowerCase()
  for (const [format, extensions] of Object.entries(inputFormats)) {
    if ((extensions as ReadonlyArray<string>).includes(extension)) return format as InputFormat
  }
  return undefined
}

/**
 * The format of an input: `--from`, else its extension, else told from its text by
 * {@link sniffFormat} (standard input, a file with no known extension).
 *
 * @param file - the input's path (`-` for standard input).
 * @param from - the `--from` option.
 * @param text - the input's text.
 * @returns the format and why it was chosen.
 */
export function chooseFormat(
  file: string,
  from: InputFormat | undefined,
  text: string,
): SniffedFormat {
  if (from !== undefined) return { format: from, reason: '--from' }
  const byExtension = file === '-' ? undefined : formatOfExtension(file)
  if (byExtension) return { format: byExtension, reason: `its extension ${extname(file)}` }
  return sniffFormat(text)
}

/**
 * Read an article from a file's text in its format.
 *
 * @param text - the file's text.
 * @param name - its name, for diagnostics.
 * @param format - its format.
 * @param options - reading options.
 * @returns the article, the diagnostics, and with `provenance` where each field was read.
 * @throws {ArticleParseError} when no valid article can be made.
 * @throws {TypeError | RangeError} for an option the library refuses.
 */
export function readArticle(
  text: string,
  name: string,
  format: InputFormat,
  options: ReadOptions,
): ReadResult {
  const provenance = options.provenance === true
  if (format === 'json') return parseJson(text, { file: name, provenance })
  if (format === 'markdown') {
    return parseMarkdown(text, { file: name, timeZone: options.timeZone, provenance })
  }
  // The option goes to every parser; one that does not read it yet gives no provenance.
  const textOptions: TextParseOptions & ProvenanceOptions = {
    file: name,
    timeZone: options.timeZone,
    language: options.language,
    url: options.url,
    profile: options.profile,
    provenance,
  }
  return parseText(text, textOptions) as ReadResult
}

/**
 * Write an article in an output format.
 *
 * @param article - the article.
 * @param format - the format.
 * @param html - HTML options: a whole page, JSON-LD.
 * @param validated - `article` is a parser's, already validated: HTML is rendered
 *   without validating it again (default: `false`).
 * @returns the text.
 */
export function writeArticle(
  article: NewsArticle,
  format: OutputFormat,
  html: { document: boolean; jsonLd: boolean },
  validated = false,
): string {
  if (format === 'json') return renderJson(article)
  if (format === 'ndjson') return `${JSON.stringify(article)}\n`
  if (format === 'markdown') return renderMarkdown(article)
  const options = { document: html.document, jsonLd: html.jsonLd }
  return `${validated ? renderValidatedHtml(article, options) : renderHtml(article, options)}\n`
}
