import { readFile, stat } from 'node:fs/promises'
import { codeOf } from '../node/system-error.js'
import { CliError, type Io } from './io.js'
import { cliMessages } from './messages.js'

/**
 * Read an input file whole as bytes, or standard input for `-`. Nothing is decoded here:
 * the bytes go to {@link decodeInput}, which finds their encoding.
 *
 * @param file - the path, or `-`.
 * @param io - where standard input is, and the signal that stops waiting for it.
 * @returns the bytes.
 * @throws {CliError} for a missing file, a directory, or a file that cannot be read.
 * @throws the signal's reason when it is aborted while standard input is read.
 */
export async function readInput(file: string, io: Io): Promise<Uint8Array> {
  if (file === '-') return readStandardInput(io)
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

// Ctrl-C while waiting for standard input must stop the wait, not only flag the run.
async function readStandardInput(io: Io): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  const iterator = io.stdin[Symbol.asyncIterator]()
  const { signal } = io
  const stopped = new Promise<never>((_, reject) => {
    if (signal?.aborted) reject(signal.reason)
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true })
  })
  stopped.catch(() => undefined)
  for (;;) {
    const next = await Promise.race([iterator.next(), stopped])
    if (next.done) return Buffer.concat(chunks)
    chunks.push(Buffer.from(next.value))
  }
}
