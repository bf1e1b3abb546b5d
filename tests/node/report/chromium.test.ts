import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import axe from 'axe-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArchiveReport } from '../../../src/node/report/archive-report.js'
import { writeReport } from '../../../src/node/report/index.js'
import { browserAvailable, browserRequired, useChromium } from '../../browser/chromium.js'
import { diagnosticAt, pageOf, sampleReport } from './sample-report.js'

// A run whose outputs have names a link must encode, written to a temporary folder with
// the report beside them.
let root = ''
let reportFile = ''
let report: ArchiveReport

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'news-model-report-browser-'))
  report = { ...sampleReport(), input: join(root, 'archive'), output: join(root, 'site') }
  report.pages.push(
    pageOf('en/2021/100% <b>&"quoted"\'.txt', [
      diagnosticAt('unused-date', 1, [1, 5], '<script>window.__ran = 1</script>'),
    ]),
    pageOf('zh/2021/新闻 #3.txt', [diagnosticAt('site-furniture', 2, [1, 3], '返回顶部')]),
  )
  for (const page of report.pages) {
    for (const output of page.outputs) {
      const path = join(report.output, ...output.split('/'))
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, `<!DOCTYPE html><title>${page.input}</title>`)
    }
  }
  reportFile = join(root, 'site', 'reports', 'review.html')
  await writeReport(reportFile, report)
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe.skipIf(!browserAvailable && !browserRequired)('a written report in Chromium', () => {
  const browser = useChromium()

  it('opens from disk without a request, a console error or a script', async () => {
    const context = await browser().newContext()
    const url = pathToFileURL(reportFile).href
    const requests: string[] = []
    await context.route('**/*', (route) => {
      const requested = route.request().url()
      if (requested === url) return route.continue()
      requests.push(requested)
      return route.abort()
    })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(url, { waitUntil: 'load' })
    expect(requests).toEqual([])
    expect(errors).toEqual([])
    expect(await page.evaluate('window.__ran')).toBeUndefined()
    expect(await page.locator('script').count()).toBe(0)
    await context.close()
  })

  it('shows the totals of the run', async () => {
    const page = await browser().newPage()
    await page.goto(pathToFileURL(reportFile).href)
    const shown: Record<string, string> = {}
    for (const name of Object.keys(report.totals)) {
      // biome-ignore lint/performance/useDomNodeTextContent: what is shown, as a person reads it
      shown[name] = await page.locator(`[data-total="${name}"] dd`).innerText()
    }
    expect(shown).toEqual({
      pages: '12',
      converted: '10',
      unchanged: '1',
      failed: '1',
      orphaned: '2',
      errors: '2',
      warnings: '3',
      infos: '5',
    })
    expect(await page.title()).toBe(`Review of ${report.input} converted to ${report.output}`)
    await page.close()
  })

  it('links every output to its file on disk', async () => {
    const page = await browser().newPage()
    await page.goto(pathToFileURL(reportFile).href)
    const links: Array<{ href: string; text: string }> = await page.evaluate(`
      [...document.querySelectorAll('a[href]')]
        .filter((a) => !a.getAttribute('href').startsWith('#'))
        .map((a) => ({ href: a.href, text: a.textContent }))`)
    const outputs = report.pages.flatMap((page) => page.outputs)
    expect(new Set(links.map((link) => link.text))).toEqual(new Set(outputs))
    for (const link of links) {
      const path = fileURLToPath(link.href)
      expect(path).toBe(join(report.output, ...link.text.split('/')))
      expect(existsSync(path)).toBe(true)
    }
    // Following one shows the page of that output.
    await page.getByRole('link', { name: 'zh/2021/新闻 #3.html' }).click()
    expect(await page.title()).toBe('zh/2021/新闻 #3.txt')
    await page.close()
  })

  it('finds no accessibility violation with axe-core', async () => {
    const page = await browser().newPage()
    await page.goto(pathToFileURL(reportFile).href)
    await page.addScriptTag({ content: axe.source })
    const violations: string[] = await page.evaluate(`axe.run(document).then((result) =>
      result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`)
    expect(violations).toEqual([])
    await page.close()
  }, 60_000)
})
