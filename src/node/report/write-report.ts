import type { ArchiveReport } from './archive-report.js'

/**
 * Write a review report, HTML or JSON by the file's extension. (A stand-in until the
 * report module lands; it writes nothing.)
 *
 * @param file - the report's path.
 * @param report - the report.
 */
export async function writeReport(file: string, report: ArchiveReport): Promise<void> {
  void file
  void report
}
