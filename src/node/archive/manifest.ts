import { createHash } from 'node:crypto'
import { lstat, readFile } from 'node:fs/promises'
import { join, sep } from 'node:path'
import * as z from 'zod'
import { diagnosticShape } from '../report/check-report.js'
import { codeOf } from '../system-error.js'
import { ArchiveError } from './archive-error.js'
import { checkRecords, isUsualOrphan, isUsualPage, type RecordProblem } from './check-manifest.js'
import { parseJsonOrUndefined, readRecordLines } from './manifest-lines.js'

/** The folder, inside the output folder, that holds convert's record of what it wrote. */
export const manifestFolder = '.news-model'

/** Where the record lies inside the output folder. */
export const manifestLocation = [manifestFolder, 'manifest.json'] as const

/**
 * The record's format version: 3 keeps each input folder's pages in a file of their own
 * (see manifestShard); 2 kept every page in `manifest.json` and 1 each output with its
 * input: both are read, and replaced by version 3 on the first run.
 */
export const manifestVersion = 3

/** The version of a record that holds every page in `manifest.json`, read and upgraded. */
const wholeVersion = 2

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/)

/** One file convert wrote. Paths are relative, with `/` between folders. */
export const OutputRecord = z
  .object({
    /** The output's path, relative to the output folder. */
    path: z.string().min(1),
    /** The SHA-256 of the bytes written, in hex. */
    sha256: sha256Hex,
  })
  .loose()

/** One file convert wrote. */
export type OutputRecord = z.infer<typeof OutputRecord>

/**
 * A page no article could be read from: the SHA-256 of its input, how it was read and
 * its errors and warnings with their source lines, so a run that finds it unchanged
 * reports it again without reading it.
 */
export const FailedRecord = z
  .object({
    /** The SHA-256 of the input's bytes when it was read. */
    sha256: sha256Hex,
    /** Why it failed: no valid article could be read. */
    reason: z.literal('no-article'),
    /** How it was read, when it was decoded. */
    reading: z
      .looseObject({
        encoding: z.string(),
        encodingBy: z.string(),
        format: z.enum(['text', 'markdown', 'json']),
        formatReason: z.string(),
      })
      .optional(),
    /** The errors and warnings of decoding it, then of parsing it (infos are left out). */
    decodeDiagnostics: z.array(diagnosticShape),
    diagnostics: z.array(diagnosticShape),
  })
  .loose()

/** A page no article could be read from. */
export type FailedRecord = z.infer<typeof FailedRecord>

/** One page convert wrote, and what its outputs were made from. */
export const PageRecord = z
  .object({
    /** The input, relative to the input folder. */
    input: z.string().min(1),
    /** The SHA-256 of the input's bytes (absent in a record of version 1). */
    sha256: sha256Hex.optional(),
    /** The input's size and modification time when it was read: a match means unchanged. */
    size: z.number().int().nonnegative().optional(),
    mtimeMs: z.number().nonnegative().optional(),
    /** The hash of the settings it was converted with (a SHA-256 of the formats, reading options, profile and HTML options). */
    settings: z.string().optional(),
    /** The library version that converted it. */
    version: z.string().optional(),
    /** The files written for it (for a failed page: those of an earlier run, if any). */
    outputs: z.array(OutputRecord),
    /**
     * Set when no article could be read from it with these settings (`sha256` is then
     * absent, so a reader of version 2 that does not know this field reads it again).
     */
    failed: FailedRecord.optional(),
  })
  .loose()

/** One page convert wrote. */
export type PageRecord = z.infer<typeof PageRecord>

/** An output convert wrote whose page has gone, or no longer writes it. */
export const OrphanRecord = OutputRecord.extend({ input: z.string().min(1) })

/** An output whose page has gone. */
export type OrphanRecord = z.infer<typeof OrphanRecord>

