// Takes the screenshot in docs/rendering.md: the example article, rendered as a page
// with the default stylesheet, in Debian's headless Chromium.
// Run: npm run screenshot (needs /usr/bin/chromium, or CHROMIUM_PATH, and a font with
// Chinese characters, such as Debian's fonts-wqy-zenhei, for the 中文版 link).
import { readFileSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { parseMarkdown, renderHtml } from '../src/index.js'

const root = new URL('../', import.meta.url)
const markdown = readFileSync(new URL('examples/articles/annual-meeting.md', root), 'utf8')
const { article } = parseMarkdown(markdown)
const html = renderHtml(article, { document: true })

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
  ],
})
const page = await browser.newPage({ viewport: { width: 900, height: 700 }, deviceScaleFactor: 1 })
await page.route('**/*', (route) => route.abort())
await page.setContent(html, { waitUntil: 'load' })
const file = new URL('docs/images/example-article.png', root).pathname
await page.screenshot({ path: file, fullPage: true })
await browser.close()
console.log(`wrote ${file}`)
