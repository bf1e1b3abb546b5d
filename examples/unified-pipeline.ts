// Use the library inside an existing unified pipeline: read an article's front matter
// and body while turning its Markdown into HTML, then hand the body of an article made
// by parseText to rehype. Run: npx tsx examples/unified-pipeline.ts
import { readFileSync } from 'node:fs'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { reporter } from 'vfile-reporter'
import { parseText, remarkNewsArticle } from '../src/index.js'

const folder = new URL('./articles/', import.meta.url)

// 1. A Markdown file through remark, with the article read on the way.
const file = await unified()
  .use(remarkParse)
  .use(remarkNewsArticle, { timeZone: 'Asia/Shanghai' })
  .use(remarkRehype)
  .use(rehypeStringify)
  .process(readFileSync(new URL('annual-meeting.md', folder), 'utf8'))

console.log(`file.data.article.headline: ${file.data.article?.headline}`)
console.log(String(file))
console.error(reporter(file, { quiet: true }) || 'no problems in annual-meeting.md')

// 2. The body of an article from any source is mdast: hand it to rehype directly.
const { article } = parseText(readFileSync(new URL('annual-meeting.txt', folder), 'utf8'))
const html = unified().use(remarkRehype).use(rehypeStringify)
const hast = await html.run(article.body)
console.log(html.stringify(hast))
