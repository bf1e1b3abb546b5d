import { describe, expect, it } from 'vitest'
import { ArticleParseError, parseMarkdown } from '../../../src/parse/index.js'
import { maxBodyNesting } from '../../../src/parse/markdown/html-nesting.js'
import { renderHtml } from '../../../src/render/index.js'

const file = (body: string) => `---\ntitle: Deep HTML\n---\n\n${body}\n`

function refusal(markdown: string) {
  try {
    parseMarkdown(markdown)
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleParseError)
    return (error as ArticleParseError).diagnostics.map((d) => ({
      line: d.line,
      column: d.column,
      ruleId: d.ruleId,
      actual: d.actual,
    }))
  }
  return undefined
}

describe('parseMarkdown: raw HTML counts toward the nesting limit', () => {
  it('reads and renders HTML nested up to the limit, Markdown levels included', () => {
    // The html node is the body's first level; its elements come on top.
    const { article } = parseMarkdown(file('<div>'.repeat(maxBodyNesting - 1)))
    expect(renderHtml(article)).toContain('<div>')
  })

  it('refuses <div> nested 2,000 deep at the tag that passes the limit', () => {
    expect(refusal(file('<div>'.repeat(2000)))).toEqual([
      {
        line: 5,
        column: 5 * (maxBodyNesting - 1) + 1,
        ruleId: 'invalid-value',
        actual: 'a value 257 levels deep',
      },
    ])
  })

  it('counts the elements left open by one html node in the nodes after it', () => {
    const opened = Array.from({ length: maxBodyNesting }, () => '<section>\n\ntext\n').join('\n')
    const result = refusal(file(opened))
    expect(result?.[0]?.ruleId).toBe('invalid-value')
  })

  it('counts Markdown nesting and HTML together', () => {
    const quotes = '> '.repeat(100)
    expect(refusal(file(`${quotes}${'<b>'.repeat(20)}x`))).toBeUndefined()
    expect(refusal(file(`${quotes}${'<b>'.repeat(40)}x`))?.[0]?.ruleId).toBe('invalid-value')
  })

  it('does not count void elements, self-closing tags, closed elements or comments', () => {
    const flat = [
      '<br>'.repeat(1000),
      '<img src="a.png">'.repeat(500),
      '<x/>'.repeat(1000),
      '<span>a</span>'.repeat(1000),
      '<!-- <div><div><div> -->'.repeat(200),
    ].join('\n\n')
    expect(refusal(file(flat))).toBeUndefined()
  })

  it('reads a stray < without a > as text', () => {
    expect(refusal(file(`a ${'<div '.repeat(5000)}`))).toBeUndefined()
  })
})
