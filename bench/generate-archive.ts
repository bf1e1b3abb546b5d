// Generate an invented archive from the project's fixtures, for the archive bench and for
// trying `news-model convert` on something the size of a real migration:
//
//   npm run bench:generate -- --pages 100000 --out /tmp/archive [--seed 12] [--failing 0.005]
//     [--markdown 0.25]
//
// 40 folders (en-2005 ... zh-2024), legacy text pages of about 4 KB in English and
// Chinese (with `--markdown`, that share of Markdown files among them); the same seed makes the same archive, and a smaller archive is
// the start of a larger one. The output folder must be new or empty; a run stopped with
// Ctrl-C leaves nothing.
import { parseArgs } from 'node:util'
import { writeArchive } from './_lib/write-archive.js'

const usage =
  'Usage: generate-archive --pages N --out DIR [--seed N] [--failing SHARE] [--markdown SHARE]\n' +
  '  --pages    how many pages (default: 100000)\n' +
  '  --out      a new or empty folder to write\n' +
  '  --seed     the same seed makes the same archive (default: 12)\n' +
  '  --failing  the share of pages made to fail to read (default: 0.005)\n' +
  '  --markdown the share of pages written in Markdown (default: 0, a legacy archive)\n'

function numberOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback
  const number = Number(value)
  if (value.trim() === '' || !Number.isFinite(number)) {
    throw new RangeError(`Invalid --${name} "${value}": expected a number`)
  }
  return number
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      failing: { type: 'string' },
      markdown: { type: 'string' },
      help: { type: 'boolean' },
    },
  })
  if (values.help) {
    process.stdout.write(usage)
    return 0
  }
  if (values.out === undefined) {
    process.stderr.write(`generate-archive: --out is required\n${usage}`)
    return 2
  }
  const controller = new AbortController()
  process.once('SIGINT', () => controller.abort())
  const started = performance.now()
  const summary = await writeArchive(values.out, {
    pages: numberOption(values.pages, 'pages', 100_000),
    seed: numberOption(values.seed, 'seed', 12),
    failingShare: numberOption(values.failing, 'failing', 0.005),
    markdownShare: numberOption(values.markdown, 'markdown', 0),
    signal: controller.signal,
  })
  const seconds = (performance.now() - started) / 1000
  process.stderr.write(
    `generate-archive: ${summary.pages} pages (${summary.text} text, ${summary.markdown} Markdown, ` +
      `${summary.failing} made to fail) in ${summary.folders} folders, ` +
      `${(summary.bytes / 1024 / summary.pages).toFixed(1)} KB a page, to ${values.out} in ${seconds.toFixed(1)} s\n`,
  )
  return 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const aborted = error instanceof Error && error.name === 'AbortError'
    process.stderr.write(
      `generate-archive: ${aborted ? 'stopped; nothing was left' : error instanceof Error ? error.message : String(error)}\n`,
    )
    process.exitCode = aborted
      ? 130
      : error instanceof TypeError || error instanceof RangeError
        ? 2
        : 1
  },
)
