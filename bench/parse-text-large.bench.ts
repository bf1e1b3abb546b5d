// parseText on a megabyte of each degenerate shape, to compare with the time per KB of
// ordinary pages: the time must grow in proportion to the input (run it at other sizes
// by changing `size`). tests/parse/text/large-input.test.ts checks that each shape
// completes; this file says how fast.
import { bench, describe } from 'vitest'
import { ArticleParseError, parseText } from '../src/parse/index.js'

const size = 1_000_000
const headline = 'Chamber Opens New Office\n'

function fill(line: (index: number) => string): string {
  const parts: string[] = []
  let length = 0
  for (let index = 0; length < size; index++) {
    const text = line(index)
    parts.push(text)
    length += text.length
  }
  return parts.join('').slice(0, size)
}

const shapes: Record<string, string> = {
  'prose lines of 80 characters': fill(
    (i) => `The chamber met buyers from ${i % 97} countries and signed three letters of intent.\n`,
  ),
  'short lines ("ab")': headline + 'ab\n'.repeat(size / 3),
  'one line of words': headline + 'word '.repeat(size / 5),
  'one repeated character': 'a'.repeat(size),
  'labels on one line': headline + 'Source: x '.repeat(size / 10),
  'Chinese prose lines': `示例商会组织企业参加春季交易会\n${fill(() => '示例商会组织三十余家会员企业参加春季机电产品交易会，展出各类产品五百余种。\n')}`,
}

describe('parseText on a megabyte', () => {
  for (const [name, text] of Object.entries(shapes)) {
    bench(
      name,
      () => {
        try {
          parseText(text)
        } catch (error) {
          if (!(error instanceof ArticleParseError)) throw error
        }
      },
      { time: 2000, iterations: 3 },
    )
  }
})
