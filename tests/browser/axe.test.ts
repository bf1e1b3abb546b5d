import axe from 'axe-core'
import { describe, expect, it } from 'vitest'
import { renderHtml } from '../../src/render/index.js'
import { documentArticles } from '../render/documents.js'
import { browserAvailable, browserRequired, useChromium } from './chromium.js'

describe.skipIf(!browserAvailable && !browserRequired)('axe-core in Chromium', () => {
  const browser = useChromium()

  it('finds no violation on the page of any fixture, with the default stylesheet', async () => {
    const context = await browser().newContext()
    await context.route('**/*', (route) => route.abort())
    const page = await context.newPage()
    const found: Array<{ name: string; violations: string[] }> = []
    for (const [name, article] of documentArticles()) {
      await page.setContent(renderHtml(article, { document: true }), { waitUntil: 'load' })
      await page.addScriptTag({ content: axe.source })
      const violations: string[] = await page.evaluate(`axe.run(document).then((result) =>
        result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`)
      if (violations.length > 0) found.push({ name, violations })
    }
    expect(found).toEqual([])
    await context.close()
  }, 120_000)
})
