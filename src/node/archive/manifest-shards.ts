import { lstat, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { codeOf } from '../system-error.js'
import { ArchiveError } from './archive-error.js'
import { checkRecords, isUsualPage } from './check-manifest.js'
import { manifestFolder, manifestVersion, PageRecord, sha256 } from './manifest.js'
import { parseJsonOrUndefined, type RecordLines, readRecordLines } from './manifest-lines.js'

/** The folder, inside the record's folder, that holds a shard per input folder. */
export const shardFolder = 'pages'

/** A shard's file name: 16 hex digits and `.json`. */
const shardPattern = /^[0-9a-f]{16}\.json$/

/**
 * The file name of an input folder's shard: the first 16 hex digits of the SHA-256 of
 * its path, so it is short, the same on every run and safe for any folder name (Unicode,
 * names differing only in case, long paths); the shard holds the path, checked on reading.
 *
 * @param folder - the input folder, relative, with `/` (`''`: the input folder).
 * @returns the name, such as `e3b0c44298fc1c14.json`.
 * @example
 *   shardName('') //=> 'e3b0c44298fc1c14.json'
 */
export function shardName(folder: string): string {
  return `${sha256(folder).slice(0, 16)}.json`
}

/**
 * The input folder that holds a page, as its record gives it.
 *
 * @param input - the page's input, relative, with `/`.
 * @returns its folder, with `/` (`''`: the input folder).
 * @example
 *   folderOf('en/2014/a.txt') //=> 'en/2014'
 */
export function folderOf(input: string): string {
  const slash = input.lastIndexOf('/')
  return slash === -1 ? '' : input.slice(0, slash)
}

/**
 * The path of a shard, relative to the output folder, with `/`, as events name it.
 *
 * @param name - the shard's file name.
 * @returns such as `.news-model/pages/e3b0c44298fc1c14.json`.
 */
export function shardPath(name: string): string {
  return `${manifestFolder}/${shardFolder}/${name}`
}

/**
 * List the shards of an output folder's record, never through a symlink.
 *
 * @param out - the output folder's real path.
 * @returns the shards' file names (other files there are not news-model's shards).
 * @throws the file system's error (`ELOOP` for a symlink) when the folder cannot be listed.
 */
export async function listShards(out: string): Promise<Set<string>> {
  const folder = join(out, manifestFolder, shardFolder)
  for (const path of [join(out, manifestFolder), folder]) {
    const info = await lstat(path).catch((error: unknown) => {
      if (codeOf(error) === 'ENOENT') return undefined
      throw error
    })
    if (info === undefined) return new Set()
    if (info.isSymbolicLink()) throw Object.assign(new Error(path), { code: 'ELOOP' })
  }
  return new Set((await readdir(folder)).filter((name) => shardPattern.test(name)).sort())
}

/** A shard as read: its folder and pages; `replaced` when it could not be read and `force` set it aside. */
export interface ShardRecords {
  folder: string
  pages: PageRecord[]
  replaced: boolean
}

/**
 * Read the shard of a folder (see shardName), checked as the record of version 2 was:
 * record by record, with where the first wrong value is. A missing shard gives no pages.
 *
 * @param out - the output folder's real path.
 * @param folder - the input folder, relative, with `/`; `undefined` to read the shard
 *   named `name` whatever folder it holds.
 * @param name - the shard's file name (default: `shardName(folder)`).
 * @param force - a shard that cannot be read then gives no pages, and `replaced`.
 * @returns its folder and pages.
 * @throws {ArchiveError} `manifest-unreadable` with the shard's path and what is wrong,
 *   when it cannot be read, is a symlink, or holds another folder (unless `force`).
 */
export async function readShard(
  out: string,
  folder: string | undefined,
  name: string,
  force: boolean,
): Promise<ShardRecords> {
  const file = join(out, manifestFolder, shardFolder, name)
  const fail = (reason: string): ShardRecords => {
    if (force) return { folder: folder ?? '', pages: [], replaced: true }
    throw new ArchiveError('manifest-unreadable', file, reason)
  }
  let lines: Pick<RecordLines, 'head' | 'pages'> | undefined
  try {
    // A shard reached through a symlink could vouch for files it never saw.
    if ((await lstat(file)).isSymbolicLink()) {
      throw Object.assign(new Error(file), { code: 'ELOOP' })
    }
    // Laid out otherwise (written by hand, by another tool): read whole.
    lines = (await readRecordLines(file)) ?? wholeShard(await readFile(file, 'utf8'))
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return { folder: folder ?? '', pages: [], replaced: false }
    return fail(codeOf(error))
  }
  if (lines === undefined || lines.head.version !== manifestVersion) {
    return fail('not a news-model manifest')
  }
  const held = lines.head.folder
  if (typeof held !== 'string' || shardName(held) !== name || (folder ?? held) !== held) {
    return fail(`folder: expected ${JSON.stringify(folder ?? 'the folder its name is made from')}`)
  }
  const pages = checkRecords(lines.pages, 'pages', PageRecord, isUsualPage)
  if (!Array.isArray(pages)) return fail(`${pages.path}: ${pages.expected}`)
  for (const [index, page] of pages.entries()) {
    if (folderOf(page.input) !== held) {
      return fail(`pages[${index}].input: expected a file of ${JSON.stringify(held)}`)
    }
  }
  return { folder: held, pages, replaced: false }
}

/** A shard's parts from its whole text, or `undefined` when it is not one. */
function wholeShard(text: string): Pick<RecordLines, 'head' | 'pages'> | undefined {
  const data = parseJsonOrUndefined(text)
  if (typeof data !== 'object' || data === null) return undefined
  const { pages, ...head } = data as Record<string, unknown>
  return Array.isArray(pages) ? { head, pages } : undefined
}
