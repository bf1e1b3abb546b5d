import { describe, expect, it } from 'vitest'
import { defaultLabels, defaultVocabulary } from '../../../src/parse/index.js'
import { breadcrumbVocabulary } from '../../../src/parse/vocabulary/breadcrumbs.js'
import { bylineVocabulary } from '../../../src/parse/vocabulary/bylines.js'
import { dateVocabulary } from '../../../src/parse/vocabulary/dates.js'
import { furnitureRules } from '../../../src/parse/vocabulary/furniture.js'
import { languageSwitchVocabulary } from '../../../src/parse/vocabulary/language-switches.js'
import { pagePartsVocabulary } from '../../../src/parse/vocabulary/page-parts.js'
import { roleVocabulary } from '../../../src/parse/vocabulary/roles.js'
import { thresholds } from '../../../src/parse/vocabulary/thresholds.js'
import { widgetVocabulary } from '../../../src/parse/vocabulary/widgets.js'
import { VocabularyAdditions } from '../../../src/schema/index.js'

describe('defaultVocabulary', () => {
  it('holds each family module under its key, the labels being defaultLabels', () => {
    expect(defaultVocabulary).toEqual({
      labels: defaultLabels,
      bylines: bylineVocabulary,
      roles: roleVocabulary,
      widgets: widgetVocabulary,
      furniture: furnitureRules,
      breadcrumbs: breadcrumbVocabulary,
      languageSwitches: languageSwitchVocabulary,
      thresholds,
      pageParts: pagePartsVocabulary,
      dates: dateVocabulary,
    })
    expect(defaultVocabulary.labels).toBe(defaultLabels)
  })

  it('gives no label word to two fields', () => {
    const seen = new Map<string, string>()
    for (const [field, words] of Object.entries(defaultLabels)) {
      for (const word of words) {
        const key = word.toLowerCase().replace(/\s+/g, '')
        expect(seen.get(key) ?? field, word).toBe(field)
        seen.set(key, field)
      }
    }
  })

  it('writes no word twice in a list', () => {
    const lists = [
      ...Object.values(defaultLabels),
      ...Object.values(bylineVocabulary),
      ...Object.values(roleVocabulary),
      ...Object.values(widgetVocabulary),
      ...Object.values(breadcrumbVocabulary),
      languageSwitchVocabulary.words.map(({ word }) => word),
      pagePartsVocabulary.creditOpeners,
      pagePartsVocabulary.pictureAgencies,
      pagePartsVocabulary.nameParticles,
    ] as ReadonlyArray<ReadonlyArray<string>>
    for (const list of lists) expect(new Set(list).size, list.join(', ')).toBe(list.length)
  })
})

describe('VocabularyAdditions', () => {
  it.each(['bylines', 'roles', 'widgets', 'breadcrumbs', 'languageSwitches'] as const)(
    'lets a caller add to every list of %s',
    (family) => {
      const schema = VocabularyAdditions.shape[family].unwrap()
      expect(Object.keys(schema.shape).sort()).toEqual(
        Object.keys(defaultVocabulary[family]).sort(),
      )
    },
  )

  it('lets a caller add to every page-part family', () => {
    expect(Object.keys(VocabularyAdditions.shape.pageParts.unwrap().shape).sort()).toEqual(
      Object.keys(defaultVocabulary.pageParts).sort(),
    )
  })

  it('lets a caller add to every label field', () => {
    expect(Object.keys(VocabularyAdditions.shape.labels.unwrap().shape).sort()).toEqual(
      Object.keys(defaultLabels).sort(),
    )
  })
})

describe('thresholds', () => {
  it('are positive numbers', () => {
    for (const [name, value] of Object.entries(thresholds)) {
      expect(value > 0 && Number.isFinite(value), name).toBe(true)
    }
  })
})
