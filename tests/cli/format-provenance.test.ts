import { describe, expect, it } from 'vitest'
import { formatProvenance, maxProvenanceLines } from '../../src/cli/format-provenance.js'
import { createLineCounter } from '../../src/parse/_lib/line-counter.js'
import type { FieldProvenance } from '../../src/parse/provenance.js'

// An entry for the span of `text` from `start` to `end`.
function entry(text: string, start: number, end: number, path = 'headline'): FieldProvenance {
  const lines = createLineCounter(text)
  return {
    path,
    rule: 'front-matter',
    place: { start: lines.pointAt(start), end: lines.pointAt(end) },
  }
}

describe('formatProvenance', () => {
  it('prints the field, the rule and the source line with the span marked', () => {
    const source = '---\ntitle: Chamber Opens Office\n---\n'
    expect(formatProvenance(entry(source, 11, 31), { file: 'a.md', source })).toBe(
      'a.md:2:8-2:28: headline [front-matter]\ntitle: Chamber Opens Office\n       ^^^^^^^^^^^^^^^^^^^^',
    )
  })

  it('prints only the heading line without the source', () => {
    const source = 'Title\n'
    expect(formatProvenance(entry(source, 0, 5))).toBe('<input>:1:1-1:6: headline [front-matter]')
  })

  it('marks wide characters with two carets each, and expands tabs', () => {
    const source = '来源：商会\tNews'
    const text = formatProvenance(entry(source, 3, 10, 'source'), { source })
    expect(text.split('\n').slice(1)).toEqual(['来源：商会      News', '      ^^^^^^^^^^^^^^'])
  })

  it('escapes control characters in the source and marks their escapes', () => {
    const source = 'A\u001b[2JB'
    const text = formatProvenance(entry(source, 1, 5), { source })
    expect(text.split('\n').slice(1)).toEqual(['A\\u001b[2JB', ' ^^^^^^^^^'])
  })

  it(`prints at most ${maxProvenanceLines} lines of a long span and counts the rest`, () => {
    const source = 'one\ntwo\nthree\nfour\nfive\n'
    const lines = formatProvenance(entry(source, 0, source.length - 1, 'body'), { source }).split(
      '\n',
    )
    expect(lines.slice(1)).toEqual(['one', '^^^', 'two', '^^^', 'three', '^^^^^', '… 2 more lines'])
  })

  it('marks an empty span with one caret at its place', () => {
    const source = 'ab'
    expect(
      formatProvenance(entry(source, 1, 1), { source })
        .split('\n')
        .slice(1),
    ).toEqual(['ab', ' ^'])
  })
})
