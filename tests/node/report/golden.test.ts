import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderReportHtml, reportJson } from '../../../src/node/report/index.js'
import { sampleReport } from './sample-report.js'

// The whole report of a small invented run, reviewed when it changes:
// UPDATE_GOLDEN=1 npx vitest run tests/node/report writes them.
describe('golden reports', () => {
  it.each([
    ['sample.golden.html', () => renderReportHtml(sampleReport())],
    ['sample.golden.json', () => reportJson(sampleReport())],
  ])('writes the sample run as %s', (name, write) => {
    const file = new URL(`../../fixtures/report/${name}`, import.meta.url)
    const text = write()
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, text)
    expect(text).toBe(readFileSync(file, 'utf8'))
  })
})
