// Takes the screenshot in docs/playground.md: the playground, built into a temporary
// folder and served on 127.0.0.1, with an invented legacy page typed in, in Debian's
// headless Chromium at a fixed viewport.
// Run: npm run screenshot:playground (needs /usr/bin/chromium, or CHROMIUM_PATH).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { buildPlayground } from './build-playground.js'
import { serveFolder } from './serve-playground.js'

// Invented, in the archive's form: a menu line, a breadcrumb, a headline, a meta line
// with a date that does not exist, two paragraphs and a footer.
const page = `Home | News | Members | Contact
Home > News > Content

Harbour Cranes Arrive at the Example Port

Source:Invented Chamber Office Author:Lin Tao Add Time:2014-13-45 10:00:00

 Members of the chamber inspected the new harbour cranes on Tuesday morning.

The port expects the cranes to double its container traffic within two years.

Copyright © 2014 Invented Chamber of Commerce. All rights reserved.`

const folder = mkdtempSync(join(tmpdir(), 'news-model-playground-'))
try {
  await buildPlayground({ outDir: folder })
  const server = await serveFolder(folder, 0)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  })
  const tab = await browser.newPage({
    viewport: { width: 1280, height: 1080 },
    deviceScaleFactor: 1,
    locale: 'en-US',
  })
  await tab.route('**/*', (route) =>
    route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
  )
  await tab.goto(`${server.url}?lang=en`)
  await tab.waitForSelector('html[data-ready="true"]')
  await tab.locator('#source').fill(page)
  await tab.locator('#diagnostics .diagnostic').first().waitFor()
  await tab.frameLocator('#preview').locator('h1').waitFor()
  // The frame was written as the text was filled in; a page is taken once it has settled.
  await tab.waitForLoadState('load')
  await tab.evaluate(
    'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))',
  )
  // No caret or focus ring in the picture.
  await tab.locator('#source').blur()
  const file = new URL('../docs/images/playground.png', import.meta.url).pathname
  await tab.screenshot({ path: file })
  await browser.close()
  await server.close()
  console.log(`wrote ${file}`)
} finally {
  rmSync(folder, { recursive: true, force: true })
}