/**
 * The head of convert's record of an output folder (`.news-model/manifest.json`),
 * version 3: the program that wrote it and the outputs whose page has gone. The pages
 * themselves are kept by input folder, each folder's in a shard (see
 * {@link ManifestShard}): each page with the hash of its input, its settings and the
 * library version, and the hash of each output written, or for a page no article could
 * be read from, the hash of its input and its errors (`failed`). A file there is
 * replaced only when the record lists it with the hash of its present content.
 */
export const Manifest = z
  .object({
    version: z.literal(manifestVersion),
    /** The program and version that wrote the record, such as `news-model 0.1.0`. */
    generator: z.string(),
    orphans: z.array(OrphanRecord).default([]),
  })
  .loose()

/** The head of convert's record of an output folder. */
export type Manifest = z.infer<typeof Manifest>

/**
 * The record of the pages of one input folder (its own files, not its subfolders'), in
 * `.news-model/pages/` under a name made from the folder's path (see shardName).
 */
export const ManifestShard = z
  .object({
    version: z.literal(manifestVersion),
    /** The input folder, relative to the input folder, with `/` (`''`: the input folder). */
    folder: z.string(),
    pages: z.array(PageRecord),
  })
  .loose()

/** The record of the pages of one input folder. */
export type ManifestShard = z.infer<typeof ManifestShard>

/** The record of version 1: each output with its input and hash. */
const ManifestV1 = z
  .object({
    version: z.literal(1),
    generator: z.string(),
    outputs: z.array(OutputRecord.extend({ input: z.string().min(1) })),
  })
  .loose()

/** A record as read: pages by input path, and orphaned outputs. */
export interface ManifestState {
  /** The pages (none for a record of version 3, whose pages are in its shards). */
  pages: Map<string, PageRecord>
  orphans: OrphanRecord[]
  /** The SHA-256 of the record's text as read (`undefined`: there was none). */
  sha256?: string | undefined
  /** Whether it is a record of version 3, whose pages are in its shards. */
  sharded?: boolean
}

/**
 * The SHA-256 of some bytes, in hex.
 *
 * @param bytes - the bytes.
 * @returns 64 hex digits.
 */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * A relative path with `/` between its folders, as the record writes them.
 *
 * @param relative - a path in the platform's form.
 * @returns the same path with `/`.
 */
export function recordedPath(relative: string): string {
  return sep === '/' ? relative : relative.split(sep).join('/')
}

/**
 * Read the record of an output folder: the head of version 3 (its pages are read folder
 * by folder, see readShard), or the whole record of version 2 or 1 (whose pages then have
 * no input hash, so each is converted once more). A folder with no record gives an empty one.
 *
 * @param out - the output folder's real path.
 * @param force - a record that cannot be read is then replaced.
 * @returns the pages by input path, and the orphaned outputs.
 * @throws {ArchiveError} when a file in the record's place is not a record (unless `force`).
 */
export async function readManifest(out: string, force: boolean): Promise<ManifestState> {
  const file = join(out, ...manifestLocation)
  const empty = (): ManifestState => ({ pages: new Map(), orphans: [] })
  let data: unknown
  let hash: string | undefined
  try {
    // A record reached through a symlink could vouch for files it never saw.
    for (const path of [join(out, manifestFolder), file]) {
      if ((await lstat(path)).isSymbolicLink())
        throw Object.assign(new Error(path), { code: 'ELOOP' })
    }
    const lines = await readRecordLines(file)
    if (lines?.head.version === wholeVersion) {
      data = { ...lines.head, pages: lines.pages, orphans: lines.orphans }
      hash = lines.sha256
    } else {
      // Laid out otherwise, or of version 1: read whole.
      const text = await readFile(file, 'utf8')
      data = parseJsonOrUndefined(text)
      hash = sha256(text)
    }
  } catch (error) {
    if (codeOf(error) === 'ENOENT' || force) return empty()
    throw new ArchiveError('manifest-unreadable', file, codeOf(error))
  }
  const current = checkManifest(data)
  if (current !== undefined) {
    if ('path' in current) {
      if (force) return empty()
      const { path, expected } = current
      throw new ArchiveError('manifest-unreadable', file, `${path}: ${expected}`)
    }
    return { ...current, sha256: hash }
  }
  const old = ManifestV1.safeParse(data)
  if (old.success) {
    const pages = new Map<string, PageRecord>()
    for (const { path, input, sha256 } of old.data.outputs) {
      const page = pages.get(input) ?? { input, outputs: [] }
      page.outputs.push({ path, sha256 })
      pages.set(input, page)
    }
    return { pages, orphans: [] }
  }
  if (force) return empty()
  throw new ArchiveError('manifest-unreadable', file, 'not a news-model manifest')
}

