import { describe, expect, it } from 'vitest'
import { widgetVocabulary } from '../../../src/parse/vocabulary/widgets.js'
import { bodyOf, pageWith, reported } from './page.js'

const latin = (word: string) => /^[a-z-]+$/i.test(word)

describe('widgetVocabulary', () => {
  it.each(widgetVocabulary.buttons)('leaves out the button "%s" on a line of its own', (word) => {
    const result = pageWith({ meta: `【${word}】` })
    expect(reported(result, 'site-furniture')).toContain(`【${word}】`)
    expect(bodyOf(result)).toHaveLength(2)
  })

  it.each(widgetVocabulary.share)('leaves out the share bar "%s | Close"', (word) => {
    const result = pageWith({ bottom: `${word} | Close` })
    expect(reported(result, 'site-furniture')).toContain(`${word} | Close`)
  })

  it.each(widgetVocabulary.sizeLabels)('leaves out the font-size line "%s: A A A"', (word) => {
    expect(reported(pageWith({ meta: `${word}: A A A` }), 'site-furniture')).toContain(
      `${word}: A A A`,
    )
  })

  it.each(widgetVocabulary.sizes)('cuts the size switch "%s" from the end of a value', (word) => {
    const result = pageWith({ meta: `Editor: Jane Doe ${word}` })
    expect(result.article.editors).toEqual([{ type: 'Person', name: 'Jane Doe' }])
    expect(reported(result, 'site-furniture')).toContain(word)
  })

  it.each(widgetVocabulary.comments)('ends the article at the comment widget "%s"', (word) => {
    const result = pageWith({ bottom: `${word}\n\nJust a reader, no more than that` })
    expect(reported(result, 'site-furniture')).toContain(word)
    expect(bodyOf(result)).toHaveLength(2)
  })

  it.each(widgetVocabulary.counters)(
    'reports the counter "%s: 123" as an ignored label',
    (word) => {
      expect(reported(pageWith({ meta: `${word}: 123` }), 'ignored-label')).toEqual([
        `${word}: 123`,
      ])
    },
  )

  it.each(widgetVocabulary.tools)('reports the tool bar "%s: Save" after a trail', (word) => {
    const result = pageWith({ top: `Home > News ${word}: Save` })
    expect(result.article.breadcrumb).toEqual(['Home', 'News'])
    expect(reported(result, 'site-furniture')).toContain(`${word}: Save`)
  })

  it.each([...widgetVocabulary.buttons, ...widgetVocabulary.share].filter(latin))(
    'cuts the button "%s" glued to the first paragraph',
    (word) => {
      const result = pageWith({
        meta: `${word}Visitors met the staff of the new office in Tianjin.`,
      })
      expect(bodyOf(result)[0]).toBe('Visitors met the staff of the new office in Tianjin.')
    },
  )

  it('keeps a word that starts like a button ("Shareholders")', () => {
    const result = pageWith({ meta: 'Shareholders met the staff of the new office in Tianjin.' })
    expect(bodyOf(result)[0]).toBe('Shareholders met the staff of the new office in Tianjin.')
  })
})
