import { describe, expect, it } from 'vitest'
import { toAuthor } from '../../../src/parse/_lib/to-author.js'
import { parseText } from '../../../src/parse/index.js'
import { splitNames } from '../../../src/parse/text/names.js'
import { bylineVocabulary } from '../../../src/parse/vocabulary/bylines.js'

describe('toAuthor', () => {
  it.each(bylineVocabulary.organizationWords)('makes a name with "%s" an Organization', (word) => {
    expect(toAuthor(`Example ${word}`).type).toBe('Organization')
  })

  it.each(bylineVocabulary.organizationEndings)(
    'makes a Chinese name ending in %s an Organization',
    (ending) => {
      expect(toAuthor(`示例${ending}`).type).toBe('Organization')
    },
  )

  it('makes a name without such words, or with a job title, a Person', () => {
    expect(toAuthor('Jane Doe')).toEqual({ type: 'Person', name: 'Jane Doe' })
    expect(toAuthor('Jane Newsome')).toEqual({ type: 'Person', name: 'Jane Newsome' })
    expect(toAuthor('Jane Doe', 'Desk Editor')).toEqual({
      type: 'Person',
      name: 'Jane Doe',
      jobTitle: 'Desk Editor',
    })
  })
})

describe('agencies in a byline', () => {
  it.each(bylineVocabulary.agencies)('reports (%s) after a name as an outlet', (agency) => {
    expect(splitNames(`Jane Doe (${agency})`)).toEqual({
      authors: [{ type: 'Person', name: 'Jane Doe' }],
      notes: [agency],
      credits: [],
    })
  })
})

describe('organization words a caller adds', () => {
  it('makes a name with an added word an Organization on a parsed page', () => {
    const page = [
      'Harbour Authority Opens New Cargo Terminal',
      'Author: Harbour Gazette',
      '',
      'The harbour authority opened a cargo terminal on Wednesday, doubling what the port can handle.',
    ].join('\n')
    expect(parseText(page).article.authors).toEqual([{ type: 'Person', name: 'Harbour Gazette' }])
    expect(
      parseText(page, { vocabulary: { bylines: { organizationWords: ['gazette'] } } }).article
        .authors,
    ).toEqual([{ type: 'Organization', name: 'Harbour Gazette' }])
  })
})
