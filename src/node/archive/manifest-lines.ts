import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'

/** A record's parts as its lines gave them, before they are checked. */
export interface RecordLines {
  /** The first line's fields: version and generator. */
  head: Record<string, unknown>
  pages: unknown[]
  orphans: unknown[]
  /** The SHA-256 of the file's bytes. */
  sha256: string
}

/**
 * Bytes read from the record at a time: its lines' text and their parse are made and
 * dropped in V8's young generation (a chunk of a MB would go to its large-object space).
 */
const chunkBytes = 1 << 16

/** The line between the pages and the orphans (version 2), and the last line. */
const orphansLine = '],"orphans":['
const lastLine = ']}'

/**
 * Read a record laid out as shardText writes it, or as version 2 was (its head on the
 * first line, then a page a line, then, in version 2, an orphan a line) a chunk at a time, parsing each line on its own: a
 * record of 100,000 pages is never one string, so reading it costs little more memory
 * than the records it holds.
 *
 * @param file - the record's path.
 * @returns its parts, or `undefined` when it is not laid out that way (written by hand,
 *   by another tool, or another version: it is then read whole).
 */
export async function readRecordLines(file: string): Promise<RecordLines | undefined> {
  const handle = await open(file, 'r')
  const hash = createHash('sha256')
  const parts: { head?: Record<string, unknown>; list?: unknown[] } = {}
  const pages: unknown[] = []
  const orphans: unknown[] = []
  let ended = false
  let group: string[] = []
  // The records of consecutive lines, parsed as one list: one JSON.parse per chunk.
  const flush = (): boolean => {
    if (group.length === 0) return true
    const last = group.length - 1
    const line = group[last] as string
    if (line.endsWith(',')) group[last] = line.slice(0, -1)
    const items = parseJsonOrUndefined(`[${group.join('\n')}]`)
    group = []
    if (!Array.isArray(items)) return false
    for (const item of items) parts.list?.push(item)
    return true
  }
  // One line: the head, a record, the line between the lists, or the end.
  const take = (line: string): boolean => {
    if (ended) return line === ''
    if (parts.head === undefined) {
      if (!line.endsWith('"pages":[')) return false
      const head = parseJsonOrUndefined(`${line}]}`)
      if (typeof head !== 'object' || head === null) return false
      parts.head = head as Record<string, unknown>
      parts.list = pages
      return true
    }
    if (line === orphansLine && parts.list === pages) {
      const flushed = flush()
      parts.list = orphans
      return flushed
    }
    // A shard has no orphans: its pages are its last list.
    if (line === lastLine && (parts.list === orphans || parts.list === pages)) {
      ended = true
      return flush()
    }
    group.push(line)
    return true
  }
  try {
    const buffer = Buffer.allocUnsafe(chunkBytes)
    let rest = Buffer.alloc(0)
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, chunkBytes)
      if (bytesRead === 0) break
      const chunk = buffer.subarray(0, bytesRead)
      hash.update(chunk)
      const bytes = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk
      // The whole lines of the chunk are decoded at once (a line never splits a character).
      const end = bytes.lastIndexOf(10) + 1
      const lines = bytes.toString('utf8', 0, end).split('\n')
      lines.pop()
      for (const line of lines) if (!take(line)) return undefined
      if (!flush()) return undefined
      rest = Buffer.from(bytes.subarray(end))
    }
    if (rest.length > 0 && !take(rest.toString('utf8'))) return undefined
  } finally {
    await handle.close()
  }
  if (!ended || parts.head === undefined) return undefined
  return { head: parts.head, pages, orphans, sha256: hash.digest('hex') }
}

/**
 * Parse JSON text, or give `undefined` when it is not JSON.
 *
 * @param text - the text.
 * @returns the value it holds, or `undefined`.
 */
export function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
