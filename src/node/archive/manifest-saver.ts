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
 * Saves the manifest now and then during a run, when pages have changed it, one save at
 * a time; and at the end. A manifest is written only when its text differs from the one
 * on disk (their hashes differ), so a run where nothing changed writes nothing; it is
 * written part by part, never held whole.
 */
export function manifestSaver(run: ArchiveRun) {
  let since = 0
  let saving: Promise<void> | undefined
  let saved = run.manifest.sha256
  const save = async () => {
    await saving
    since = 0
    const hash = createHash('sha256')
    for (const part of manifestText(run.manifest, generator)) hash.update(part)
    const digest = hash.digest('hex')
    if (digest === saved) return
    saving = saveManifest(run)
    await saving
    saved = digest
    saving = undefined
  }
  return {
    save,
    /** Count a page whose record changed, and save every so often. */
    async changed() {
      since++
      if (since >= Math.max(recordEvery, run.manifest.pages.size / 4) && saving === undefined) {
        await save()
      }
    },
  }
}

async function saveManifest(run: ArchiveRun): Promise<void> {
  const [folder, file] = manifestLocation
  const path = join(run.outReal, folder, file)
  try {
    makeFolderInside(run.outReal, folder)
    const encoder = new TextEncoder()
    const parts = function* () {
      for (const part of manifestText(run.manifest, generator)) yield encoder.encode(part)
    }
    writeAtomically(path, parts(), { replace: true })
  } catch (error) {
    run.summary.writeFailures++
    run.settings.onEvent({ type: 'write-failed', path: `${folder}/${file}`, code: codeOf(error) })
  }
}
