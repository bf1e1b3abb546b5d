import { toString as textOf } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { ArticleParseError, parseMarkdown } from '../../../src/parse/index.js'
import {
  boundComplexMarkdown,
  complexMarkdownLimits,
} from '../../../src/parse/markdown/complex-markdown.js'
import { hostileMarkdown } from './hostile-markdown.js'

const kindOf: Record<string, keyof typeof complexMarkdownLimits> = {
  '*': 'emphasis',
  _: 'emphasis',
  '~': 'strikethrough',
  '[': 'brackets',
  ']': 'brackets',
}

// The delimiters of each kind left unescaped in each block (lines up to a blank line),
// counted afresh: a delimiter is escaped when a backslash the bounding added precedes it.
function unescapedPerBlock(text: string): Array<Record<string, number>> {
  return text.split(/\n[ \t]*\n/).map((block) => {
    const counts: Record<string, number> = { emphasis: 0, strikethrough: 0, brackets: 0 }
    for (let index = 0; index < block.length; index++) {
      if (block[index] === '\\') index++
      else {
        const kind = kindOf[block.charAt(index)]
        if (kind) counts[kind] = (counts[kind] ?? 0) + 1
      }
    }
    return counts
  })
}

describe('boundComplexMarkdown', () => {
  it.each(Object.keys(hostileMarkdown))(
    'leaves at most the limit of delimiters in a block of %s',
    (name) => {
      const markdown = hostileMarkdown[name]?.(50_000) ?? ''
      const bounded = boundComplexMarkdown(markdown)
      for (const counts of unescapedPerBlock(bounded.text)) {
        expect(counts.emphasis).toBeLessThanOrEqual(complexMarkdownLimits.emphasis)
        expect(counts.strikethrough).toBeLessThanOrEqual(complexMarkdownLimits.strikethrough)
        expect(counts.brackets).toBeLessThanOrEqual(complexMarkdownLimits.brackets)
      }
      // Nothing is lost: the delimiters stand in for themselves and come back.
      expect(bounded.text).toHaveLength(markdown.length)
      expect(bounded.restore(bounded.text)).toBe(markdown)
    },
  )

  it('escapes with backslashes in a file that holds a stand-in character, offsets mapped back', () => {
    const markdown = `\uFDD0 ${'*a'.repeat(600)}`
    const bounded = boundComplexMarkdown(markdown)
    expect(unescapedPerBlock(bounded.text)[0]?.emphasis).toBe(complexMarkdownLimits.emphasis)
    let added = 0
    let changed = 0
    for (let offset = 0; offset < bounded.text.length; offset++) {
      const original = bounded.toOriginal(offset)
      if (bounded.text[offset] === '\\') added++
      else if (markdown[original] !== bounded.text[offset]) changed++
    }
    expect(changed).toBe(0)
    expect(bounded.text.length - markdown.length).toBe(added)
    expect(added).toBe(100)
  })

  it('leaves ordinary prose, front matter, fenced code and code spans as they are', () => {
    const stars = '*a'.repeat(1000)
    const markdown = `---\ntitle: ${stars}\n---\n\nSome *emphasis* and [a link](x).\n\n\`\`\`\n${stars}\n\`\`\`\n\nCode: \`\` ${stars} \`\`\n\n* item\n* item\n\n***\n`
    expect(boundComplexMarkdown(markdown)).toMatchObject({ text: markdown, blocks: [] })
  })

  it('names the first delimiter escaped in each block, and how many the block holds', () => {
    const markdown = `${'~a'.repeat(600)}\n\n${'[a]'.repeat(300)}`
    expect(boundComplexMarkdown(markdown).blocks).toEqual([
      { offset: 1000, kind: 'strikethrough', count: 600 },
      { offset: 1202 + 3 * 250, kind: 'brackets', count: 600 },
    ])
  })

  it('bounds a block past a limit, and no block of a file past it only over all its blocks', () => {
    const limits = { emphasis: 2, strikethrough: 2, brackets: 2, setextHeadings: 2 }
    expect(boundComplexMarkdown('*a* and *b*', limits).blocks).toEqual([
      { offset: 8, kind: 'emphasis', count: 4 },
    ])
    expect(boundComplexMarkdown('*a* ~b~\n\n[c] ~d~\n\n*e* [f]', limits)).toMatchObject({
      text: '*a* ~b~\n\n[c] ~d~\n\n*e* [f]',
      blocks: [],
    })
  })

  it('counts setext underlines over the file, not lines that only hold a - or =', () => {
    const limits = { emphasis: 2, strikethrough: 2, brackets: 2, setextHeadings: 2 }
    expect(boundComplexMarkdown('a\n=\n\nb\n-\n\nc\n===\n', limits).blocks).toEqual([
      { offset: 12, kind: 'setextHeadings', count: 3 },
    ])
    expect(boundComplexMarkdown('- a-b\n- c=d\n\ne - f\n', limits).blocks).toEqual([])
  })
})

describe('parseMarkdown with complex Markdown', () => {
  it('keeps every character of the bounded block as text, with a warning at its place', () => {
    const body = '[a]'.repeat(600)
    const { article, diagnostics } = parseMarkdown(`---\ntitle: Brackets\n---\n\n${body}\n`)
    expect(textOf(article.body)).toBe(body)
    expect(diagnostics).toMatchObject([
      {
        severity: 'warning',
        ruleId: 'complex-markdown',
        line: 5,
        column: 3 * 250 + 1,
        message:
          'Expected at most 500 link brackets ([ and ]) in one block, found 1200; it is kept as text',
      },
    ])
  })

  it('points past the escaped delimiters at the place in the file', () => {
    const line = `${'~a'.repeat(600)}${'<div>'.repeat(200)}`
    try {
      parseMarkdown(`---\ntitle: Places\n---\n\n${line}\n`)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ArticleParseError)
      const deep = (error as ArticleParseError).diagnostics.find(
        (d) => d.ruleId === 'invalid-value',
      )
      expect(deep?.line).toBe(5)
      expect(line.slice((deep?.column ?? 0) - 1)).toMatch(/^<div>/)
      expect(deep?.column).toBeGreaterThan(1200)
    }
  })
})

describe('parseMarkdown with complex Markdown and a stand-in character', () => {
  it('keeps the text, stand-in included, when it escapes with backslashes', () => {
    const body = `\uFDD0 ${'[a]'.repeat(600)}`
    const { article } = parseMarkdown(`---\ntitle: Brackets\n---\n\n${body}\n`)
    expect(textOf(article.body)).toBe(body)
  })
})
