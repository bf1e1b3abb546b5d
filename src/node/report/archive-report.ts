import type { Diagnostic, Severity } from '../../schema/diagnostic.js'

/**
 * What a review report holds: the data of `news-model convert --report report.json`,
 * and what `--report report.html` shows. Paths are relative, with `/` between folders.
 */
export interface ArchiveReport {
  /** The program that wrote it, such as `{ name: 'news-model', version: '0.1.0' }`. */
  generator: { name: string; version: string }
  /** The input folder, as given. */
  input: string
  /** The output folder, as given. */
  output: string
  /** The counts of the run. */
  totals: ArchiveTotals
  /** How many diagnostics each rule gave, over every page, most first. */
  byRule: RuleCount[]
  /**
   * The pages a person should look at: every page that failed or has an error or a
   * warning, in the order of their input paths. Pages with only `info` diagnostics are
   * counted in `byRule` but not listed.
   */
  pages: ReportPage[]
}

/** The counts of a run. */
export interface ArchiveTotals {
  /** Input pages found. */
  pages: number
  /** Pages parsed and written in this run. */
  converted: number
  /** Pages whose input and settings had not changed since the run that wrote them. */
  unchanged: number
  /** Pages that could not be converted (no article could be read, a file could not be written). */
  failed: number
  /** Outputs whose input has gone: listed, or removed with `--prune`. */
  orphaned: number
  /** Diagnostics of each severity, over the pages converted in this run. */
  errors: number
  warnings: number
  infos: number
}

/** How many diagnostics one rule gave. */
export interface RuleCount {
  rule: string
  severity: Severity
  count: number
}

/** One page in a report. */
export interface ReportPage {
  /** The input file, relative to the input folder. */
  input: string
  /** The files written for it, relative to the output folder (none when it failed). */
  outputs: string[]
  status: 'converted' | 'unchanged' | 'failed'
  /** Its errors and warnings (its `info` diagnostics are only counted). */
  diagnostics: ReportDiagnostic[]
  /**
   * Set on a failed page whose input and settings have not changed since the run that
   * read it: it was not read again; its diagnostics are that run's, not counted in the totals.
   */
  unchanged?: true
}

/** A diagnostic with the line of the input it is about, for a reader to see in place. */
export interface ReportDiagnostic extends Diagnostic {
  /** The text of the input's line `line`, as printed (without its line ending). */
  sourceLine?: string
  /**
   * When `sourceLine` is only part of a long line (see `withSourceLine`), the column
   * of its first character in the input's line (absent: 1, the whole line).
   */
  sourceColumn?: number
}
