import { describe, expect, it } from 'vitest'
import { classifyLine } from '../../../src/parse/text/classify.js'
import { findRunningText } from '../../../src/parse/text/footer.js'
import { compileLabels, defaultLabels } from '../../../src/parse/text/labels.js'
import { splitLines } from '../../../src/parse/text/lines.js'

const context = { labels: compileLabels(defaultLabels), language: 'en' as const }
const entriesOf = (text: string) => splitLines(text).map((line) => classifyLine(line, context))

describe('findRunningText', () => {
  it('points each entry at the next text entry and the next one that reads as prose', () => {
    const entries = entriesOf(
      [
        'The chamber opened a plant on Tuesday.',
        'Copyright © 2020 Example Chamber',
        'Most Read Stories',
        'The plant will open to visitors next year.',
        'Privacy Policy',
      ].join('\n'),
    )
    const { nextText, nextProse } = findRunningText(entries)
    expect([...nextText]).toEqual([2, 2, 3, 4, 5])
    expect([...nextProse]).toEqual([3, 3, 3, 5, 5])
  })

  it('runs in one pass over 200,000 entries', () => {
    const entries = entriesOf('Copyright 2020 Example\n'.repeat(200_000))
    expect(findRunningText(entries).nextProse[0]).toBe(entries.length)
  })
})
