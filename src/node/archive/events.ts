import type { Diagnostic } from '../../schema/diagnostic.js'
import type { InputFormat } from '../formats.js'

/** Why a run passed over an input file or folder, or an output it would have written. */
export const skipReasonIds = [
  'unknown-extension',
  'symlink-outside',
  'symlink-folder',
  'broken-symlink',
  'special-file',
  'unreadable',
  'own-output',
  'output-symlink',
  'output-not-folder',
  'input-file',
] as const

/** A reason a run skips a file or folder (see {@link skipReasonIds}). */
export type SkipReason = (typeof skipReasonIds)[number]

/**
 * Why a run left an existing output file as it was: `not-written` news-model did not
 * write it, `edited` it changed since news-model wrote it.
 */
export type KeepReason = 'not-written' | 'edited'

/**
 * Why a page failed: `no-article` no valid article could be read (its diagnostics say
 * why), `strict` it has warnings and `strict` is on, `unexpected` the library failed on
 * it (a fault to report, with its message). A page whose output cannot be written is
 * done, followed by a `write-failed` event.
 */
export type FailReason = 'no-article' | 'strict' | 'unexpected'

/** How a page's input was read: its encoding and format, and why each was chosen. */
export interface PageReading {
  /** The encoding, such as `utf-8` or `gb18030`. */
  encoding: string
  /** How the encoding was found: `bom`, `option`, `declared` or `detected`. */
  encodingBy: string
  /** The input format. */
  format: InputFormat
  /** Why that format, in a few words: `its extension .md`. */
  formatReason: string
}

/**
 * One event of {@link convertArchive}, in input order. Paths are relative to the input
 * or output folder, with `/` between folders.
 */
export type ArchiveEvent =
  | {
      /** A page was read and its outputs written (or were already there, the same bytes). */
      type: 'page-done'
      input: string
      outputs: string[]
      reading: PageReading
      /** The diagnostics of decoding the input (an encoding guess, a wrong charset). */
      decodeDiagnostics: Diagnostic[]
      /** The parser's diagnostics, every severity. */
      diagnostics: Diagnostic[]
    }
  | {
      /** A page whose input and settings have not changed since its outputs were written. */
      type: 'page-unchanged'
      input: string
      outputs: string[]
    }
  | {
      /** A page that could not be converted; nothing was written for it. */
      type: 'page-failed'
      input: string
      reason: FailReason
      /** How it was read, when it was decoded. */
      reading?: PageReading
      decodeDiagnostics: Diagnostic[]
      diagnostics: Diagnostic[]
      /** For `unexpected`, the error's message. */
      message?: string
      /**
       * Set for a page that failed (`no-article`) in an earlier run and whose input and
       * settings have not changed since: it was not read again, and its diagnostics are
       * the errors and warnings of the run that read it.
       */
      unchanged?: true
    }
  | {
      /** An input file or folder passed over, or an output not written. */
      type: 'skipped'
      /** Relative to the input folder, or to the output folder with `output: true`. */
      path: string
      output: boolean
      reason: SkipReason
      /** The system's code, for `unreadable`. */
      code?: string
    }
  | {
      /** An existing output left as it was. */
      type: 'kept'
      output: string
      reason: KeepReason
    }
  | {
      /** An output whose input has gone (or that its page no longer writes). */
      type: 'orphan'
      output: string
      input: string
      /** Whether `prune` removed it. */
      removed: boolean
    }
  | {
      /** A file the run could not write or remove: an output, a folder, the manifest, an orphan. */
      type: 'write-failed'
      /** Relative to the output folder. */
      path: string
      /** The system's code, such as `EACCES`. */
      code: string
    }
  | {
      /** The report could not be written; the run's outputs are in place. */
      type: 'report-failed'
      /** The report's path, as given. */
      path: string
      message: string
    }
  | {
      /**
       * How far the run is: pages begun and pages found so far; sent as each page is
       * found and as its outputs start to be written (with it as `current`), and once at
       * the end.
       */
      type: 'progress'
      done: number
      found: number
      /** The page under way, if any. */
      current?: string
    }

/** What a run did. */
export interface ArchiveSummary {
  /** Input pages found. */
  pages: number
  /** Pages read and written in this run. */
  converted: number
  /** Of those converted, how many had warnings. */
  withWarnings: number
  /** Pages whose input and settings had not changed. */
  unchanged: number
  /** Pages that could not be converted. */
  failed: number
  /** Outputs whose input has gone. */
  orphaned: number
  /** Of those, how many `prune` removed. */
  pruned: number
  /** Files and folders passed over, by reason. */
  skipped: Partial<Record<SkipReason, number>>
  /** Existing files left as they were, by reason. */
  kept: Partial<Record<KeepReason, number>>
  /** Files that could not be written: the manifest, a folder on the way, an orphan. */
  writeFailures: number
  /** Whether the run was stopped by its signal. */
  interrupted: boolean
  /** Worker threads used: 0 when pages were converted in the calling thread. */
  workers: number
}
