// Requires every subpath of the installed package with CommonJS and runs a small parse
// and render, with syntax any Node version `engines` allows can read (Node 20.0 has no
// import attributes, so this file and smoke.mjs stay plain).
const assert = require('node:assert/strict')
const root = require('@cccme/news-model')
const { parseMarkdown, parseText } = require('@cccme/news-model/parse')
const { renderHtml, renderMarkdown } = require('@cccme/news-model/render')
const { validateArticle } = require('@cccme/news-model/schema')
const remark = require('@cccme/news-model/remark')
const { newsArticleLoader } = require('@cccme/news-model/astro')
const articleSchema = require('@cccme/news-model/json-schema/news-article.schema.json')

const page = [
  'Members Meet at the Annual Conference',
  '',
  'Publish Time:2019-05-20 14:42:00 Author:Chen Li',
  '',
  'The chamber held its annual meeting in Shanghai. Two hundred members attended.',
  '',
].join('\n')
const { article } = parseText(page)
assert.equal(article.headline, 'Members Meet at the Annual Conference')
assert.equal(validateArticle(article).success, true)
assert.match(renderHtml(article), /<h1[^>]*>Members Meet at the Annual Conference<\/h1>/)
const again = parseMarkdown(renderMarkdown(article)).article
assert.equal(again.headline, article.headline)
assert.equal(root.renderJson(again), root.renderJson(article))
assert.equal(remark.default, remark.remarkNewsArticle)
assert.equal(remark.default, require('@cccme/news-model/parse').remarkNewsArticle)
assert.equal(articleSchema.$schema, 'https://json-schema.org/draft/2020-12/schema')
assert.equal(newsArticleLoader({ base: 'archive' }).name, 'news-article-loader')

// The Node-only subpath converts a folder in worker threads: the worker script is found
// in the installed package.
const { mkdtempSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs')
const { tmpdir } = require('node:os')
const { join } = require('node:path')
const { convertArchive } = require('@cccme/news-model/node')
const folder = mkdtempSync(join(tmpdir(), 'news-model-smoke-'))
mkdirSync(join(folder, 'in', 'en'), { recursive: true })
// More pages than are converted before the worker threads start.
for (let i = 0; i < 12; i++) writeFileSync(join(folder, 'in', 'en', `meeting-${i}.txt`), page)
convertArchive(join(folder, 'in'), join(folder, 'out'), { jobs: 2 }).then((summary) => {
  assert.equal(summary.workers, 2)
  assert.equal(summary.converted, 12)
  assert.match(
    readFileSync(join(folder, 'out', 'en', 'meeting-0.html'), 'utf8'),
    /Annual Conference/,
  )
  console.log(`require on Node ${process.versions.node}: ok`)
})
