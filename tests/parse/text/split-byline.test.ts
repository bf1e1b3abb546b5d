import { describe, expect, it } from 'vitest'
import { parseText } from '../../../src/parse/index.js'
import { classifyLine } from '../../../src/parse/text/classify.js'
import { compileLabels, defaultLabels } from '../../../src/parse/text/labels.js'
import { splitLines } from '../../../src/parse/text/lines.js'
import { readSplitBylines } from '../../../src/parse/text/split-byline.js'

const context = { labels: compileLabels(defaultLabels), language: 'en' as const }
const entriesOf = (text: string) =>
  readSplitBylines(
    splitLines(text).map((line) => classifyLine(line, context)),
    context,
  )

describe('readSplitBylines', () => {
  it('reads "By" alone on a line with the name on the next as one byline', () => {
    const [label, name] = entriesOf('By\nJane Doe | jane@example.com')
    expect(label).toMatchObject({ kind: 'meta', meta: { values: [] } })
    expect(name).toMatchObject({
      kind: 'meta',
      line: { number: 2 },
      meta: { values: [{ field: 'author', value: 'Jane Doe' }], rest: ['jane@example.com'] },
    })
  })

  it('leaves "By" alone when a blank line or a paragraph follows it', () => {
    expect(entriesOf('By\n\nJane Doe')[0]?.kind).toBe('text')
    expect(
      entriesOf('By\nthe end of the year the chamber will have opened three new offices abroad.')[0]
        ?.kind,
    ).toBe('text')
  })

  it('gives parseText the headline above the byline and the author', () => {
    const { article } = parseText(
      [
        'Two Arrested in Card Scheme',
        'Published: Dec. 22, 2016, 6:47 p.m.',
        'By',
        'Jane Doe | jane@example.com',
        '',
        'Two people were arrested on Wednesday in a scheme that copied debit cards at petrol pumps.',
      ].join('\n'),
    )
    expect(article.headline).toBe('Two Arrested in Card Scheme')
    expect(article.authors).toEqual([{ type: 'Person', name: 'Jane Doe' }])
  })
})
