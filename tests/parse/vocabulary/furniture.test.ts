import { describe, expect, it } from 'vitest'
import { furnitureRules } from '../../../src/parse/vocabulary/furniture.js'
import { bodyOf, pageWith, reported } from './page.js'

// A line each rule is written for, invented in the rule's format.
const examples: Record<string, string> = {
  copyright: 'Copyright © 2014 Example Chamber. All rights reserved.',
  related: 'Related stories',
  image: 'office-opening.jpg',
  markup: '<div class="share">',
  'end-mark': '(完)',
  banner: 'Skip to main content',
}

describe('furnitureRules', () => {
  it('has an example here for each rule', () => {
    expect(Object.keys(examples).sort()).toEqual(furnitureRules.map((rule) => rule.kind).sort())
  })

  it.each(furnitureRules)('leaves out a $kind line', (rule) => {
    const line = examples[rule.kind] ?? ''
    expect(rule.pattern.test(line)).toBe(true)
    const result = pageWith({ bottom: line })
    expect(reported(result, 'site-furniture')).toContain(line)
    expect(bodyOf(result)).toHaveLength(2)
  })

  it.each(furnitureRules.filter((rule) => rule.ends))(
    'ends the article at a $kind line',
    (rule) => {
      const line = examples[rule.kind] ?? ''
      const result = pageWith({ bottom: `${line}\n\nExample Chamber, Beijing` })
      expect(bodyOf(result)).toHaveLength(2)
    },
  )
})
