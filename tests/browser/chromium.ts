import { existsSync } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

/** Where Debian's chromium is installed; the tests never download a browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Whether a missing browser must fail the run (CI sets REQUIRE_BROWSER=1). */
export const browserRequired = process.env.REQUIRE_BROWSER === '1'

/** Whether the browser tests can run here. */
export const browserAvailable = existsSync(chromiumPath)

if (!browserAvailable && !browserRequired) {
  console.warn(
    `\nBrowser tests were NOT run: no Chromium at ${chromiumPath}.\n` +
      "Install Debian's chromium (sudo apt-get install -y chromium), or set CHROMIUM_PATH,\n" +
      'then run them with: npm run test:browser\n',
  )
}

/**
 * Start headless Chromium with no network of its own and no sandbox (the tests run as
 * root in CI).
 *
 * @returns the browser.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/**
 * Start Chromium before the tests of a file and close it after them.
 *
 * @returns a function giving the running browser.
 * @throws {Error} before the tests when REQUIRE_BROWSER=1 and there is no Chromium.
 */
export function useChromium(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    if (!browserAvailable)
      throw new Error(`REQUIRE_BROWSER=1, but there is no Chromium at ${chromiumPath}`)
    browser = await launchChromium()
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('Chromium has not started')
    return browser
  }
}
