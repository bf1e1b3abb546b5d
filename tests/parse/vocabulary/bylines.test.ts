import { describe, expect, it } from 'vitest'
import { bylineVocabulary } from '../../../src/parse/vocabulary/bylines.js'
import { defaultLabels } from '../../../src/parse/vocabulary/labels.js'
import { pageWith } from './page.js'

describe('bylineVocabulary', () => {
  it.each(bylineVocabulary.words)('reads "%s Jane Doe" as a byline without a colon', (word) => {
    expect(pageWith({ meta: `${word} Jane Doe` }).article.authors).toEqual([
      { type: 'Person', name: 'Jane Doe' },
    ])
  })

  it.each(bylineVocabulary.words)('reads "%s" alone above the name as one byline', (word) => {
    expect(pageWith({ meta: `${word}\nJane Doe` }).article.authors).toEqual([
      { type: 'Person', name: 'Jane Doe' },
    ])
  })

  it.each(bylineVocabulary.postedVerbs)('reads "%s on <date> by <name>"', (verb) => {
    const { article } = pageWith({ meta: `${verb} on May 5, 2020 by Jane Doe` })
    expect(article.authors).toEqual([{ type: 'Person', name: 'Jane Doe' }])
  })

  it('makes every byline word an author label too', () => {
    for (const word of bylineVocabulary.words) expect(defaultLabels.author).toContain(word)
  })
})
