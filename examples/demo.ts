// The README's main job: read the example archive page (a legacy text page) into an
// article, check the article JSON beside it, and show how problems are reported.
import { readFileSync } from 'node:fs'
import {
  formatDiagnostic,
  formatValidationIssue,
  parseText,
  validateArticle,
} from '../src/index.js'

const folder = new URL('./articles/', import.meta.url)
const page = readFileSync(new URL('annual-meeting.txt', folder), 'utf8')

// 1. A legacy page, as the archive saved it, into an article.
const { article, diagnostics } = parseText(page)
console.log('examples/articles/annual-meeting.txt, read by parseText:')
console.log(`  headline:   ${article.headline}`)
console.log(`  language:   ${article.language}`)
console.log(`  published:  ${article.datePublished ?? '(no date)'}`)
console.log(`  source:     ${article.source?.name ?? '(none)'}`)
console.log(`  authors:    ${article.authors.map((a) => a.name).join(', ')}`)
console.log(`  editors:    ${(article.editors ?? []).map((a) => a.name).join(', ')}`)
console.log(`  breadcrumb: ${(article.breadcrumb ?? []).join(' > ')}`)
console.log(`  body:       ${article.body.children.length} paragraphs`)
console.log('  left out, with where:')
for (const d of diagnostics)
  console.log(`    ${formatDiagnostic(d, { file: 'annual-meeting.txt' })}`)

// 2. The same article as JSON from another tool, validated.
const json: unknown = JSON.parse(readFileSync(new URL('annual-meeting.json', folder), 'utf8'))
const result = validateArticle(json)
console.log(
  `\nexamples/articles/annual-meeting.json is ${result.success ? 'a valid' : 'an invalid'} NewsArticle`,
)

// 3. A broken copy, and how each problem is reported.
const broken = { ...(json as object), headline: ' ', datePublished: '2019-02-30', views: 12 }
console.log('A broken copy is reported like this:')
for (const issue of validateArticle(broken).issues ?? []) {
  console.log(`  ${formatValidationIssue(issue)}`)
}
