// Render an article as HTML: a fragment for a page of one's own, and a whole page.
// Run: npx tsx examples/render-html.ts
import { readFileSync } from 'node:fs'
import { parseMarkdown, renderHtml } from '../src/index.js'

const markdown = readFileSync(
  new URL('./articles/standards-working-group.md', import.meta.url),
  'utf8',
)
const { article } = parseMarkdown(markdown)

// Inside a page that has its own <h1>: the headline becomes an <h2>, links to other
// sites open in a new tab, and no JSON-LD is added.
console.log(renderHtml(article, { headingOffset: 1, linkTarget: '_blank', jsonLd: false }))

// A whole page, with the default stylesheet inlined and JSON-LD in its head.
const page = renderHtml(article, { document: true })
console.log(`\na whole page of ${page.length} characters, starting ${page.slice(0, 60)}…`)
