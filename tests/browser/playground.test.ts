import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import axe from 'axe-core'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { messages } from '../../playground/src/messages.js'
import { buildPlayground } from '../../scripts/build-playground.js'
import { type StaticServer, serveFolder } from '../../scripts/serve-playground.js'
import { parseMarkdown, parseText } from '../../src/parse/index.js'
import { renderJson } from '../../src/render/index.js'
import { browserAvailable, browserRequired, useChromium } from './chromium.js'

// An invented legacy page, typed key by key: a known headline, and a meta line (line 5)
// whose date does not exist.
const headline = 'Harbour Cranes Arrive at the Example Port'
const typedPage = [
  'Home > News > Content',
  '',
  headline,
  '',
  'Source:Invented Chamber Office Add Time:2014-13-45 10:00:00',
  '',
  ' Members of the chamber inspected the new harbour cranes on Tuesday morning.',
].join('\n')

const examples = new URL('../../examples/articles/', import.meta.url)
const example = (name: string) => readFileSync(new URL(name, examples), 'utf8')

// The selected text of the input, whether it has the focus, and how its backdrop lies:
// the same box, the same width for text, the same scroll.
const inputState = `(() => {
  const source = document.querySelector('#source')
  const backdrop = document.querySelector('#backdrop')
  const box = (element) => { const r = element.getBoundingClientRect(); return [r.x, r.y, r.width, r.height] }
  return {
    selected: source.value.slice(source.selectionStart, source.selectionEnd),
    focused: document.activeElement === source,
    sameBox: JSON.stringify(box(source)) === JSON.stringify(box(backdrop)),
    sameWidth: source.clientWidth === backdrop.clientWidth,
    scrollTop: [source.scrollTop, backdrop.scrollTop],
    lines: source.value.split('\\n').length,
    blocks: backdrop.children.length,
  }
})()`

interface InputState {
  selected: string
  focused: boolean
  sameBox: boolean
  sameWidth: boolean
  scrollTop: [number, number]
  lines: number
  blocks: number
}

