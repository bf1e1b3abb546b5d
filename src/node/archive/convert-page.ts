import { createHash } from 'node:crypto'
import { decodeText } from '../../parse/_lib/decode-text.js'
import { ArticleParseError } from '../../parse/article-parse-error.js'
import type { Diagnostic } from '../../schema/diagnostic.js'
import { chooseFormat, type OutputFormat, readArticle, writeArticle } from '../formats.js'
import type { ReportDiagnostic } from '../report/archive-report.js'
import { withSourceLine } from '../report/with-source-line.js'
import type { PageReading } from './events.js'
import type { ArchiveSettings } from './options.js'

/** What converting a page takes: the run's settings that reach the parsers and renderers. */
export type PageSettings = Pick<
  ArchiveSettings,
  'formats' | 'from' | 'encoding' | 'timeZone' | 'language' | 'profile' | 'document' | 'jsonLd'
>

/** One page to convert: its bytes and its name (the input's path as the user gave it). */
export interface PageTask {
  name: string
  bytes: Uint8Array
}

/** One output of a page as the calling thread knows it: its format and the SHA-256 of its bytes. */
export interface OutputDigest {
  format: OutputFormat
  sha256: string
}

/** One output of a page: its format, its bytes and their SHA-256. */
export interface PageOutput extends OutputDigest {
  bytes: Uint8Array
}

/**
 * A diagnostic with the text of the input's line it is about, for a reader to see in
 * place (errors and warnings only: an `info` is only counted), as the report shows it.
 */
export type LinedDiagnostic = Diagnostic | ReportDiagnostic

/**
 * What converting a page gave: with its outputs' bytes where it was converted, or only
 * their digests (`PageResult<OutputDigest>`) where the bytes stay with the thread that
 * writes them.
 */
export type PageResult<Output extends OutputDigest = PageOutput> =
  | {
      status: 'converted'
      reading: PageReading
      decodeDiagnostics: LinedDiagnostic[]
      diagnostics: LinedDiagnostic[]
      outputs: Output[]
    }
  | {
      status: 'no-article'
      reading?: PageReading
      decodeDiagnostics: LinedDiagnostic[]
      diagnostics: LinedDiagnostic[]
    }
  | { status: 'unexpected'; message: string }

/**
 * Convert one page: decode its bytes, choose its format, read the article and write it
 * in each format, with the hash of each output. Bad data gives `no-article` with its
 * diagnostics; any other error, a fault of the library, gives `unexpected`. It never
 * throws, so a worker thread can run it for any page.
 *
 * @param task - the page.
 * @param settings - the reading and writing settings.
 * @returns the result.
 */
export function convertPage(task: PageTask, settings: PageSettings): PageResult {
  let reading: PageReading | undefined
  let decodeDiagnostics: LinedDiagnostic[] = []
  let text = ''
  try {
    const decoded = decodeText(task.bytes, { encoding: settings.encoding, file: task.name })
    text = decoded.text
    decodeDiagnostics = decoded.diagnostics
    const chosen = chooseFormat(task.name, settings.from, decoded.text)
    reading = {
      encoding: decoded.encoding,
      encodingBy: decoded.by,
      format: chosen.format,
      formatReason: chosen.reason,
    }
    const read = readArticle(decoded.text, task.name, chosen.format, {
      ...settings,
      url: undefined,
    })
    // The text and Markdown parsers return the article as validateArticle gave it back:
    // HTML is rendered without checking it a second time.
    const validated = chosen.format !== 'json'
    const outputs = settings.formats.map((format): PageOutput => {
      const written = writeArticle(read.article, format, settings, validated)
      const bytes = new TextEncoder().encode(written)
      return { format, bytes, sha256: createHash('sha256').update(bytes).digest('hex') }
    })
    const lined = withSourceLines(text)
    return {
      status: 'converted',
      reading,
      decodeDiagnostics: decodeDiagnostics.map(lined),
      diagnostics: read.diagnostics.map(lined),
      outputs,
    }
  } catch (error) {
    if (error instanceof ArticleParseError) {
      const lined = withSourceLines(text)
      return {
        status: 'no-article',
        ...(reading ? { reading } : {}),
        decodeDiagnostics: decodeDiagnostics.map(lined),
        diagnostics: error.diagnostics.map(lined),
      }
    }
    return { status: 'unexpected', message: error instanceof Error ? error.message : String(error) }
  }
}

/** A function that adds its source line to an error or a warning of a text. */
function withSourceLines(text: string): (diagnostic: Diagnostic) => LinedDiagnostic {
  let lines: string[] | undefined
  return (diagnostic) => {
    if (diagnostic.severity === 'info' || text === '') return diagnostic
    lines ??= text.split(/\r\n|\r|\n/)
    return withSourceLine(diagnostic, lines)
  }
}
