// The README's main job for now: validate the example article, print a summary and its
// canonical JSON, then show how a broken copy of it is reported.
import { readFileSync } from 'node:fs'
import { formatValidationIssue, renderJson, validateArticle } from '../src/index.js'

const file = new URL('./articles/annual-meeting.json', import.meta.url)
const input: unknown = JSON.parse(readFileSync(file, 'utf8'))

const result = validateArticle(input)
if (!result.success) {
  for (const issue of result.issues) console.error(formatValidationIssue(issue))
  process.exitCode = 1
} else {
  const { article } = result
  const names = article.authors.map((author) => author.name).join(', ')
  console.log(`✔ examples/articles/annual-meeting.json is a valid NewsArticle`)
  console.log(`  headline:  ${article.headline}`)
  console.log(`  authors:   ${names}`)
  console.log(`  published: ${article.datePublished ?? '(no date)'}`)
  console.log(`  body:      ${article.body.children.length} blocks\n`)
  console.log(renderJson(article))

  // The same article as another tool might send it, with three mistakes.
  const broken = {
    ...article,
    headline: ' ',
    datePublished: '2019-02-30',
    authors: [{ ...article.authors[0], nickname: 'Xiao Chen' }],
  }
  console.log('A broken copy is reported like this:')
  const report = validateArticle(broken)
  for (const issue of report.issues ?? []) console.log(`  ${formatValidationIssue(issue)}`)
}
