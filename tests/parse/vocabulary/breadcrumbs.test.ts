import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../../src/parse/index.js'
import { breadcrumbVocabulary } from '../../../src/parse/vocabulary/breadcrumbs.js'
import { pageWith } from './page.js'

describe('breadcrumbVocabulary', () => {
  it.each(breadcrumbVocabulary.marks)('reads a trail with the mark %s', (mark) => {
    expect(pageWith({ top: `Home ${mark} News ${mark} Trade` }).article.breadcrumb).toEqual([
      'Home',
      'News',
      'Trade',
    ])
  })

  it.each(breadcrumbVocabulary.spaced)(
    'reads "Home %s News", spaced, after a home word',
    (mark) => {
      expect(pageWith({ top: `Home ${mark} News` }).article.breadcrumb).toEqual(['Home', 'News'])
    },
  )

  it.each(breadcrumbVocabulary.homeWords)(
    'reads a trail starting with the home word %s',
    (home) => {
      expect(pageWith({ top: `${home} > News` }).article.breadcrumb).toEqual([home, 'News'])
    },
  )

  it.each(breadcrumbVocabulary.prefixes)('reads a trail after "%s:"', (prefix) => {
    expect(pageWith({ top: `${prefix}: News / Trade` }).article.breadcrumb).toEqual([
      'News',
      'Trade',
    ])
  })

  it.each(breadcrumbVocabulary.contentWords)('reads a two-item trail ending in %s', (word) => {
    expect(pageWith({ top: `News > ${word}` }).article.breadcrumb).toEqual(['News', word])
  })

  it.each([...breadcrumbVocabulary.marks, ...breadcrumbVocabulary.spaced])(
    'splits a Markdown breadcrumb string at the same separator %s',
    (mark) => {
      const { article } = parseMarkdown(
        `---\nheadline: Chamber Opens a New Office\nbreadcrumb: Home ${mark} News\n---\n\nText.\n`,
      )
      expect(article.breadcrumb).toEqual(['Home', 'News'])
    },
  )

  it('keeps a Markdown breadcrumb item with an unspaced slash or dash whole', () => {
    const { article } = parseMarkdown(
      `---\nheadline: Chamber Opens a New Office\nbreadcrumb: Home > Belt-and-Road > Import/Export\n---\n\nText.\n`,
    )
    expect(article.breadcrumb).toEqual(['Home', 'Belt-and-Road', 'Import/Export'])
  })
})
