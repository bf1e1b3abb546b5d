/** What stops {@link convertArchive} before it reads a page. */
export type ArchiveErrorCode =
  /** The input folder does not exist. */
  | 'no-such-folder'
  /** The input is a file, not a folder. */
  | 'not-a-folder'
  /** The output folder cannot be made (the system's code says why). */
  | 'cannot-make-output'
  /** A file stands where the manifest goes and it is not one (or cannot be read). */
  | 'manifest-unreadable'
  /** The output folder is the input folder: a bad call. */
  | 'output-is-input'
  /** The report would be written inside the input folder: a bad call. */
  | 'report-in-input'

/** The words of each {@link ArchiveErrorCode}, after the path. */
export const archiveErrorMessages: Record<ArchiveErrorCode, string> = {
  'no-such-folder': 'no such folder',
  'not-a-folder': 'is a file, expected a folder',
  'cannot-make-output': 'cannot be made',
  'manifest-unreadable': "cannot be read as convert's record",
  'output-is-input': 'is the input folder; convert never writes over its inputs',
  'report-in-input': 'lies inside the input folder; convert never writes there',
}

/**
 * A run of convertArchive that cannot start: the folder or manifest at `path` is not
 * what it must be. `code` says what, `reason` (a system error's code, or
 * `not a news-model manifest`) why.
 */
export class ArchiveError extends Error {
  override name = 'ArchiveError'

  /**
   * @param code - what is wrong.
   * @param path - the folder or file, as given.
   * @param reason - why, when known.
   */
  constructor(
    readonly code: ArchiveErrorCode,
    readonly path: string,
    readonly reason?: string,
  ) {
    super(`${path}: ${archiveErrorMessages[code]}${reason === undefined ? '' : ` (${reason})`}`)
  }
}