/**
 * Check a record of version 3 (its head) or 2 as JSON.parse gave it: quickly, record by
 * record (see checkRecords), so that the record of 100,000 pages is read in a fraction of
 * the time its zod schema takes, and kept as it was read.
 *
 * @param data - the parsed JSON.
 * @returns the pages by input path and the orphans; where the first wrong value is,
 *   and what was expected; `undefined` when it is not a record of version 3 or 2.
 */
function checkManifest(data: unknown): Omit<ManifestState, 'sha256'> | RecordProblem | undefined {
  if (typeof data !== 'object' || data === null) return undefined
  const record = data as Record<string, unknown>
  const sharded = record.version === manifestVersion
  if (!sharded && record.version !== wholeVersion) return undefined
  if (typeof record.generator !== 'string') return { path: 'generator', expected: 'a string' }
  const pages = sharded ? [] : checkRecords(record.pages, 'pages', PageRecord, isUsualPage)
  if (!Array.isArray(pages)) return pages
  const orphans = checkRecords(record.orphans ?? [], 'orphans', OrphanRecord, isUsualOrphan)
  if (!Array.isArray(orphans)) return orphans
  const byInput = new Map<string, PageRecord>()
  for (const page of pages) byInput.set(page.input, page)
  return { pages: byInput, orphans, sharded }
}

/**
 * The text of a record's head (version 3): version, generator and the orphans sorted by
 * output path, one a line, so the same run writes the same bytes.
 *
 * @param orphans - the outputs whose page has gone.
 * @param generator - the program and version, such as `news-model 0.1.0`.
 * @returns the JSON text, part by part.
 */
export function* headText(
  orphans: ReadonlyArray<OrphanRecord>,
  generator: string,
): Generator<string> {
  const sorted = [...orphans].sort(byKey((orphan) => orphan.path))
  yield `{"version":${manifestVersion},"generator":${JSON.stringify(generator)},"orphans":[\n`
  yield* lines(sorted)
  yield ']}\n'
}

/**
 * The text of a folder's shard, in parts of a few hundred lines (the shard of a folder
 * of 100,000 pages is never one string): version, folder, then the pages sorted by
 * input, one a line, so the same run writes the same bytes and a diff shows each page.
 *
 * @param folder - the input folder, relative, with `/` (`''`: the input folder itself).
 * @param pages - its pages.
 * @returns the JSON text, part by part.
 */
export function* shardText(folder: string, pages: Iterable<PageRecord>): Generator<string> {
  const sorted = [...pages].sort(byKey((page) => page.input))
  yield `{"version":${manifestVersion},"folder":${JSON.stringify(folder)},"pages":[\n`
  yield* lines(sorted)
  yield ']}\n'
}

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0

/**
 * Lines per part of a record's text: a part of about 70 KB is made and dropped in V8's
 * young generation, where a larger one would go to its large-object space and stay until
 * a full collection.
 */
const linesPerPart = 200

function* lines(items: ReadonlyArray<unknown>): Generator<string> {
  for (let start = 0; start < items.length; start += linesPerPart) {
    const part = items.slice(start, start + linesPerPart).map((item) => JSON.stringify(item))
    const last = start + linesPerPart >= items.length
    yield `${part.join(',\n')}${last ? '\n' : ',\n'}`
  }
}
