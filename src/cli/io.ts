/** Where the command line reads and writes: the process's streams, or a test's. */
export interface Io {
  /** Standard input, read whole for `-`. */
  stdin: AsyncIterable<string | Uint8Array>
  stdout: { write(text: string): unknown; isTTY?: boolean | undefined }
  stderr: { write(text: string): unknown; isTTY?: boolean | undefined }
  /**
   * Aborted to stop a run early (bin.ts aborts it on SIGINT and SIGTERM, with the
   * signal's name as the reason); a conversion then removes its temporary files and
   * stops (default: never aborted).
   */
  signal?: AbortSignal | undefined
}

/**
 * The exit statuses of `news-model`: 0 all well, 1 problems found, 2 a bad command line,
 * 130 interrupted (SIGINT), 143 stopped (SIGTERM), as shells count them (128 + signal).
 */
export const exitCodes = {
  ok: 0,
  problems: 1,
  usage: 2,
  interrupted: 130,
  terminated: 143,
} as const

/** A failure the command line reports in one line, with its exit status. */
export class CliError extends Error {
  override name = 'CliError'
  /**
   * @param message - what went wrong, for the user.
   * @param code - the exit status (default: 1).
   */
  constructor(
    message: string,
    readonly code: number = exitCodes.problems,
  ) {
    super(message)
  }
}
