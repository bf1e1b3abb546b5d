import type { InputFormat } from '../node/formats.js'
import { ArticleParseError } from '../parse/article-parse-error.js'
import { parseJson } from '../parse/json/index.js'
import { parseMarkdown } from '../parse/markdown/index.js'
import { parseText } from '../parse/text/index.js'
import type { NewsArticle } from '../schema/article.js'
import type { Diagnostic } from '../schema/diagnostic.js'
import type { LoaderSettings } from './options.js'

/** What reading one file gave: an article, or the diagnostics that stopped it. */
export type ArticleReading =
  | { kind: 'article'; article: NewsArticle; diagnostics: Diagnostic[] }
  | { kind: 'failed'; error: ArticleParseError }

/**
 * Read an article from a file's bytes with the parser of its format: `parseText` for a
 * legacy page (with the profile, zone, language and encoding), `parseMarkdown` (zone,
 * encoding) or `parseJson` (encoding). The parsers decode the bytes themselves: BOM,
 * declared charset, UTF-8, else a guess.
 *
 * @param bytes - the file's bytes.
 * @param file - its name for messages (relative to the project root).
 * @param format - its format.
 * @param parse - the reading options.
 * @returns the article and diagnostics, or the parser's `ArticleParseError`.
 */
export function readArticle(
  bytes: Uint8Array,
  file: string,
  format: InputFormat,
  parse: LoaderSettings['parse'],
): ArticleReading {
  const { encoding, timeZone } = parse
  try {
    const { article, diagnostics } =
      format === 'json'
        ? parseJson(bytes, { file, encoding })
        : format === 'markdown'
          ? parseMarkdown(bytes, { file, encoding, timeZone })
          : parseText(bytes, { ...parse, file })
    return { kind: 'article', article, diagnostics }
  } catch (error) {
    if (error instanceof ArticleParseError) return { kind: 'failed', error }
    throw error
  }
}
