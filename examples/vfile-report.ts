// Read every example article (text pages, Markdown, JSON) as a vfile and print what the
// parsers noticed with vfile-reporter, as remark-cli prints a linter's messages; then
// one invented Markdown file that cannot be read, whose errors are on its vfile too.
// Run: npx tsx examples/vfile-report.ts
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { ArticleParseError, parseJson, parseMarkdown, parseText } from '../src/index.js'

const folder = new URL('./articles/', import.meta.url).pathname
const parsers = { '.txt': parseText, '.md': parseMarkdown, '.json': parseJson } as const

function read(file: VFile): void {
  const parse = parsers[file.extname as keyof typeof parsers]
  try {
    const { article } = parse(file)
    console.log(`${file.path}: ${article.headline}`)
  } catch (error) {
    // The diagnostics of a file no article can be made from are on it as well.
    if (!(error instanceof ArticleParseError)) throw error
    console.log(`${file.path}: no article`)
  }
}

const files = readdirSync(folder)
  .filter((name) => Object.hasOwn(parsers, name.slice(name.lastIndexOf('.'))))
  .sort()
  .map((name) => {
    const path = relative(process.cwd(), join(folder, name))
    return new VFile({ path, value: readFileSync(join(folder, name)) })
  })
files.push(
  new VFile({
    path: 'invented/office.md',
    value:
      '---\ntitle: Chamber Opens New Office\ndate: 2014-02-30\nnickname: CCCME\n---\n\nText.\n',
  }),
)
for (const file of files) read(file)

console.error(reporter(files, { color: false }))
