import { describe, expect, it } from 'vitest'
import { defaultLabels, type LabelField } from '../../../src/parse/vocabulary/labels.js'
import { pageWith } from './page.js'

const byField = (field: LabelField) => defaultLabels[field].map((label) => [label] as const)

describe('defaultLabels', () => {
  it.each(byField('editor'))('reads "%s: Jane Doe" as an editor', (label) => {
    expect(pageWith({ meta: `${label}: Jane Doe` }).article.editors).toEqual([
      { type: 'Person', name: 'Jane Doe' },
    ])
  })

  it.each(byField('editor'))(
    'reads an editor credit "(%s: Jane Doe)" closing a paragraph',
    (label) => {
      const { article } = pageWith({
        bottom: `The office opens on weekdays from nine to five, the chamber said. (${label}: Jane Doe)`,
      })
      expect(article.editors).toEqual([{ type: 'Person', name: 'Jane Doe' }])
    },
  )

  it.each(byField('source'))('reads "%s: Example Post" as the source', (label) => {
    const { article } = pageWith({ top: `${label}: Example Post` })
    expect(article.source?.name).toBe('Example Post')
  })
})
