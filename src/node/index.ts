export {
  ArchiveError,
  type ArchiveErrorCode,
  archiveErrorMessages,
} from './archive/archive-error.js'
export type {
  ArchiveEvent,
  ArchiveSummary,
  FailReason,
  KeepReason,
  PageReading,
  SkipReason,
} from './archive/events.js'
export { skipReasonIds } from './archive/events.js'
export { convertArchive, pagesInFlightPerJob } from './archive/index.js'
export {
  type FailedRecord,
  type Manifest,
  type ManifestShard,
  manifestFolder,
  manifestLocation,
  manifestVersion,
  type OrphanRecord,
  type OutputRecord,
  type PageRecord,
} from './archive/manifest.js'
export { recordEvery } from './archive/manifest-saver.js'
export { archiveOptionNames, type ConvertArchiveOptions, maxJobs } from './archive/options.js'
export * from './report/index.js'
