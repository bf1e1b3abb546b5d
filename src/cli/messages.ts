import type { KeepReason, SkipReason } from '../node/archive/events.js'

/**
 * Why convert passed over an input file or folder, in the words the summary and the
 * per-file lines use.
 */
export const skipReasons: Record<SkipReason, string> = {
  'unknown-extension': 'unknown extension',
  'symlink-outside': 'symlink out of the input',
  'symlink-folder': 'symlink to a folder',
  'broken-symlink': 'broken symlink',
  'special-file': 'not a regular file',
  unreadable: 'unreadable',
  'own-output': "news-model's own output",
  'output-symlink': 'symlink in the output folder',
  'output-not-folder': 'a file in the output where a folder is needed',
  'input-file': 'its output would replace an input file',
}

/** Why convert left an existing output file as it was. */
export const keepReasons: Record<KeepReason, string> = {
  'not-written': 'not written by news-model',
  edited: 'edited since news-model wrote it',
}

/** The words of the command line's own messages (diagnostics have theirs in the library). */
export const cliMessages = {
  noSuchFile: (file: string) => `${file}: no such file`,
  noSuchFolder: (file: string) => `${file}: no such folder`,
  isFolder: (file: string) => `${file}: is a directory, expected a file`,
  isFile: (file: string) => `${file}: is a file, expected a folder`,
  cannotRead: (file: string, code: string) => `${file}: cannot be read (${code})`,
  cannotMake: (file: string, code: string) => `${file}: cannot be made (${code})`,
  cannotWrite: (file: string, code: string) => `${file}: cannot be written (${code})`,
  outIsInput: (out: string) =>
    `--out ${out}: is the input folder; convert never writes over its inputs`,
  urlWithSeveral: () =>
    '--url names one page: it cannot be given with several input files or a folder',
  noProfile: (file: string) =>
    `--profile ${file}: no such file, and not a built-in profile (generic, cccme)`,
  badProfileJson: (file: string, reason: string) =>
    `--profile ${file}: not a JSON site profile (${reason})`,
  badProfile: (file: string, reason: string) => `--profile ${file}: ${reason}`,
  badEncoding: (label: string) =>
    `--encoding ${label}: not an encoding label news-model can read (try gb18030, big5, utf-16le)`,
  valid: (file: string) => `${file}: valid`,
  readAs: (file: string, encoding: string, by: string) => `${file}: read as ${encoding} (${by})`,
  sniffed: (file: string, format: string, why: string) => `${file}: read as ${format} (${why})`,
  skipped: (file: string, reason: string) => `${file}: skipped (${reason})`,
  unchanged: (file: string) => `${file}: unchanged since it was converted`,
  failedUnchanged: (file: string) =>
    `${file}: failed, unchanged since the run that read it (--force reads it again)`,
  orphan: (file: string, input: string, removed: boolean) =>
    `${file}: ${removed ? 'removed' : 'orphaned'}, its input ${input} has gone${removed ? '' : ' (--prune removes it)'}`,
  kept: (file: string, reason: string) => `${file}: kept, ${reason} (--force replaces it)`,
  manifestUnreadable: (file: string, why: string) =>
    `${file}: cannot be read as convert's record (${why}); move it away, or --force replaces it`,
  unexpected: (where: string, message: string) =>
    `${where}: unexpected error, please report it: ${message}`,
  interrupted: () => 'interrupted: temporary files removed, written files recorded',
  noProvenance: (file: string) =>
    `${file}: no provenance: the parser of its format does not give it yet`,
} as const
