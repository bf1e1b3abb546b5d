import { describe, expect, it } from 'vitest'
import { renderHtml } from '../../src/render/index.js'
import { everywhere } from '../fixtures/everywhere.js'
import { allXssPayloads } from '../fixtures/xss-payloads.js'
import { browserAvailable, browserRequired, useChromium } from './chromium.js'

// What the browser built: no script ran, and nothing that could run one is in the DOM.
const inspect = `(() => {
  const found = []
  if (window.__xss) found.push('a global was set')
  const bad = 'script:not([type="application/ld+json"]), iframe, object, embed, base, form, frame, frameset'
  for (const element of document.querySelectorAll(bad)) found.push('<' + element.localName + '>')
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.push(element.localName + '[' + attribute.name + ']')
      if (/^(href|src|action|formaction|data|srcdoc)$/i.test(attribute.name)) {
        let url
        try { url = new URL(attribute.value, 'https://page.example/') } catch { continue }
        if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) {
          found.push(element.localName + '[' + attribute.name + '=' + attribute.value + ']')
        }
      }
    }
  }
  return found
})()`

describe.skipIf(!browserAvailable && !browserRequired)('rendered pages in Chromium', () => {
  const browser = useChromium()

  it(`runs no script from any of ${allXssPayloads.length} payloads in every field`, async () => {
    const context = await browser().newContext({ javaScriptEnabled: true })
    // No request leaves the page: a payload that fetches something fails to.
    await context.route('**/*', (route) => route.abort())
    // Every payload calls alert: before any page script runs, alert, confirm and prompt
    // are made to mark the page instead of opening a dialog.
    await context.addInitScript({
      content: `{
        const mark = () => { window.__xss = true }
        window.alert = mark
        window.confirm = () => (mark(), false)
        window.prompt = () => (mark(), null)
      }`,
    })
    const page = await context.newPage()
    const dialogs: string[] = []
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message())
      await dialog.dismiss()
    })
    const failures: Array<{ payload: string; problems: string[] }> = []
    for (const payload of allXssPayloads) {
      await page.setContent(renderHtml(everywhere(payload), { document: true }), {
        waitUntil: 'load',
      })
      await page.waitForTimeout(5)
      const problems: string[] = await page.evaluate(inspect)
      if (page.url() !== 'about:blank') problems.push(`navigated to ${page.url()}`)
      if (problems.length > 0) failures.push({ payload, problems })
    }
    expect(dialogs).toEqual([])
    expect(failures).toEqual([])
    await context.close()
  }, 240_000)
})
