import { readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { formatOfExtension, inputFormats } from '../node/formats.js'
import { codeOf } from '../node/system-error.js'
import { renderValidatedHtml } from '../render/html/index.js'
import { invalidArgument } from '../schema/_lib/options.js'
import type { NewsLoaderContext, StoredEntry } from './context.js'
import { type LogLine, logLevels, toLogLine, writeLogLines } from './log-line.js'
import type { LoaderSettings } from './options.js'
import { readArticle } from './read-article.js'

/** Where the loader keeps, in the collection's meta store, what it knows of each file. */
export const fileIndexKey = 'news-model:files'

/** What the loader knows of a file it stored: its entry's id, digest and log lines. */
interface FileRecord {
  id: string
  digest: string
  /** Its diagnostics, logged again when it is found unchanged, so every run shows them. */
  logs: LogLine[]
}

/** The folders of a load: the project root and `base`, as paths and as a URL. */
export interface LoadFolders {
  root: string
  base: string
  baseUrl: URL
}

/** One load's work on the collection, and the state it keeps between watched changes. */
export interface CollectionSync {
  /**
   * Read a file into its entry, unless its bytes and the settings are those of the
   * entry stored for it. Logs its diagnostics; leaves out (and logs) a file with no
   * valid article or whose id another file holds.
   *
   * @param entry - the file's path relative to `base`, with `/` separators.
   * @returns the id it holds, or `undefined` when it was left out.
   * @throws the parser's `ArticleParseError` with `strict`; Astro's error from
   *   `parseData` when the collection's schema rejects the article.
   */
  sync(entry: string): Promise<string | undefined>
  /** Remove a file's entry (the file has gone). */
  remove(entry: string): void
  /** Read again the files left out because another held their id, for the ids freed since. */
  promote(): Promise<void>
  /** The ids held now. */
  ids(): Set<string>
  /** Forget every file but these (the ones a full load found). */
  keepOnly(entries: ReadonlySet<string>): void
  /** Keep what is known of the files in the meta store, for the next run. */
  save(): void
  /** A file's path relative to the project root, as messages give it. */
  fileOf(entry: string): string
}

/**
 * Start a load: read what the last run knew of the files from the meta store.
 *
 * @param context - Astro's loader context.
 * @param settings - the loader's settings.
 * @param folders - the project root and `base`.
 * @returns the load's operations.
 */
export function startSync(
  context: NewsLoaderContext,
  settings: LoaderSettings,
  folders: LoadFolders,
): CollectionSync {
  const { store, logger } = context
  const records = readRecords(context.meta.get(fileIndexKey))
  const owners = new Map<string, string>()
  const idOf = new Map<string, string>()
  const waiting = new Map<string, Set<string>>()
  const freed: string[] = []

  const fileOf = (entry: string) =>
    relative(folders.root, join(folders.base, entry)).split(sep).join('/')

  function claim(id: string, entry: string): boolean {
    const owner = owners.get(id)
    if (owner !== undefined && owner !== entry) {
      const claimants = waiting.get(id) ?? new Set()
      waiting.set(id, claimants.add(entry))
      return false
    }
    const previous = idOf.get(entry)
    if (previous !== undefined && previous !== id) release(entry)
    owners.set(id, entry)
    idOf.set(entry, id)
    waiting.get(id)?.delete(entry)
    return true
  }

  function release(entry: string): void {
    const id = idOf.get(entry)
    if (id === undefined) return
    idOf.delete(entry)
    owners.delete(id)
    store.delete(id)
    if (waiting.get(id)?.size) freed.push(id)
  }

  function forget(entry: string): void {
    release(entry)
    records.delete(entry)
    for (const claimants of waiting.values()) claimants.delete(entry)
  }

  function leaveOut(entry: string, lines: LogLine[]): undefined {
    forget(entry)
    writeLogLines(logger, lines)
    return undefined
  }

  // Left out for want of its id: it stays among the id's claimants, to have it when freed.
  function waitFor(id: string, entry: string): undefined {
    release(entry)
    records.delete(entry)
    writeLogLines(logger, [taken(fileOf(entry), id)])
    return undefined
  }

  async function sync(entry: string): Promise<string | undefined> {
    const path = join(folders.base, entry)
    const file = fileOf(entry)
    let bytes: Buffer
    try {
      bytes = await readFile(path)
    } catch (error) {
      const line = `${file}: left out: it could not be read (${codeOf(error)})`
      if (settings.strict) throw new Error(line, { cause: error })
      return leaveOut(entry, [{ severity: 'error', text: line }])
    }
    const digest = context.generateDigest(`${settings.fingerprint}\n${bytes.toString('latin1')}`)
    const known = records.get(entry)
    if (known && known.digest === digest && store.get(known.id)?.digest === digest) {
      if (claim(known.id, entry)) {
        writeLogLines(logger, known.logs)
        return known.id
      }
      return waitFor(known.id, entry)
    }
    const format = formatOfExtension(entry)
    if (format === undefined) {
      const extensions = Object.values(inputFormats).flat().join(', ')
      const line = `${file}: left out: the loader reads ${extensions} files`
      return leaveOut(entry, [{ severity: 'warning', text: line }])
    }
    const reading = readArticle(bytes, file, format, settings.parse)
    if (reading.kind === 'failed') {
      if (settings.strict) throw reading.error
      const lines = reading.error.diagnostics.map((d) => toLogLine(d, file))
      const summary = `${file}: left out: no valid article could be read from it`
      return leaveOut(entry, [...lines, { severity: 'error', text: summary }])
    }
    const { article, diagnostics } = reading
    let id: unknown
    try {
      id = settings.generateId({ entry, base: folders.baseUrl, data: article })
    } catch (error) {
      // The caller's function failed: say on which file, keeping its error as the cause.
      const reason = error instanceof Error ? error.message : String(error)
      throw new Error(`${file}: generateId failed: ${reason}`, { cause: error })
    }
    if (typeof id !== 'string' || id === '') {
      throw invalidArgument('generateId', id, 'a function that returns a non-empty string')
    }
    if (!claim(id, entry)) return waitFor(id, entry)
    const data = await context.parseData({ id, data: article, filePath: path })
    const stored: StoredEntry = { id, data, filePath: file, digest }
    if (settings.html !== false)
      stored.rendered = { html: renderValidatedHtml(article, settings.html) }
    store.set(stored)
    const logs = diagnostics.map((d) => toLogLine(d, file))
    writeLogLines(logger, logs)
    records.set(entry, { id, digest, logs })
    return id
  }

  function taken(file: string, id: string): LogLine {
    const owner = owners.get(id)
    const by = owner === undefined ? '' : ` by ${fileOf(owner)}`
    return {
      severity: 'warning',
      text: `${file}: left out: its id "${id}" is taken${by} (generateId can name both)`,
    }
  }

  async function promote(): Promise<void> {
    while (freed.length > 0) {
      const id = freed.shift() as string
      if (owners.has(id)) continue
      const [next] = [...(waiting.get(id) ?? [])].sort()
      if (next === undefined) continue
      waiting.get(id)?.delete(next)
      await sync(next)
    }
  }

  return {
    sync,
    remove: forget,
    promote,
    ids: () => new Set(owners.keys()),
    keepOnly(entries) {
      for (const entry of [...records.keys()]) if (!entries.has(entry)) records.delete(entry)
    },
    save() {
      const sorted = [...records].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      context.meta.set(fileIndexKey, JSON.stringify(sorted))
    },
    fileOf,
  }
}

// The index was written by this loader, perhaps by another version: anything that is
// not a list of [entry, record] pairs reads as no index, and every file is read again.
function readRecords(text: string | undefined): Map<string, FileRecord> {
  if (text === undefined) return new Map()
  try {
    const pairs: unknown = JSON.parse(text)
    if (!Array.isArray(pairs)) return new Map()
    return new Map(pairs.filter(isRecordPair))
  } catch {
    return new Map()
  }
}

function isRecordPair(pair: unknown): pair is [string, FileRecord] {
  if (!Array.isArray(pair) || typeof pair[0] !== 'string') return false
  const record = pair[1] as Partial<FileRecord> | null
  return (
    typeof record === 'object' &&
    record !== null &&
    typeof record.id === 'string' &&
    typeof record.digest === 'string' &&
    Array.isArray(record.logs) &&
    record.logs.every(
      (line: Partial<LogLine> | null) =>
        typeof line?.text === 'string' && Object.hasOwn(logLevels, line.severity ?? ''),
    )
  )
}
