import { describe, expect, it } from 'vitest'
import { sizedPages } from '../../bench/_lib/sized-pages.js'
import { parseMarkdown, parseText } from '../../src/parse/index.js'

describe('sizedPages', () => {
  it.each([1024, 10 * 1024, 100 * 1024])('makes %i-byte pages within a few bytes', (bytes) => {
    for (const format of ['text', 'markdown'] as const) {
      const [page] = sizedPages(format, bytes)
      const length = Buffer.byteLength(page ?? '')
      expect(length).toBeLessThanOrEqual(bytes)
      expect(length).toBeGreaterThan(bytes - 100)
    }
  })

  it('makes as many different pages as fill the total', () => {
    const pages = sizedPages('text', 1024, 64 * 1024)
    expect(pages).toHaveLength(64)
    expect(new Set(pages).size).toBe(64)
  })

  it('makes pages that read without a warning, their body filled', () => {
    const [text = ''] = sizedPages('text', 10 * 1024)
    const [markdown = ''] = sizedPages('markdown', 10 * 1024)
    const fromText = parseText(text)
    const fromMarkdown = parseMarkdown(markdown)
    for (const { diagnostics, article } of [fromText, fromMarkdown]) {
      expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
      expect(article.body.children.length).toBeGreaterThan(10)
    }
  })

  it('refuses a page shorter than its fixture', () => {
    expect(() => sizedPages('markdown', 100)).toThrow(/`pageBytes` 100/)
  })
})
