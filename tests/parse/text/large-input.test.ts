// Very large and degenerate pages: parseText finishes with an article or an
// ArticleParseError, never a stack overflow or another exception. Times are measured in
// bench/parse-text-large.bench.ts; this file only checks that each shape completes.
import { describe, expect, it } from 'vitest'
import { ArticleParseError, parseText } from '../../../src/parse/index.js'
import { validateArticle } from '../../../src/schema/index.js'

function outcome(text: string): 'article' | 'error' {
  try {
    const { article } = parseText(text)
    expect(validateArticle(article).success).toBe(true)
    return 'article'
  } catch (error) {
    if (error instanceof ArticleParseError) return 'error'
    throw error
  }
}

// A repeatable stream of code points from every plane in use, lone surrogates left out.
function randomText(length: number, seed: number): string {
  const parts: string[] = []
  let size = 0
  let state = seed
  while (size < length) {
    state = (state * 1_103_515_245 + 12_345) & 0x7fffffff
    const code = state % 0x30000
    const char =
      code % 53 === 0 ? '\n' : code >= 0xd800 && code < 0xe000 ? ' ' : String.fromCodePoint(code)
    parts.push(char)
    size += char.length
  }
  return parts.join('')
}

const headline = 'Chamber Opens New Office\n'
const large = 60_000

describe('parseText on very large input', () => {
  it(
    'reads 250,000 lines',
    () => {
      const lines = Array.from({ length: 250_000 }, (_, i) => `Line ${i} of the yearly report.`)
      expect(outcome(headline + lines.join('\n'))).toBe('article')
    },
    large,
  )

  it(
    'reads 150,000 short lines, with each line-ending style',
    () => {
      for (const ending of ['\n', '\r\n', '\r']) {
        expect(outcome(headline + `ab${ending}`.repeat(150_000))).toBe('article')
      }
    },
    large,
  )

  it(
    'reads a single line of 10 MB',
    () => {
      const { article } = parseText(headline + 'word '.repeat(2_000_000))
      expect(article.headline).toBe('Chamber Opens New Office')
    },
    large,
  )

  it.each(['a', ':', '1', '年', '|', '>', '(', '【', '-', '.', ' ', '\n', '©'])(
    'finishes on a megabyte of one repeated character: %j',
    (char) => {
      expect(['article', 'error']).toContain(outcome(char.repeat(1_000_000)))
      expect(['article', 'error']).toContain(outcome(headline + char.repeat(1_000_000)))
    },
    large,
  )

  it.each(['Source: x ', '来源：', 'By ', 'Add Time:2014-10-13 ', '记者 ', 'Home > '])(
    'reads 100,000 labels on one line: %j',
    (label) => {
      expect(outcome(headline + label.repeat(100_000))).toBe('article')
    },
    large,
  )

  it(
    'finishes on a megabyte of random Unicode',
    () => {
      for (const seed of [1, 2, 3]) {
        expect(['article', 'error']).toContain(outcome(randomText(1_000_000, seed)))
      }
    },
    large,
  )
})
