import type { ArchiveSummary } from './events.js'
import type { ManifestState, OrphanRecord } from './manifest.js'
import type { ArchiveSettings } from './options.js'
import type { PagePool } from './page-pool.js'

/** The state of one run of convertArchive, shared by its stages. */
export interface ArchiveRun {
  /** The folders as given, and their real paths. */
  input: string
  output: string
  inputReal: string
  outReal: string
  settings: ArchiveSettings
  /** The hash of the page settings (see settingsHash). */
  settingsHash: string
  /** The library version recorded with each page. */
  version: string
  /** The record read at the start, brought up to date as pages finish. */
  manifest: ManifestState
  /** The outputs news-model wrote, by path, with the hash of what it wrote. */
  owned: Map<string, string>
  /** The output names claimed so far (see claimOutputName). */
  claimed: Set<string>
  /** The inputs recorded that the walk has not found (yet): at its end, those gone. */
  unseen: Set<string>
  /** Outputs recorded for pages that no longer write them: orphans at the end. */
  stale: OrphanRecord[]
  pool: PagePool
  summary: ArchiveSummary
}
