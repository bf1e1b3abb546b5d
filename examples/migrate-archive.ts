// Migrate a folder of legacy text pages to Markdown files with front matter, keeping the
// folder's layout, and report what could not be read. Run:
//   npx tsx examples/migrate-archive.ts [input-folder] [output-folder]
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { ArticleParseError, formatDiagnostic, parseText, renderMarkdown } from '../src/index.js'

const input = process.argv[2] ?? new URL('./articles/', import.meta.url).pathname
const output = process.argv[3] ?? new URL('./out/markdown/', import.meta.url).pathname

function pagesIn(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) return pagesIn(path)
    return path.endsWith('.txt') ? [path] : []
  })
}

let migrated = 0
for (const page of pagesIn(input).sort()) {
  const name = relative(input, page)
  try {
    const { article, diagnostics } = parseText(readFileSync(page, 'utf8'), { file: name })
    for (const d of diagnostics)
      if (d.severity !== 'info') console.error(formatDiagnostic(d, { file: name }))
    const target = join(output, name.replace(/\.txt$/, '.md'))
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, renderMarkdown(article))
    migrated++
  } catch (error) {
    if (!(error instanceof ArticleParseError)) throw error
    for (const d of error.diagnostics) console.error(formatDiagnostic(d, { file: name }))
  }
}
console.log(`migrated ${migrated} pages to ${relative(process.cwd(), output) || '.'}`)
