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

describe('general furniture rules, not one page’s strings', () => {
  it('keeps a line that says "powered by" inside it in the body', () => {
    const line = 'The new Tianjin office is Powered by Solar Panels on Its Roof'
    const result = pageWith({
      bottom: `${line}\n\nThe panels were installed last year, the chamber president said at the opening.`,
    })
    expect(bodyOf(result)).toContain(line)
    expect(bodyOf(result)).toHaveLength(4)
  })

  it.each([
    'Powered by Example CMS',
    'Produced by Example Studio',
    'About | Contact | Designed by Example Web',
  ])('ends the article at the site credit "%s"', (line) => {
    const result = pageWith({ bottom: `${line}\n\nExample Chamber, Beijing` })
    expect(bodyOf(result)).toHaveLength(2)
    expect(reported(result, 'site-furniture')).toContain(line)
  })

  it.each([
    'Skip to content',
    'Skip to navigation',
    'Jump to the main content',
    '跳到主要内容',
    '跳至主內容區',
    '跳轉到主要內容區塊',
  ])('leaves out the skip link "%s"', (line) => {
    expect(reported(pageWith({ top: line }), 'site-furniture')).toContain(line)
  })

  it.each(['Placeholder', 'Generic placeholder image', 'image placeholder'])(
    'leaves out the image placeholder "%s"',
    (line) => {
      expect(reported(pageWith({ meta: line }), 'site-furniture')).toContain(line)
    },
  )

  it.each(['Timeline', '时间线', '新聞時間線', '时间轴'])(
    'ends the article at the timeline heading "%s"',
    (line) => {
      const result = pageWith({ bottom: `${line}\n\n2014-09-01 Plans announced` })
      expect(bodyOf(result)).toHaveLength(2)
    },
  )

  it.each(['Video Player', 'Video PlayerClose', 'Play video'])(
    'leaves out the player widget "%s"',
    (line) => {
      expect(reported(pageWith({ meta: line }), 'site-furniture')).toContain(line)
    },
  )
})
