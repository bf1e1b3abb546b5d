import type { ArchiveSummary } from './events.js'
import type { OrphanRecord, PageRecord } from './manifest.js'
import type { ArchiveSettings } from './options.js'
import type { PagePool } from './page-pool.js'

/**
 * The record of one input folder while the walk is in it: its pages, the outputs they
 * own, the names claimed in it, and its recorded pages the walk has not found (yet).
 */
export interface FolderState {
  /** The folder, relative to the input folder, with `/` (`''`: the input folder). */
  path: string
  /** Its claim key (see claimKey): folders whose paths differ only in case share one. */
  key: string
  /** Its pages' records by input path, brought up to date as pages finish. */
  pages: Map<string, PageRecord>
  /**
   * The outputs news-model wrote for its pages, by path, with the hash of what it wrote:
   * made from `loaded` when a page of the folder is first written (most folders of a
   * second run write nothing).
   */
  owned: Map<string, string> | undefined
  /** Its pages' records as read from its shard. */
  loaded: ReadonlyArray<PageRecord>
  /** The output names claimed in it so far, shared with the open folders of its key. */
  claimed: Set<string>
  /** Its recorded inputs the walk has not found: at the folder's end, those gone. */
  unseen: Set<string>
  /** Pages whose record changed since its shard was last saved. */
  since: number
  /** Whether its records differ from its shard on disk. */
  dirty: boolean
}

/**
 * Where the records of folders not entered yet are: shards on disk (by name), or, when
 * a record of version 2 or 1 could not be written as shards, every page in memory.
 */
export type RecordSource =
  | { kind: 'shards'; names: Set<string> }
  | { kind: 'whole'; byFolder: Map<string, PageRecord[]> }

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
  /** The records of the folders the walk has not entered. */
  source: RecordSource
  /** The folders the walk is in (or whose pages are under way), by path. */
  folders: Map<string, FolderState>
  /** The folder paths entered so far, by claim key: one entry a folder, not a page. */
  keys: Map<string, string[]>
  /** The outputs whose page has gone, as the record's head holds them. */
  orphans: OrphanRecord[]
  /** The SHA-256 of the head's text as read or last written (`undefined`: none). */
  headSha256: string | undefined
  /** The orphans' outputs by path, with the hash news-model wrote. */
  orphanOwned: Map<string, string>
  /** Orphan candidates by the claim key of their output's folder, decided at the end. */
  candidates: Map<string, OrphanRecord[]>
  pool: PagePool
  summary: ArchiveSummary
}