describe.skipIf(!browserAvailable && !browserRequired)('the playground in Chromium', () => {
  const browser = useChromium()
  let folder = ''
  let server: StaticServer | undefined

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'news-model-playground-'))
    await buildPlayground({ outDir: folder })
    server = await serveFolder(folder, 0)
  }, 60_000)

  afterAll(async () => {
    await server?.close()
    rmSync(folder, { recursive: true, force: true })
  })

  function address(): string {
    if (!server) throw new Error('The playground is not served')
    return server.url
  }

  // A page of the playground, with every request to another place refused and every
  // console error and uncaught exception kept.
  async function open(
    context: BrowserContext,
    query = '',
  ): Promise<{ page: Page; errors: string[] }> {
    const origin = address()
    await context.route('**/*', (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.abort(),
    )
    const page = await context.newPage()
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${origin}${query}`)
    await page.waitForSelector('html[data-ready="true"]')
    return { page, errors }
  }

  async function violations(page: Page): Promise<string[]> {
    // Evaluated from outside, as the page's policy refuses inline scripts.
    await page.evaluate(axe.source)
    // The frame's page is the library's renderHtml, checked by axe.test.ts; its sandbox
    // runs no script, axe's included.
    return page.evaluate(`axe.run(document, { iframes: false }).then((result) =>
      result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`)
  }

  async function articleJson(page: Page): Promise<{ headline?: string }> {
    const text = (await page.locator('#json-output').textContent()) ?? ''
    return text.startsWith('{') ? JSON.parse(text) : {}
  }

  it('reads a typed legacy page: the headline in the JSON and the frame, the bad date on its line', async () => {
    const context = await browser().newContext()
    const { page, errors } = await open(context)
    expect(await page.locator('#status').textContent()).toBe(messages.en.emptyInput)

    await page.locator('textarea').first().click()
    await page.keyboard.type(typedPage)
    await expect.poll(async () => (await articleJson(page)).headline).toBe(headline)
    expect(await page.frameLocator('#preview').locator('h1').textContent()).toBe(headline)
    // Nothing from the input can run in the frame: a sandbox with no allowance at all.
    expect(await page.locator('#preview').getAttribute('sandbox')).toBe('')

    const diagnostics = page.locator('#diagnostics .diagnostic')
    await expect.poll(() => diagnostics.count()).toBe(1)
    expect(await diagnostics.locator('.severity').textContent()).toBe('warning')
    expect(await diagnostics.locator('.place').textContent()).toBe('line 5, column 41')
    expect(await diagnostics.locator('.message').textContent()).toBe(
      'Expected a date that exists, such as 2014-10-13, found "2014-13-45 10:00:00"',
    )
    expect(await page.locator('#diagnostic-count').textContent()).toBe(
      '1 diagnostic: errors 0, warnings 1, notes 0.',
    )
    expect(await page.locator('#diagnostic-count').getAttribute('role')).toBe('status')

    // The meta line, and it alone, is marked behind the input.
    const marked = page.locator('#backdrop [data-severity]')
    expect(await marked.evaluateAll((blocks) => blocks.map((block) => block.textContent))).toEqual([
      'Source:Invented Chamber Office Add Time:2014-13-45 10:00:00',
    ])
    expect(await marked.getAttribute('data-line')).toBe('5')
    expect(await marked.getAttribute('data-severity')).toBe('warning')
    const before = (await page.evaluate(inputState)) as InputState
    expect(before).toMatchObject({ sameBox: true, sameWidth: true, lines: 7, blocks: 7 })

    // Choosing the diagnostic selects the date in the input.
    await diagnostics.click()
    expect(await page.evaluate(inputState)).toMatchObject({
      selected: '2014-13-45 10:00:00',
      focused: true,
    })

    expect(await violations(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('switches to Chinese, remembers it in the address and the browser, and stays accessible', async () => {
    const context = await browser().newContext()
    const { page, errors } = await open(context)
    await page.locator('textarea').first().fill(typedPage)
    await expect.poll(() => page.locator('#diagnostics .diagnostic').count()).toBe(1)

    await page.getByRole('button', { name: '中文' }).click()
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
    expect(messages.zh.heading).not.toBe(messages.en.heading)
    expect(await page.locator('h1').textContent()).toBe(messages.zh.heading)
    expect(await page.title()).toBe(messages.zh.title)
    expect(await page.locator('label[for="kind"]').textContent()).toBe(messages.zh.kind)
    expect(await page.locator('#diagnostics .severity').textContent()).toBe('警告')
    expect(await page.locator('#diagnostics .place').textContent()).toBe('第 5 行，第 41 列')
    expect(await page.locator('#diagnostic-count').textContent()).toBe(
      '1 条诊断信息: 错误 0 条，警告 1 条，提示 0 条。',
    )
    expect(await page.getByRole('button', { name: '中文' }).getAttribute('aria-pressed')).toBe(
      'true',
    )
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh')
    expect(await violations(page)).toEqual([])

    // Opened again without the parameter, the page keeps the choice.
    await page.goto(address())
    await page.waitForSelector('html[data-ready="true"]')
    expect(await page.locator('h1').textContent()).toBe(messages.zh.heading)
    // The address wins over the memory.
    await page.goto(`${address()}?lang=en`)
    await page.waitForSelector('html[data-ready="true"]')
    expect(await page.locator('h1').textContent()).toBe(messages.en.heading)
    expect(errors).toEqual([])
    await context.close()
  })

  it('loads an example with one click, detects its kind, and offers the results as files', async () => {
    const context = await browser().newContext({ acceptDownloads: true })
    const { page, errors } = await open(context)
    const textPage = example('zh-trade-delegation.txt')
    await page.getByRole('button', { name: 'zh-trade-delegation.txt' }).click()
    expect(await page.locator('textarea').first().inputValue()).toBe(textPage)
    expect((await articleJson(page)).headline).toBe(parseText(textPage).article.headline)
    expect(await page.locator('#detected-kind').textContent()).toBe(
      `Read as: ${messages.en.kindText}`,
    )

    const markdown = example('annual-meeting.md')
    await page.getByRole('button', { name: 'annual-meeting.md' }).click()
    const { article } = parseMarkdown(markdown)
    expect((await articleJson(page)).headline).toBe(article.headline)
    expect(await page.locator('#detected-kind').textContent()).toBe(
      `Read as: ${messages.en.kindMarkdown}`,
    )

    // Scrolled to its end, the input keeps its backdrop in step.
    await page.evaluate(`document.querySelector('#source').scrollTop = 1e6`)
    await expect
      .poll(async () => {
        const { scrollTop } = (await page.evaluate(inputState)) as InputState
        return scrollTop[0] > 0 && scrollTop[0] === scrollTop[1]
      })
      .toBe(true)

    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: messages.en.downloadJson }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe('article.json')
    const saved = await file.path()
    expect(readFileSync(saved, 'utf8')).toBe(renderJson(article))

    // A time zone that does not exist is refused with the library's words.
    await page.locator('#time-zone').fill('Mars/Olympus')
    await page.locator('#time-zone').press('Enter')
    await expect.poll(() => page.locator('#status').textContent()).toContain('Mars/Olympus')
    expect(await page.locator('#time-zone').getAttribute('aria-invalid')).toBe('true')
    await page.locator('#time-zone').fill('')
    await page.locator('#time-zone').press('Enter')
    await expect.poll(() => page.locator('#status').isHidden()).toBe(true)

    // Article JSON with a key the model does not have makes no article: the error is
    // listed and marked, and there is nothing to show or save.
    const json = [
      '{',
      '  "type": "NewsArticle",',
      '  "language": "en",',
      '  "headline": "Office Opens",',
      '  "authors": [{ "type": "Person", "name": "Chen Li", "nickname": "Xiao Chen" }],',
      '  "body": { "type": "root", "children": [] }',
      '}',
    ].join('\n')
    await page.locator('textarea').first().fill(json)
    await expect.poll(() => page.locator('#status').textContent()).toBe(messages.en.noArticle)
    const error = page.locator('#diagnostics .diagnostic[data-severity="error"]')
    expect(await error.locator('.message').textContent()).toBe('authors[0].nickname: unknown key')
    expect(await error.getAttribute('data-line')).toBe('5')
    expect(await page.locator('#backdrop [data-line="5"]').getAttribute('data-severity')).toBe(
      'error',
    )
    expect(await page.locator('#preview').getAttribute('srcdoc')).toBe('')
    expect(await page.getByRole('button', { name: messages.en.downloadJson }).isDisabled()).toBe(
      true,
    )

    expect(errors).toEqual([])
    await context.close()
  })
})
