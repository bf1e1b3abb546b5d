// What one page of the archive costs, stage by stage, beside the least each stage could
// cost written bare, measured in one process as CPU time (steadier than wall time on a
// shared machine), in interleaved rounds:
//
//   npm run bench:page-cost -- [--pages 400] [--rounds 9] [--cores 2] [--archive 100000]
//
// The stages are convert's, for a legacy text page converted to HTML: reading the file,
// decoding its bytes, parseText, renderHtml, and writing the output as convert does (a new
// temporary file, then a link to its name). The bare floors: a split and scan of the
// text for labels and dates (bench/_lib/bare-scan.ts), and mdast-util-to-hast with
// hast-util-to-html on the article's body. The last lines give the least time an archive
// of `--archive` pages could take on `--cores` cores from these stages alone, with each
// core busy all the time and nothing else to do: a floor no run of convert can go under.
import { createHash } from 'node:crypto'
import {
  closeSync,
  fstatSync,
  linkSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { toHtml } from 'hast-util-to-html'
import { toHast } from 'mdast-util-to-hast'
import type { NewsArticle } from '../src/schema/index.js'
import { createPageMaker } from './_lib/archive-page.js'
import { bareScan } from './_lib/bare-scan.js'
import { loadBuilt } from './_lib/built.js'
import { positive } from './_lib/flags.js'

const { decodeText, parseText, renderHtml } = await loadBuilt()

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '400' },
    rounds: { type: 'string', default: '9' },
    cores: { type: 'string', default: '2' },
    archive: { type: 'string', default: '100000' },
  },
})

const pageCount = positive(values.pages, 'pages')
const rounds = positive(values.rounds, 'rounds')
const cores = positive(values.cores, 'cores')
const archiveSize = positive(values.archive, 'archive')

// Legacy text pages of the generated archive, English and Chinese, that read.
const makePage = createPageMaker()
const texts: string[] = []
for (let index = 0; texts.length < pageCount; index++) {
  const made = makePage(index)
  if (made.format === 'text' && !made.fails) texts.push(made.text)
}
const folder = mkdtempSync(join(tmpdir(), 'news-model-page-cost-'))
const inputs = texts.map((text, index) => {
  const path = join(folder, `${index}.txt`)
  writeFileSync(path, text)
  return path
})
const bytes = texts.map((text) => new TextEncoder().encode(text))
const articles: NewsArticle[] = texts.map((text) => parseText(text).article)
const outputs = articles.map((article) => new TextEncoder().encode(renderHtml(article)))

// Read a file as convert does: open, size it, read it whole, close.
function readWhole(path: string): Uint8Array {
  const descriptor = openSync(path, 'r')
  try {
    const buffer = new Uint8Array(fstatSync(descriptor).size)
    let at = 0
    while (at < buffer.length) {
      const read = readSync(descriptor, buffer, at, buffer.length - at, null)
      if (read === 0) break
      at += read
    }
    return buffer
  } finally {
    closeSync(descriptor)
  }
}

// Write a file as convert does: a new temporary file, then a link to its name.
let written = 0
function writeNew(output: Uint8Array): void {
  const target = join(folder, `out-${written++}.html`)
  const temporary = `${target}.tmp`
  const descriptor = openSync(temporary, 'wx')
  try {
    writeSync(descriptor, output)
  } finally {
    closeSync(descriptor)
  }
  linkSync(temporary, target)
  unlinkSync(temporary)
}

const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex')

// Each stage's work on page `i`; what it returns is kept so the work is used.
const stages: Record<string, (i: number) => unknown> = {
  'read the file': (i) => readWhole(inputs[i] ?? ''),
  'hash input and output (SHA-256)': (i) =>
    sha256(bytes[i] ?? new Uint8Array()).length + sha256(outputs[i] ?? new Uint8Array()).length,
  decodeText: (i) => decodeText(bytes[i] ?? new Uint8Array()).text.length,
  parseText: (i) => parseText(texts[i] ?? '').article.headline,
  'bare split and scan': (i) => bareScan(texts[i] ?? '').lines,
  renderHtml: (i) => renderHtml(articles[i] as NewsArticle).length,
  'bare mdast-util-to-hast + hast-util-to-html': (i) =>
    toHtml(toHast((articles[i] as NewsArticle).body)).length,
  'write the output (temporary + link)': (i) => writeNew(outputs[i] ?? new Uint8Array()),
}

// The first rounds warm the code up and are not counted: parseText takes several rounds
// of 400 pages to reach its steady speed (the first round costs some 5 times a later one).
const warmUpRounds = 4
const runs = new Map(Object.keys(stages).map((name) => [name, [] as number[]]))
let kept = 0
try {
  for (let round = 1 - warmUpRounds; round <= rounds; round++) {
    for (const [name, stage] of Object.entries(stages)) {
      const started = process.cpuUsage()
      for (let i = 0; i < texts.length; i++) kept += stage(i) ? 1 : 0
      const used = process.cpuUsage(started)
      if (round > 0) runs.get(name)?.push((used.user + used.system) / texts.length)
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true })
}
if (kept === 0) throw new Error('No stage did any work')

const median = (list: number[]): number => {
  const sorted = [...list].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}
const cost = new Map([...runs].map(([name, list]) => [name, median(list)]))
const at = (name: string): number => cost.get(name) ?? Number.NaN

console.log(
  `CPU µs a page (median of ${rounds} rounds over ${texts.length} legacy text pages of the generated archive)\n`,
)
console.log('| stage | µs a page |\n|---|--:|')
for (const [name, us] of cost) console.log(`| ${name} | ${us.toFixed(1)} |`)

const convertStages = [
  'read the file',
  'hash input and output (SHA-256)',
  'decodeText',
  'parseText',
  'renderHtml',
  'write the output (temporary + link)',
]
const perPage = convertStages.reduce((sum, name) => sum + at(name), 0)
const seconds = (us: number): string => ((us * archiveSize) / cores / 1e6).toFixed(1)
console.log(
  [
    '',
    `parseText ÷ bare scan: ${(at('parseText') / at('bare split and scan')).toFixed(1)}x`,
    `renderHtml ÷ bare to-hast + to-html: ${(at('renderHtml') / at('bare mdast-util-to-hast + hast-util-to-html')).toFixed(1)}x`,
    `convert's stages: ${perPage.toFixed(0)} µs a page, so ${archiveSize.toLocaleString('en')} pages take at least ${seconds(perPage)} s on ${cores} cores`,
    `with parseText at 8x the bare scan: at least ${seconds(perPage - at('parseText') + 8 * at('bare split and scan'))} s`,
    `decodeText, parseText at 8x the bare scan and renderHtml alone, no file read, hashed or written: at least ${seconds(at('decodeText') + 8 * at('bare split and scan') + at('renderHtml'))} s`,
  ].join('\n'),
)
