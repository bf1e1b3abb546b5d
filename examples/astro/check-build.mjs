// Checks what `npm run build` wrote to dist/: the index lists the headline of every
// article of the example archive (read here with the library's parsers, as the loader
// reads them), and each article's page holds the library's rendered <article> with its
// headline, and a link to the library's stylesheet, which is in dist/.
// Run: npm run build && node check-build.mjs
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { parseJson, parseMarkdown, parseText } from '@cccme/news-model'

const articles = new URL('../articles/', import.meta.url)
const dist = new URL('./dist/', import.meta.url)
const parsers = { '.txt': parseText, '.md': parseMarkdown, '.json': parseJson }

// The text of a page as a reader sees it: tags removed, the entities Astro writes decoded.
const entities = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" }
const textOf = (html) =>
  html.replace(/<[^>]*>/g, ' ').replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name) => entities[name])

const index = textOf(readFileSync(new URL('index.html', dist), 'utf8'))
const files = readdirSync(articles).filter((name) => /\.(txt|md|json)$/.test(name))
assert.ok(files.length > 0, 'no article files in ../articles')
for (const name of files) {
  const extension = name.slice(name.lastIndexOf('.'))
  const { article } = parsers[extension](readFileSync(new URL(name, articles)))
  assert.ok(index.includes(article.headline), `the index lacks the headline of ${name}`)

  // The id content.config.ts gives the file: its name, the format kept.
  const id = name.replace(/\.(\w+)$/, '-$1')
  const page = readFileSync(new URL(`news/${id}/index.html`, dist), 'utf8')
  assert.match(page, /<article lang="[^"]+" class="news-article">/, `${id}: no rendered <article>`)
  assert.ok(textOf(page).includes(article.headline), `${id}: the page lacks the headline`)
  const link = /<link rel="stylesheet" href="\/(_astro\/styles\.[\w-]+\.css)">/.exec(page)
  assert.ok(link, `${id}: no link to the library's stylesheet`)
  const css = new URL(link[1], dist)
  assert.ok(existsSync(css), `${id}: the stylesheet ${link[1]} is not in dist/`)
  assert.match(readFileSync(css, 'utf8'), /\.news-article__headline\b/, `${link[1]}: not the library's`)
}
console.log(`dist/: the index and the pages of ${files.length} articles are as expected`)
