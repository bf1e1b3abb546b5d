import { describe, expect, it } from 'vitest'
import { ArticleParseError, parseMarkdown } from '../../../src/parse/index.js'

// The full sizes run under `npm run test:deep`; the everyday suite runs a tenth of each.
const scale = process.env.NEWS_MODEL_DEEP === '1' ? 1 : 0.1

const inputs: Array<[string, () => string]> = [
  ['250,000 lines', () => `# Lines\n\n${'word\n\n'.repeat(250_000 * scale)}`],
  ['a 10 MB line', () => `# Line\n\n${'word '.repeat(2_000_000 * scale)}`],
  ['150,000 short lines', () => `# Short\n\n${'a\n'.repeat(150_000 * scale)}`],
  ['block quotes 5,000 deep', () => `# Quotes\n\n${'>'.repeat(5000)} a`],
  ['lists 2,000 deep', () => `# Lists\n\n${'- '.repeat(2000)}a`],
  ['raw HTML 20,000 deep', () => `# HTML\n\n${'<div>'.repeat(20_000)}`],
]

describe('parseMarkdown on large inputs', () => {
  it.each(inputs)(
    'reads %s or refuses it with an ArticleParseError',
    (_name, make) => {
      try {
        const { article } = parseMarkdown(make())
        expect(article.body?.children.length).toBeGreaterThan(0)
      } catch (error) {
        expect(error).toBeInstanceOf(ArticleParseError)
      }
    },
    120_000,
  )
})
