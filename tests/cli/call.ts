import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { run } from '../../src/cli/run.js'
import type { PageSettings } from '../../src/node/archive/convert-page.js'

/** How a test runs the command line in process. */
export interface CallOptions {
  /** Standard input. */
  input?: string | Uint8Array
  /** Whether standard error is a terminal (draws the progress bar). */
  tty?: boolean
  /** A signal that stops the run. */
  signal?: AbortSignal
  /** Called with each write to standard error, before it is kept. */
  onStderr?: (text: string) => void
}

/**
 * Run `news-model` through run(), without a process: standard input from the options,
 * standard output and error collected.
 */
export async function call(argv: string[], options: CallOptions = {}) {
  const { input = '', tty = false, signal, onStderr } = options
  let stdout = ''
  let stderr = ''
  const status = await run(argv, {
    stdin: (async function* () {
      yield input
    })(),
    stdout: { write: (text: string) => (stdout += text), isTTY: tty },
    stderr: {
      write: (text: string) => {
        onStderr?.(text)
        stderr += text
      },
      isTTY: tty,
    },
    signal,
  })
  return { status, stdout, stderr }
}

/** A new empty folder under the system's temporary folder. */
export function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'news-model-cli-'))
}

/** Write files under a folder, making their folders: `{ 'en/a.md': text }`. */
export function writeFiles(folder: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true })
    writeFileSync(join(folder, name), content)
  }
}

/** A valid Markdown article with a front matter. */
export function markdownArticle(title: string, body = 'The members met on Monday.'): string {
  return `---\ntitle: ${title}\n---\n\n${body}\n`
}

/** A valid Markdown article whose front matter has an unknown key: one warning. */
export const markdownWithWarning = '---\ntitle: Hi there\nnickname: x\n---\n\nText.\n'

/** A legacy text page. */
export const textPage =
  'A Meeting of Members\n\nThe members met on Monday to talk about exports and trade.\n'

/** Whether the tests run as root, for whom chmod cannot make a file unreadable. */
export const asRoot = process.getuid?.() === 0

/** A shard of convert's record, by its path in the output folder (read with manifestOf). */
const shardFile = /(^|\/)\.news-model\/pages\/[0-9a-f]{16}\.json$/

/**
 * Every file under a folder, relative, with `/` between folders, sorted; the shards of
 * convert's record (`.news-model/pages/*.json`) left out (see manifestOf), but any other
 * file there (a temporary file) listed.
 */
export function filesUnder(folder: string, prefix = ''): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? filesUnder(join(folder, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`],
    )
    .filter((path) => !shardFile.test(path))
    .sort()
}

/** The shards of convert's record in an output folder, by file name. */
export function shardsOf(out: string): string[] {
  const folder = join(out, '.news-model', 'pages')
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => shardFile.test(`.news-model/pages/${name}`))
        .sort()
    : []
}

/**
 * The record convert keeps in an output folder, as parsed JSON, whatever its layout:
 * version 3's head with the pages of every shard (sorted by input), or version 2 or 1 as
 * it is.
 */
export function manifestOf(out: string) {
  const head = JSON.parse(readFileSync(join(out, '.news-model', 'manifest.json'), 'utf8'))
  if (head.version !== 3) return head
  const pages = shardsOf(out)
    .flatMap(
      (name) =>
        JSON.parse(readFileSync(join(out, '.news-model', 'pages', name), 'utf8')).pages as Array<{
          input: string
        }>,
    )
    .sort((a, b) => (a.input < b.input ? -1 : a.input > b.input ? 1 : 0))
  return { ...head, pages }
}

/** A convert page's settings as the CLI's defaults make them, writing `formats`. */
export function pageSettings(formats: PageSettings['formats']): PageSettings {
  return {
    formats,
    from: undefined,
    encoding: undefined,
    timeZone: undefined,
    language: undefined,
    profile: undefined,
    document: true,
    jsonLd: true,
  }
}
