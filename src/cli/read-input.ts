import { readFile, stat } from 'node:fs/promises'
import { CliError, type Io } from './io.js'

/**
 * Read an input file whole, or standard input for `-`.
 *
 * @param file - the path, or `-`.
 * @param io - where standard input is.
 * @returns the text.
 * @throws {CliError} for a missing file, a directory, or a file that cannot be read.
 */
export async function readInput(file: string, io: Io): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = []
    for await (const chunk of io.stdin)
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk))
    return Buffer.concat(chunks).toString('utf8')
  }
  let info: Awaited<ReturnType<typeof stat>>
  try {
    info = await stat(file)
  } catch {
    throw new CliError(`${file}: no such file`)
  }
  if (info.isDirectory()) throw new CliError(`${file}: is a directory, expected a file`)
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    throw new CliError(
      `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    )
  }
}
