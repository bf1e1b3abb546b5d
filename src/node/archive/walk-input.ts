import type { Dirent } from 'node:fs'
import { lstat, readdir, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { formatOfExtension } from '../formats.js'
import { codeOf } from '../system-error.js'
import type { SkipReason } from './events.js'
import { isInside } from './inside.js'
import { manifestFolder, manifestLocation } from './manifest.js'

/** What walking the input found: a file to convert, or one passed over and why. */
export type InputEntry =
  | {
      kind: 'file'
      /** Its path relative to the input folder. */
      relative: string
      /** The real path to read (a symlink's target inside the input). */
      path: string
    }
  | { kind: 'skip'; relative: string; reason: SkipReason; code?: string }
  /** The walk enters a folder (`''`: the input folder): its entries follow. */
  | { kind: 'enter'; relative: string }
  /** The walk leaves a folder: every entry under it came before. */
  | { kind: 'leave'; relative: string }

/**
 * Walk an input folder, depth first in name order, for the files convert reads; the
 * entries come in groups (the files of a folder between two of its subfolders), so a
 * folder of thousands of files costs one step of the walk, not one per file. Each folder
 * walked (the input folder first, as `''`) is entered before its entries and left after
 * the last entry under it, so a run holds the state of the folders it is in, not of all.
 *
 * - A symlink is followed only when it leads to a file inside the input folder; one that
 *   leads out, to a folder (so no walk can loop), or nowhere is skipped with its reason.
 * - The output folder, any folder holding a record of convert's outputs, and the
 *   record's own folder are never read.
 * - A folder that cannot be read is reported as a skip, and the walk goes on.
 *
 * @param root - the input folder's real path.
 * @param out - the output folder's real path.
 * @returns the entries, in order, group by group.
 */
export async function* walkInput(root: string, out: string): AsyncGenerator<InputEntry[]> {
  yield* walkFolder(root, '', out)
}

async function* walkFolder(
  root: string,
  folder: string,
  out: string,
): AsyncGenerator<InputEntry[]> {
  let entries: Dirent[]
  try {
    entries = await readdir(join(root, folder), { withFileTypes: true })
  } catch (error) {
    yield [
      { kind: 'enter', relative: folder },
      { kind: 'skip', relative: folder, reason: 'unreadable', code: codeOf(error) },
      { kind: 'leave', relative: folder },
    ]
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  let group: InputEntry[] = [{ kind: 'enter', relative: folder }]
  for (const entry of entries) {
    const relative = folder === '' ? entry.name : join(folder, entry.name)
    const path = join(root, relative)
    if (entry.isDirectory()) {
      if (path === out || entry.name === manifestFolder || (await holdsManifest(path))) {
        group.push({ kind: 'skip', relative, reason: 'own-output' })
      } else {
        if (group.length > 0) yield group
        group = []
        yield* walkFolder(root, relative, out)
      }
    } else if (entry.isSymbolicLink()) {
      group.push(await followLink(root, relative, path, out))
    } else if (!entry.isFile()) {
      group.push({ kind: 'skip', relative, reason: 'special-file' })
    } else {
      group.push(fileEntry(relative, path))
    }
  }
  group.push({ kind: 'leave', relative: folder })
  yield group
}

async function followLink(
  root: string,
  relative: string,
  path: string,
  out: string,
): Promise<InputEntry> {
  let target: string
  try {
    target = await realpath(path)
  } catch {
    return { kind: 'skip', relative, reason: 'broken-symlink' }
  }
  if (!isInside(target, root)) return { kind: 'skip', relative, reason: 'symlink-outside' }
  if (isInside(target, out)) return { kind: 'skip', relative, reason: 'own-output' }
  const info = await stat(target).catch(() => undefined)
  if (info === undefined) return { kind: 'skip', relative, reason: 'broken-symlink' }
  if (info.isDirectory()) return { kind: 'skip', relative, reason: 'symlink-folder' }
  if (!info.isFile()) return { kind: 'skip', relative, reason: 'special-file' }
  return fileEntry(relative, target)
}

function fileEntry(relative: string, path: string): InputEntry {
  return formatOfExtension(relative) === undefined
    ? { kind: 'skip', relative, reason: 'unknown-extension' }
    : { kind: 'file', relative, path }
}

async function holdsManifest(folder: string): Promise<boolean> {
  return (await lstat(join(folder, ...manifestLocation)).catch(() => undefined)) !== undefined
}
