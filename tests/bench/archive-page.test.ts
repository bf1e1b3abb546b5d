import { describe, expect, it } from 'vitest'
import { archiveFolders, archiveShape, createPageMaker } from '../../bench/_lib/archive-page.js'
import { loadTemplates } from '../../bench/_lib/templates.js'
import { ArticleParseError, parseMarkdown, parseText } from '../../src/parse/index.js'

const makePage = createPageMaker({ seed: 7, failingShare: 0.02, markdownShare: 0.25 })
const pages = Array.from({ length: 400 }, (_, index) => makePage(index))
const read = (page: (typeof pages)[number]) =>
  page.format === 'text' ? parseText(page.text) : parseMarkdown(page.text)
const pad = (value: number) => String(value).padStart(2, '0')

describe('a generated archive page', () => {
  it('is the same for the same seed and index, and another for another seed', () => {
    const again = createPageMaker({ seed: 7, failingShare: 0.02, markdownShare: 0.25 })
    expect(again(123)).toEqual(pages[123])
    const other = createPageMaker({ seed: 8, failingShare: 0.02, markdownShare: 0.25 })
    expect(other(123).text).not.toBe(pages[123]?.text)
  })

  it('spreads pages over 40 folders, one per language and year', () => {
    expect(archiveFolders).toHaveLength(40)
    expect(archiveFolders.slice(0, 2)).toEqual(['en-2005', 'en-2006'])
    expect(archiveFolders.at(-1)).toBe('zh-2024')
    const folders = new Set(pages.map((page) => page.path.split('/')[0]))
    expect(folders).toEqual(new Set(archiveFolders))
    expect(new Set(pages.map((page) => page.path)).size).toBe(pages.length)
  })

  it('differs from every other page', () => {
    expect(new Set(pages.map((page) => page.text)).size).toBe(pages.length)
    expect(new Set(pages.map((page) => page.text.slice(-200))).size).toBe(pages.length)
  })

  it('is about 4 KB', () => {
    const sizes = pages.map((page) => Buffer.byteLength(page.text))
    const mean = sizes.reduce((sum, size) => sum + size, 0) / sizes.length
    expect(mean).toBeGreaterThan(3600)
    expect(mean).toBeLessThan(4600)
    for (const size of sizes) {
      expect(size).toBeGreaterThan(archiveShape.shortest - 400)
      expect(size).toBeLessThan(archiveShape.shortest + archiveShape.spread + 400)
    }
  })

  it('uses every fixture, in text and Markdown', () => {
    const used = new Set(pages.map((page) => page.template))
    expect(used).toEqual(new Set(loadTemplates().map((template) => template.name)))
    const markdown = pages.filter((page) => page.format === 'markdown').length
    expect(markdown / pages.length).toBeGreaterThan(0.15)
    expect(markdown / pages.length).toBeLessThan(0.35)
  })

  it('is a legacy text page by default (unless made to fail), the same as with Markdown mixed in', () => {
    const legacy = createPageMaker({ seed: 7, failingShare: 0.02 })
    for (const [index, page] of pages.entries()) {
      const made = legacy(index)
      expect(made.fails || made.format === 'text').toBe(true)
      if (page.format === 'text' || page.fails) expect(made).toEqual(page)
    }
  })

  it('refuses a share that is not from 0 to 1, naming it', () => {
    expect(() => createPageMaker({ markdownShare: 1.5 })).toThrow(/`markdownShare` 1\.5/)
    expect(() => createPageMaker({ failingShare: Number.NaN })).toThrow(RangeError)
  })

  it.each(pages.filter((page) => !page.fails).map((page) => [page.path, page] as const))(
    '%s reads with its headline, date and language, and no warning',
    (_, page) => {
      const { article, diagnostics } = read(page)
      expect(article.headline).toBe(page.headline)
      expect(article.language.slice(0, 2)).toBe(page.path.slice(0, 2))
      if (article.datePublished !== undefined) {
        const { year, month, day } = page.date
        expect(article.datePublished.slice(0, 10)).toBe(`${year}-${pad(month)}-${pad(day)}`)
      }
      expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
      expect(article.body.children.length).toBeGreaterThanOrEqual(page.paragraphs)
    },
  )

  it('fails to read when made to fail, as its fixture does', () => {
    const failing = pages.filter((page) => page.fails)
    expect(failing.length).toBeGreaterThan(0)
    for (const page of failing) expect(() => read(page)).toThrow(ArticleParseError)
  })
})
