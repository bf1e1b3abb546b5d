import { mkdir, realpath, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { type OutputFormat, outputFormats, writeArticle } from '../formats.js'
import { CliError, exitCodes, type Io } from '../io.js'
import { type LoadSettings, loadArticle } from '../load-article.js'
import {
  cliMessages,
  type KeepReason,
  keepReasons,
  type SkipReason,
  skipReasons,
} from '../messages.js'
import { codeOf } from '../system-error.js'
import { printLine } from '../terminal-text.js'
import { isInside } from './inside.js'
import {
  type ManifestEntry,
  manifestLocation,
  manifestText,
  readManifest,
  recordEvery,
  recordedPath,
  sha256,
} from './manifest.js'
import { claimOutputName } from './plan-outputs.js'
import { clearProgress, drawProgress, messagesOverProgress } from './progress.js'
import { readInputFile } from './read-input-file.js'
import { type ConvertSummary, countUnder, emptySummary } from './summary.js'
import { type InputEntry, walkInput } from './walk-input.js'
import {
  inspectTarget,
  makeFolderInside,
  OutputBlocked,
  removeTemporaries,
  writeAtomically,
} from './write-output.js'

/** What convert takes besides its folders. */
export interface ConvertOptions extends LoadSettings {
  /** The output format. */
  to: OutputFormat
  /** Fail a file that has warnings. */
  strict: boolean
  /** Replace files news-model did not write, or that were edited since. */
  force: boolean
  /** Whole HTML pages. */
  document: boolean
  /** JSON-LD in HTML. */
  jsonLd: boolean
}

/** The state of one run, shared by its steps. */
interface Run {
  input: string
  out: string
  inputReal: string
  outReal: string
  options: ConvertOptions
  io: Io
  summary: ConvertSummary
  outputs: Map<string, ManifestEntry>
  claimed: Set<string>
  temporaries: Set<string>
  changed: boolean
}

/**
 * Convert every article file under a folder, keeping the folders' layout, without ever
 * destroying a file: see the Safety section of docs/cli.md. Inputs are never written;
 * an `out` equal to the input is refused and an `out` inside it is never read; an
 * existing file is replaced only when the record in `out/.news-model/manifest.json`
 * shows news-model wrote it and nobody changed it since (or with `force`); symlinks are
 * never followed out of the input nor written through in `out`; writes are atomic; when
 * `io.signal` is aborted the run stops, removes its temporary files and records what it
 * wrote.
 *
 * @param input - the folder to read.
 * @param out - the folder to write.
 * @param options - format, reading options, verbosity, strictness, `force`, HTML options.
 * @param io - where to report, and the signal that stops the run.
 * @returns the summary.
 * @throws {CliError} when `input` is not a folder, `out` is the input or cannot be made,
 *   or the record in `out` cannot be read.
 */
export async function convert(
  input: string,
  out: string,
  options: ConvertOptions,
  io: Io,
): Promise<ConvertSummary> {
  const inputReal = await realpath(input).catch(() => {
    throw new CliError(cliMessages.noSuchFolder(input))
  })
  if (!(await stat(inputReal)).isDirectory()) throw new CliError(cliMessages.isFile(input))
  const outReal = await realpath(out).catch(() => undefined)
  if (outReal === inputReal) throw new CliError(cliMessages.outIsInput(out), exitCodes.usage)
  try {
    await mkdir(out, { recursive: true })
  } catch (error) {
    throw new CliError(cliMessages.cannotMake(out, codeOf(error)))
  }
  const realOut = await realpath(out)
  const run: Run = {
    input,
    out,
    inputReal,
    outReal: realOut,
    options,
    io: messagesOverProgress(io),
    summary: emptySummary(),
    outputs: await readManifest(realOut, options.force),
    claimed: new Set(),
    temporaries: new Set(),
    changed: false,
  }
  try {
    const files: Array<InputEntry & { kind: 'file' }> = []
    for await (const entry of walkInput(run.inputReal, run.outReal)) {
      io.signal?.throwIfAborted()
      if (entry.kind === 'file') files.push(entry)
      else skip(run, join(input, entry.relative), entry.reason, entry.code)
    }
    for (const [index, file] of files.entries()) {
      io.signal?.throwIfAborted()
      drawProgress(io, index, files.length, join(input, file.relative))
      await convertFile(run, file)
      if ((index + 1) % recordEvery === 0 && run.changed) await saveManifest(run)
    }
    drawProgress(io, files.length, files.length)
    if (io.stderr.isTTY === true) io.stderr.write('\n')
  } catch (error) {
    if (!io.signal?.aborted) throw error
    clearProgress(io)
    run.summary.interrupted = true
  } finally {
    await removeTemporaries(run.temporaries)
    if (run.changed) await saveManifest(run)
  }
  return run.summary
}

async function convertFile(run: Run, file: InputEntry & { kind: 'file' }): Promise<void> {
  const { io, options, summary } = run
  const name = join(run.input, file.relative)
  let bytes: Uint8Array
  try {
    bytes = await readInputFile(file.path)
  } catch (error) {
    skip(run, name, 'unreadable', codeOf(error))
    return
  }
  let loaded: ReturnType<typeof loadArticle>
  try {
    loaded = loadArticle(bytes, name, options, io)
  } catch (error) {
    summary.failed++
    printLine(io.stderr, messageOf(error))
    return
  }
  const warned = loaded?.diagnostics.some((d) => d.severity === 'warning') === true
  if (loaded === undefined || (warned && options.strict)) {
    summary.failed++
    return
  }
  let bytesOut: Uint8Array
  try {
    bytesOut = new TextEncoder().encode(writeArticle(loaded.article, options.to, options))
  } catch (error) {
    summary.failed++
    printLine(io.stderr, cliMessages.unexpected(name, messageOf(error)))
    return
  }
  const relative = claimOutputName(run.claimed, file.relative, outputFormats[options.to])
  try {
    if (await writeOutput(run, relative, file.relative, bytesOut)) {
      summary.converted++
      if (warned) summary.withWarnings++
    }
  } catch (error) {
    // An output that cannot be looked at or written fails; the run goes on.
    if (io.signal?.aborted) throw error
    fail(run, join(run.out, relative), error)
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Put one output in place, or keep what is there; returns whether the output is there. */
async function writeOutput(
  run: Run,
  relative: string,
  input: string,
  bytes: Uint8Array,
): Promise<boolean> {
  const target = join(run.outReal, relative)
  // An output folder that holds the input: an output path inside the input is an input's.
  if (isInside(run.inputReal, run.outReal) && isInside(target, run.inputReal)) {
    skip(run, join(run.out, relative), 'input-file')
    return false
  }
  try {
    await makeFolderInside(run.outReal, dirname(relative))
  } catch (error) {
    if (error instanceof OutputBlocked) {
      const reason = error.code === 'ELOOP' ? 'output-symlink' : 'output-not-folder'
      skip(run, join(run.out, relative), reason)
    } else fail(run, join(run.outReal, dirname(relative)), error)
    return false
  }
  const hash = sha256(bytes)
  const state = await inspectTarget(target)
  const record = run.outputs.get(recordedPath(relative))
  let replace = false
  if (state.kind === 'file' && state.sha256 === hash) {
    // The same bytes are there already: nothing to write, nothing lost.
  } else if (state.kind !== 'absent') {
    const ours = state.kind === 'file' && record?.sha256 === state.sha256
    if (!ours && (!run.options.force || state.kind === 'other')) {
      keep(run, relative, record && state.kind === 'file' ? 'edited' : 'not-written')
      return false
    }
    replace = true
  }
  if (state.kind !== 'file' || state.sha256 !== hash) {
    try {
      const placed = await writeAtomically(target, bytes, {
        replace,
        temporaries: run.temporaries,
        signal: run.io.signal,
      })
      if (!placed) {
        keep(run, relative, 'not-written')
        return false
      }
    } catch (error) {
      if (run.io.signal?.aborted) throw error
      fail(run, join(run.out, relative), error)
      return false
    }
  }
  run.outputs.set(recordedPath(relative), {
    path: recordedPath(relative),
    input: recordedPath(input),
    sha256: hash,
  })
  run.changed = true
  return true
}

async function saveManifest(run: Run): Promise<void> {
  const [folder, file] = manifestLocation
  try {
    await makeFolderInside(run.outReal, folder)
    await writeAtomically(
      join(run.outReal, folder, file),
      new TextEncoder().encode(manifestText(run.outputs)),
      { replace: true, temporaries: run.temporaries },
    )
  } catch (error) {
    fail(run, join(run.outReal, folder, file), error)
  }
}

function skip(run: Run, shown: string, reason: SkipReason, code?: string): void {
  countUnder(run.summary.skipped, reason)
  const { verbosity } = run.options
  const printed =
    reason === 'unreadable'
      ? true
      : reason === 'unknown-extension'
        ? verbosity === 'verbose'
        : verbosity !== 'quiet'
  if (!printed) return
  const why = code === undefined ? skipReasons[reason] : `${skipReasons[reason]}: ${code}`
  printLine(run.io.stderr, cliMessages.skipped(shown, why))
}

function keep(run: Run, relative: string, reason: KeepReason): void {
  countUnder(run.summary.kept, reason)
  if (run.options.verbosity === 'quiet') return
  printLine(run.io.stderr, cliMessages.kept(join(run.out, relative), keepReasons[reason]))
}

function fail(run: Run, path: string, error: unknown): void {
  run.summary.failed++
  printLine(run.io.stderr, cliMessages.cannotWrite(path, codeOf(error)))
}
