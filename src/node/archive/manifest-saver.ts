import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { codeOf } from '../system-error.js'
import { version } from '../version.js'
import { manifestLocation, manifestText } from './manifest.js'
import type { ArchiveRun } from './run-state.js'
import { makeFolderInside, writeAtomically } from './write-output.js'

/**
 * How many pages a run finishes between saves of its manifest: at least this many, and
 * at least a quarter of those recorded, so a run killed outright (SIGKILL, a power cut)
 * leaves most of what it wrote recorded while the saves of a large archive stay few; a
 * stopped run and a finished one save it at their end.
 */
export const recordEvery = 100

const generator = `news-model ${version}`

/**
 * Saves the manifest now and then during a run, when pages have changed it; and at the
 * end. A save during the run writes at once (pages changed it); the one at the end
 * writes at once when pages changed since the last save, else only when the text
 * differs from the one on disk (their hashes differ), so a run where nothing changed
 * writes nothing. It is written part by part, never held whole.
 */
export function manifestSaver(run: ArchiveRun) {
  let since = 0
  let saved = run.manifest.sha256
  const write = () => {
    since = 0
    saved = saveManifest(run) ?? saved
  }
  return {
    /** Save the manifest if its text changed. */
    async save() {
      // Pages changed since the last save: the text differs, no need to hash it first.
      if (since > 0) return write()
      const hash = createHash('sha256')
      for (const part of manifestText(run.manifest, generator)) hash.update(part)
      if (hash.digest('hex') !== saved) write()
    },
    /** Count a page whose record changed, and save every so often. */
    async changed() {
      since++
      if (since >= Math.max(recordEvery, run.manifest.pages.size / 4)) write()
    },
  }
}

/** Write the manifest, and give the SHA-256 of its text (`undefined`: it failed, and said so). */
function saveManifest(run: ArchiveRun): string | undefined {
  const [folder, file] = manifestLocation
  const path = join(run.outReal, folder, file)
  const hash = createHash('sha256')
  try {
    makeFolderInside(run.outReal, folder)
    const encoder = new TextEncoder()
    const parts = function* () {
      for (const part of manifestText(run.manifest, generator)) {
        hash.update(part)
        yield encoder.encode(part)
      }
    }
    writeAtomically(path, parts(), { replace: true })
    return hash.digest('hex')
  } catch (error) {
    run.summary.writeFailures++
    run.settings.onEvent({ type: 'write-failed', path: `${folder}/${file}`, code: codeOf(error) })
    return undefined
  }
}
