// The README's main job: turn the example archive (legacy text pages in English and
// Chinese, Markdown files and article JSON) into HTML pages with an index page linking
// them, and say where they are. Run: npm run demo
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import {
  formatDiagnostic,
  type NewsArticle,
  parseJson,
  parseMarkdown,
  parseText,
  renderHtml,
} from '../src/index.js'
import { defaultStylesheet } from '../src/render/index.js'

const root = new URL('.', import.meta.url).pathname
const input = join(root, 'articles')
const out = join(root, 'out')
mkdirSync(out, { recursive: true })

const readers: Record<
  string,
  (text: string, file: string) => { article: NewsArticle; diagnostics: unknown[] }
> = {
  '.txt': (text, file) => parseText(text, { file }),
  '.md': (text, file) => parseMarkdown(text, { file }),
  '.json': (text, file) => parseJson(text, { file }),
}

const entries: Array<{ article: NewsArticle; href: string; from: string }> = []
for (const name of readdirSync(input).sort()) {
  const read = readers[extname(name)]
  if (!read) continue
  const { article, diagnostics } = read(readFileSync(join(input, name), 'utf8'), name)
  for (const d of diagnostics as Parameters<typeof formatDiagnostic>[0][]) {
    if (d.severity !== 'info') console.error(formatDiagnostic(d, { file: name }))
  }
  const href = `${basename(name, extname(name))}.${extname(name).slice(1)}.html`
  writeFileSync(join(out, href), renderHtml(article, { document: { stylesheet: 'link' } }))
  entries.push({ article, href, from: name })
}
writeFileSync(join(out, 'styles.css'), defaultStylesheet)

// The index: one link per page, with its date and the file it was made from.
const index = h('html', { lang: 'en' }, [
  h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', 'Chamber news: example archive'),
    h('link', { rel: 'stylesheet', href: 'styles.css' }),
  ]),
  h('body', [
    h('main', { className: ['news-article'] }, [
      h('h1', 'Chamber news: example archive'),
      h(
        'ul',
        entries.map(({ article, href, from }) =>
          h('li', [
            h('a', { href, lang: article.language }, article.headline),
            ` (${article.datePublished?.slice(0, 10) ?? 'undated'}, from ${from})`,
          ]),
        ),
      ),
    ]),
  ]),
])
writeFileSync(
  join(out, 'index.html'),
  `${toHtml({ type: 'root', children: [{ type: 'doctype' }, index] }, { upperDoctype: true })}\n`,
)

console.log(`Rendered ${entries.length} articles from examples/articles/ to HTML:`)
for (const { article, href } of entries) console.log(`  examples/out/${href}  ${article.headline}`)
console.log(`\nOpen examples/out/index.html in a browser to read them.`)
