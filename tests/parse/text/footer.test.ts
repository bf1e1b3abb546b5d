import { describe, expect, it } from 'vitest'
import { classifyLine } from '../../../src/parse/text/classify.js'
import { findRunningText } from '../../../src/parse/text/footer.js'
import { compileLabels, defaultLabels } from '../../../src/parse/text/labels.js'
import { runningTextTest } from '../../../src/parse/text/layout.js'
import { splitLines } from '../../../src/parse/text/lines.js'
import { defaultVocabulary } from '../../../src/parse/vocabulary/vocabulary.js'

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

describe('running text, read once per line', () => {
  const strict = {
    ...defaultVocabulary,
    thresholds: { ...defaultVocabulary.thresholds, sentenceWords: 8 },
  }
  const [short] = splitLines('The plant opens today.')
  const read = (vocabulary: typeof defaultVocabulary) => {
    const entry = classifyLine(short as NonNullable<typeof short>, { ...context, vocabulary })
    if (entry.kind !== 'text') throw new Error(`expected a text entry, got ${entry.kind}`)
    return entry
  }

  it('marks a short sentence as running text with the page thresholds', () => {
    expect(read(defaultVocabulary)).toMatchObject({ prose: false, running: true })
    expect(read(strict)).toMatchObject({ prose: false, running: false })
  })

  it('finds the running text the entries were read with', () => {
    // Below the first of two such lines: the second, or none (the number of entries).
    expect([...findRunningText([read(strict), read(strict)]).nextProse]).toEqual([2, 2])
    const plain = [read(defaultVocabulary), read(defaultVocabulary)]
    expect([...findRunningText(plain).nextProse]).toEqual([1, 2])
  })

  it('lets the layout read running text with the default thresholds, whatever the page', () => {
    expect(runningTextTest(strict.thresholds)(read(strict))).toBe(true)
    expect(runningTextTest(defaultVocabulary.thresholds)(read(defaultVocabulary))).toBe(true)
  })
})
