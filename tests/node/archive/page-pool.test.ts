import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { PageSettings } from '../../../src/node/archive/convert-page.js'
import { openPagePool, pagesBeforeWorkers } from '../../../src/node/archive/page-pool.js'
import { markdownArticle, temporaryFolder } from '../../cli/call.js'

const settings: PageSettings = {
  formats: ['html'],
  from: undefined,
  encoding: undefined,
  timeZone: undefined,
  language: undefined,
  profile: undefined,
  document: true,
  jsonLd: true,
}

const page = (i: number) => ({
  name: `page-${i}.md`,
  bytes: new TextEncoder().encode(markdownArticle(`Article Number ${i}`)),
})

describe('the page pool', () => {
  it('converts in the calling thread when no worker script is found', async () => {
    const pool = openPagePool(settings, 2, undefined)
    const result = await pool.convert(page(1))
    expect(result).toMatchObject({ status: 'converted', outputs: [{ format: 'html' }] })
    expect(pool.workers).toBe(0)
    await pool.close()
  })

  it('converts every page in the calling thread when its worker threads cannot start', async () => {
    const missing = join(temporaryFolder(), 'no-such-worker.js')
    const pool = openPagePool(settings, 2, missing)
    const count = pagesBeforeWorkers + 6
    const results = await Promise.all(
      Array.from({ length: count }, (_, i) => pool.convert(page(i))),
    )
    expect(results.map((result) => result.status)).toEqual(Array(count).fill('converted'))
    expect(pool.workers).toBe(0)
    await pool.close()
  })
})
