import { readFile, stat } from 'node:fs/promises'
import { CliError, type Io } from './io.js'
import { cliMessages } from './messages.js'

/**
 * Read an input file whole as bytes, or standard input for `-`. Nothing is decoded here:
 * the bytes go to {@link decodeInput}, which finds their encoding.
 *
 * @param file - the path, or `-`.
 * @param io - where standard input is.
 * @returns the bytes.
 * @throws {CliError} for a missing file, a directory, or a file that cannot be read.
 */
export async function readInput(file: string, io: Io): Promise<Uint8Array> {
  if (file === '-') {
    const chunks: Buffer[] = []
    for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk))
    return Buffer.concat(chunks)
  }
  let info: Awaited<ReturnType<typeof stat>>
  try {
    info = await stat(file)
  } catch {
    throw new CliError(cliMessages.noSuchFile(file))
  }
  if (info.isDirectory()) throw new CliError(cliMessages.isFolder(file))
  try {
    return await readFile(file)
  } catch (error) {
    throw new CliError(cliMessages.cannotRead(file, codeOf(error)))
  }
}

/**
 * The `code` of a Node system error (`ENOENT`, `EACCES`), or `'error'`.
 *
 * @param error - what was thrown.
 * @returns the code.
 */
export function codeOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return typeof code === 'string' ? code : 'error'
}
