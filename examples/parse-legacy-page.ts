// Parse a legacy news page saved as plain text and print the article and what the
// parser noticed. Run: npx tsx examples/parse-legacy-page.ts [file]
import { readFileSync } from 'node:fs'
import { formatDiagnostic, parseText, renderJson } from '../src/index.js'

const file = process.argv[2] ?? new URL('./articles/annual-meeting.txt', import.meta.url).pathname
const text = readFileSync(file, 'utf8')
const { article, diagnostics } = parseText(text, { timeZone: 'Asia/Shanghai' })

process.stdout.write(renderJson(article))
for (const diagnostic of diagnostics) {
  console.error(formatDiagnostic(diagnostic, { file }))
}
