import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../../src/index.js'
import { findDeepContainer } from '../../../src/parse/markdown/container-depth.js'
import { parseErrorOf } from '../../_lib/parse-error.js'

const front = '---\ntitle: Bounds\n---\n\n'

function refusal(markdown: string) {
  return parseErrorOf(() => parseMarkdown(markdown)).diagnostics[0]
}

// Each of these took the Markdown parser seconds to minutes (time with the square of
// the depth or of the count) before the checks below were added; a test timeout catches
// a return of that.
describe('parseMarkdown bounds what the Markdown parser reads in super-linear time', () => {
  it.each([
    ['list markers', '- '.repeat(25_000), 5, 127],
    ['ordered list markers', '1. '.repeat(20_000), 5, 190],
    ['block quote markers', '>'.repeat(100_000), 5, 128],
    ['block quotes with spaces', '> '.repeat(25_000), 5, 255],
    ['quotes and lists', '> - '.repeat(12_000), 5, 171],
  ])(
    'refuses a line of %s nested past the limit, at the marker that passes it',
    (_, line, row, column) => {
      const diagnostic = refusal(`${front}${line}a\n`)
      expect(diagnostic).toMatchObject({ ruleId: 'invalid-value', line: row, column })
    },
  )

  it('reads containers nested within the limit, and indented lists, as before', () => {
    const { article } = parseMarkdown(
      `${front}${'> '.repeat(20)}deep quote\n\n- a\n  - b\n    - c\n`,
    )
    expect(article.body.children.map((node) => node.type)).toEqual(['blockquote', 'list'])
  })

  it('does not count front matter, only the body', () => {
    expect(findDeepContainer(`---\nx: ${'- '.repeat(200)}\n---\nBody`, 8 + 400)).toBeUndefined()
  })

  it('reads setext underlines past the limit as text, with one warning, and keeps every character', () => {
    const { article, diagnostics } = parseMarkdown(`${front}${'Head\n===\n\npara\n\n'.repeat(600)}`)
    const headings = article.body.children.filter((node) => node.type === 'heading')
    expect(headings).toHaveLength(500)
    expect(JSON.stringify(article.body)).toContain('Head\\n===')
    expect(JSON.stringify(article.body)).not.toMatch(/[\uFDD0-\uFDDF]/)
    const warnings = diagnostics.filter((d) => d.ruleId === 'complex-markdown')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatchObject({ line: 5 + 500 * 5 + 1, column: 1, severity: 'warning' })
    expect(warnings[0]?.message).toContain('in one file')
  })

  it('parses 5,000 setext headings, which took the Markdown parser six seconds', () => {
    const { article } = parseMarkdown(`${front}${'a\n=\n'.repeat(5000)}`)
    expect(article.body.children.filter((node) => node.type === 'heading')).toHaveLength(500)
  })
})
