// Parses and renders every fixture and example article and prints one SHA-256 per
// output, so runs under different machine time zones (TZ) can be compared byte for byte:
// no date the library reads or prints may depend on the zone of the machine it runs on.
// Run: npx tsx scripts/render-digest.ts (scripts/test-time-zones.sh compares three zones).
//
// Inputs: tests/fixtures/text, tests/fixtures/articles, examples/articles, and the pages
// in ../shared/seed (or $NEWS_MODEL_SEED) when that folder exists, read where they lie.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { extname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  ArticleParseError,
  type NewsArticle,
  parseJson,
  parseMarkdown,
  parseText,
  renderHtml,
  renderJson,
  renderMarkdown,
} from '../src/index.js'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const folders = [
  'tests/fixtures/text',
  'tests/fixtures/articles',
  'examples/articles',
  process.env.NEWS_MODEL_SEED ?? '../shared/seed',
]

/** A parse, by the file's extension, with the options each run tries. */
const parses: Readonly<Record<string, ReadonlyArray<[string, (text: string) => unknown]>>> = {
  '.txt': [
    ['parseText', (text) => parseText(text)],
    [
      'parseText timeZone=America/New_York',
      (text) => parseText(text, { timeZone: 'America/New_York' }),
    ],
  ],
  '.md': [['parseMarkdown', (text) => parseMarkdown(text)]],
  '.json': [['parseJson', (text) => parseJson(text)]],
}

/** The renders each parsed article goes through. */
const renders: ReadonlyArray<[string, (article: NewsArticle) => string]> = [
  ['renderHtml', (article) => renderHtml(article)],
  ['renderHtml document', (article) => renderHtml(article, { document: true })],
  ['renderHtml timeZone=Asia/Tokyo', (article) => renderHtml(article, { timeZone: 'Asia/Tokyo' })],
  ['renderMarkdown', (article) => renderMarkdown(article)],
  ['renderJson', (article) => renderJson(article)],
]

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** The parse's whole result (article and diagnostics), or the documented error's. */
function parseOutcome(parse: (text: string) => unknown, text: string): unknown {
  try {
    return parse(text)
  } catch (error) {
    if (error instanceof ArticleParseError) {
      return { error: error.message, diagnostics: error.diagnostics }
    }
    throw error
  }
}

const files = folders
  .map((folder) => resolve(root, folder))
  .filter((folder) => existsSync(folder))
  .flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => extname(name) in parses)
      .sort()
      .map((name) => join(folder, name)),
  )

for (const file of files) {
  const text = readFileSync(file, 'utf8')
  const name = relative(root, file)
  for (const [parseName, parse] of parses[extname(file)] ?? []) {
    const outcome = parseOutcome(parse, text)
    console.log(`${digest(JSON.stringify(outcome))}  ${name} ${parseName}`)
    const article = (outcome as { article?: NewsArticle }).article
    if (article === undefined) continue
    for (const [renderName, render] of renders) {
      console.log(`${digest(render(article))}  ${name} ${parseName} | ${renderName}`)
    }
  }
}
