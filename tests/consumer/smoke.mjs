// Imports every subpath of the installed package with ESM and runs a small parse and
// render, with syntax any Node version `engines` allows can read.
import assert from 'node:assert/strict'
import { parseJson, renderJson } from '@cccme/news-model'
import { parseMarkdown, remarkNewsArticle } from '@cccme/news-model/parse'
import remarkPlugin from '@cccme/news-model/remark'
import { renderHtml, renderMarkdown } from '@cccme/news-model/render'
import { assertArticle } from '@cccme/news-model/schema'

const markdown = [
  '---',
  'headline: 商会举行年会',
  'language: zh',
  'datePublished: 2019-05-20T14:42:00+08:00',
  '---',
  '',
  '商会在上海举行年会，两百家会员企业出席。',
  '',
].join('\n')
const { article } = parseMarkdown(markdown)
assert.equal(assertArticle(article).headline, '商会举行年会')
assert.match(renderHtml(article), /两百家会员企业出席/)
assert.equal(parseMarkdown(renderMarkdown(article)).article.headline, '商会举行年会')
assert.equal(parseJson(renderJson(article)).article.headline, '商会举行年会')
assert.equal(remarkPlugin, remarkNewsArticle)

// The Node-only subpath converts a folder in worker threads.
const { mkdtempSync, mkdirSync, readFileSync, writeFileSync } = await import('node:fs')
const { tmpdir } = await import('node:os')
const { join } = await import('node:path')
const { convertArchive } = await import('@cccme/news-model/node')
const folder = mkdtempSync(join(tmpdir(), 'news-model-smoke-'))
mkdirSync(join(folder, 'in'))
// More pages than are converted before the worker threads start.
for (let i = 0; i < 12; i++) writeFileSync(join(folder, 'in', `meeting-${i}.md`), markdown)
const summary = await convertArchive(join(folder, 'in'), join(folder, 'out'), { jobs: 2 })
assert.equal(summary.workers, 2)
assert.equal(summary.converted, 12)
assert.match(readFileSync(join(folder, 'out', 'meeting-0.html'), 'utf8'), /两百家会员企业出席/)

// The Astro loader reads the folder into a collection, through a context shaped as Astro's.
const { newsArticleLoader } = await import('@cccme/news-model/astro')
const { pathToFileURL } = await import('node:url')
const entries = new Map()
const logged = []
await newsArticleLoader({ base: join(folder, 'in'), pattern: 'meeting-1.md' }).load({
  collection: 'news',
  store: {
    get: (id) => entries.get(id),
    set: (entry) => entries.set(entry.id, entry),
    delete: (id) => entries.delete(id),
    keys: () => [...entries.keys()],
  },
  meta: { get: () => undefined, set() {}, delete() {} },
  logger: {
    info: (m) => logged.push(m),
    warn: (m) => logged.push(m),
    error: (m) => logged.push(m),
  },
  config: { root: pathToFileURL(`${folder}/`) },
  parseData: async ({ data }) => data,
  generateDigest: (text) => String(text.length),
})
assert.deepEqual([...entries.keys()], ['meeting-1'])
assert.match(entries.get('meeting-1').rendered.html, /两百家会员企业出席/)
console.log(`import on Node ${process.versions.node}: ok`)
