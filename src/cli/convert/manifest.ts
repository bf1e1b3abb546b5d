import { createHash } from 'node:crypto'
import { lstat, readFile } from 'node:fs/promises'
import { join, sep } from 'node:path'
import { z } from 'zod'
import { CliError } from '../io.js'
import { cliMessages } from '../messages.js'
import { codeOf } from '../system-error.js'
import { version } from '../version.js'

/** The folder, inside the output folder, that holds convert's record of what it wrote. */
export const manifestFolder = '.news-model'

/** Where the record lies inside the output folder. */
export const manifestLocation = [manifestFolder, 'manifest.json'] as const

/**
 * How many files a run converts between saves of its record, so a run killed outright
 * (SIGKILL, a power cut) leaves most of what it wrote recorded; a stopped run and a
 * finished one save it at their end.
 */
export const recordEvery = 100

/** The record's format version; a later one (input hashes, options) raises it. */
export const manifestVersion = 1

/** One file convert wrote. Paths are relative, with `/` between folders. */
export const ManifestEntry = z
  .object({
    /** The output's path, relative to the output folder. */
    path: z.string().min(1),
    /** The input it was made from, relative to the input folder. */
    input: z.string().min(1),
    /** The SHA-256 of the bytes written, in hex. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .loose()

/** One file convert wrote. */
export type ManifestEntry = z.infer<typeof ManifestEntry>

/**
 * Convert's record of the files it wrote in an output folder
 * (`.news-model/manifest.json`): a file there is replaced only when the record lists it
 * with the hash of its present content.
 */
export const Manifest = z
  .object({
    version: z.literal(manifestVersion),
    /** The program and version that wrote the record, such as `news-model 0.1.0`. */
    generator: z.string(),
    outputs: z.array(ManifestEntry),
  })
  .loose()

/** Convert's record of the files it wrote. */
export type Manifest = z.infer<typeof Manifest>

/**
 * The SHA-256 of some bytes, in hex.
 *
 * @param bytes - the bytes.
 * @returns 64 hex digits.
 */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * A relative path with `/` between its folders, as the record writes them.
 *
 * @param relative - a path in the platform's form.
 * @returns the same path with `/`.
 */
export function recordedPath(relative: string): string {
  return relative.split(sep).join('/')
}

/**
 * Read the record of an output folder, by output path. A folder with no record gives
 * an empty one.
 *
 * @param out - the output folder's real path.
 * @param force - `--force`: a record that cannot be read is then replaced.
 * @returns the outputs recorded, by their path.
 * @throws {CliError} when a file in the record's place is not a record (unless `force`).
 */
export async function readManifest(
  out: string,
  force: boolean,
): Promise<Map<string, ManifestEntry>> {
  const file = join(out, ...manifestLocation)
  let text: string
  try {
    // A record reached through a symlink could vouch for files it never saw.
    for (const path of [join(out, manifestFolder), file]) {
      if ((await lstat(path)).isSymbolicLink())
        throw Object.assign(new Error(path), { code: 'ELOOP' })
    }
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (codeOf(error) === 'ENOENT' || force) return new Map()
    throw new CliError(cliMessages.manifestUnreadable(file, codeOf(error)))
  }
  let parsed: ReturnType<typeof Manifest.safeParse>
  try {
    parsed = Manifest.safeParse(JSON.parse(text))
  } catch {
    parsed = Manifest.safeParse(undefined)
  }
  if (!parsed.success) {
    if (force) return new Map()
    throw new CliError(cliMessages.manifestUnreadable(file, 'not a news-model manifest'))
  }
  return new Map(parsed.data.outputs.map((entry) => [entry.path, entry]))
}

/**
 * The text of a record: version, generator, and the outputs sorted by path.
 *
 * @param outputs - the outputs, by path.
 * @returns the JSON text.
 */
export function manifestText(outputs: ReadonlyMap<string, ManifestEntry>): string {
  const manifest: Manifest = {
    version: manifestVersion,
    generator: `news-model ${version}`,
    outputs: [...outputs.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  }
  return `${JSON.stringify(manifest, null, 2)}\n`
}
