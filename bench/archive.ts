// The archive bench: `news-model convert` on a generated archive, measured as a user runs
// it (a child process: wall time and peak memory). Build first; the npm script does:
//
//   npm run bench:archive -- [--pages 100000] [--small 10000] [--jobs 1,2] [--markdown 0]
//     [--work DIR] [--keep]
//
// It generates an archive of `--pages` pages and one of `--small` pages (bench/_lib/
// write-archive.ts), converts the large one to HTML once per `--jobs` value (1 and 2
// workers side by side, in pages per second), the small one with the most jobs (memory
// at 10,000 against 100,000 pages), then changes one page of the large one and converts
// it again into the same folder (the second run). The archive is legacy text pages;
// `--markdown 0.25` makes a quarter of them Markdown files. A CLI without `--jobs` is run once,
// with its default. Prints a Markdown table; `--json FILE` writes the runs as JSON.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createPageMaker } from './_lib/archive-page.js'
import { type ArchiveRun, describeRuns, summaryLine } from './_lib/archive-runs.js'
import { positive } from './_lib/flags.js'
import { measureCommand } from './_lib/measure-command.js'
import { writeArchive } from './_lib/write-archive.js'

const bin = new URL('../dist/cli/bin.js', import.meta.url).pathname

async function supportsJobs(): Promise<boolean> {
  const help = await new Promise<string>((resolve, reject) =>
    execFile(process.execPath, [bin, 'convert', '--help'], (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    ),
  )
  return help.includes('--jobs')
}

async function convert(
  label: string,
  input: string,
  out: string,
  pages: number,
  jobs: number | undefined,
): Promise<ArchiveRun> {
  const args = [bin, 'convert', input, '--out', out, '--to', 'html']
  if (jobs !== undefined) args.push('--jobs', String(jobs))
  process.stderr.write(`archive bench: ${label}, ${pages} pages, --jobs ${jobs ?? 'default'}\n`)
  const measurement = await measureCommand(process.execPath, args)
  // Exit 1 is the pages made to fail; 2 and more is a usage error or a crash.
  if (measurement.status > 1) {
    throw new Error(`convert exited with ${measurement.status}: ${measurement.stderr.slice(-2000)}`)
  }
  return { label, pages, jobs, measurement, summary: summaryLine(measurement.stderr) }
}

// Change one page of the archive: a legacy English page's headline gets a word more.
async function changeOnePage(
  archive: string,
  pages: number,
  seed: number,
  markdownShare: number,
): Promise<string> {
  const makePage = createPageMaker({ seed, markdownShare })
  for (let index = 0; index < pages; index++) {
    const page = makePage(index)
    if (page.format !== 'text' || page.fails || !page.headline || !page.path.startsWith('en-'))
      continue
    const file = join(archive, page.path)
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.replace(page.headline, `${page.headline}, Updated`))
    return page.path
  }
  throw new Error('No English text page to change')
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string', default: '100000' },
      small: { type: 'string', default: '10000' },
      jobs: { type: 'string', default: '1,2' },
      seed: { type: 'string', default: '12' },
      markdown: { type: 'string', default: '0' },
      work: { type: 'string' },
      json: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  })
  const pages = positive(values.pages, 'pages')
  const small = positive(values.small, 'small')
  const seed = positive(values.seed, 'seed')
  const markdownShare = Number(values.markdown)
  if (values.markdown.trim() === '' || !(markdownShare >= 0 && markdownShare <= 1)) {
    throw new RangeError(`Invalid --markdown "${values.markdown}": expected a share from 0 to 1`)
  }
  const jobsList = values.jobs.split(',').map((jobs) => positive(jobs, 'jobs'))
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`npm run build\` first`)
  const jobs = (await supportsJobs()) ? jobsList : [undefined]
  const most = jobs.at(-1)
  let work = values.work
  if (work === undefined) work = await mkdtemp(join(tmpdir(), 'news-model-archive-bench-'))
  else {
    await mkdir(work, { recursive: true })
    if ((await readdir(work)).length > 0)
      throw new Error(`--work ${work}: expected a new or empty folder`)
  }
  try {
    const large = join(work, `archive-${pages}`)
    const smaller = join(work, `archive-${small}`)
    for (const [folder, count] of [
      [large, pages],
      [smaller, small],
    ] as const) {
      const started = performance.now()
      const summary = await writeArchive(folder, { pages: count, seed, markdownShare })
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      process.stderr.write(
        `archive bench: generated ${count} pages (${summary.markdown} Markdown, ${summary.failing} made to fail, ${(summary.bytes / count / 1024).toFixed(1)} KB a page) in ${seconds} s\n`,
      )
    }
    const runs: ArchiveRun[] = []
    for (const count of jobs) {
      runs.push(
        await convert('first run', large, join(work, `html-${count ?? 'default'}`), pages, count),
      )
    }
    runs.push(await convert('first run', smaller, join(work, `html-small`), small, most))
    const changed = await changeOnePage(large, pages, seed, markdownShare)
    const label = `second run, one page changed (${changed})`
    runs.push(await convert(label, large, join(work, `html-${most ?? 'default'}`), pages, most))
    const table = describeRuns(runs)
    process.stdout.write(table)
    if (jobs[0] === undefined) {
      process.stdout.write('(this build of the CLI has no --jobs: one run with its default)\n')
    }
    if (values.json !== undefined) {
      // Without the runs' standard error: the figures and the summary lines.
      const figures = runs.map(({ measurement: { stderr: _, ...measurement }, ...run }) => ({
        ...run,
        measurement,
      }))
      await writeFile(values.json, `${JSON.stringify(figures, null, 2)}\n`)
    }
  } finally {
    if (values.keep) process.stderr.write(`archive bench: kept ${work}\n`)
    else if (values.work === undefined) await rm(work, { recursive: true, force: true })
    else {
      for (const name of await readdir(work))
        await rm(join(work, name), { recursive: true, force: true })
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`archive bench: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
