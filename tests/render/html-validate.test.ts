import { readFileSync } from 'node:fs'
import { HtmlValidate } from 'html-validate'
import { describe, expect, it } from 'vitest'
import { renderHtml } from '../../src/render/index.js'
import { documentArticles } from './documents.js'

const config = JSON.parse(
  readFileSync(new URL('../../.htmlvalidate.json', import.meta.url), 'utf8'),
)
const validator = new HtmlValidate(config)

describe('html-validate', () => {
  it.each(documentArticles())('passes on the page of %s', async (_, article) => {
    for (const options of [
      { document: true },
      { document: true, headingOffset: 1, linkTarget: '_blank' },
    ]) {
      const report = await validator.validateString(renderHtml(article, options))
      const messages = report.results.flatMap((result) =>
        result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
      )
      expect(messages).toEqual([])
    }
  })
})
