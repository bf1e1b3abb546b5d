import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { defaultLabels, rules, validateArticle } from '../src/index.js'

// The JSON examples in the docs are articles a reader may copy; they must stay valid.
describe('docs/content-model.md', () => {
  const text = readFileSync(new URL('../docs/content-model.md', import.meta.url), 'utf8')
  const blocks = [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1] ?? '')

  it('has a JSON example', () => {
    expect(blocks.length).toBeGreaterThan(0)
  })

  it.each(blocks.map((block, index) => [index, block] as const))(
    'example %i is a valid article',
    (_, block) => {
      expect(validateArticle(JSON.parse(block)).issues).toBeUndefined()
    },
  )
})

describe('docs/parsing-text.md', () => {
  const text = readFileSync(new URL('../docs/parsing-text.md', import.meta.url), 'utf8')

  it.each(Object.keys(rules))('documents the rule %s', (ruleId) => {
    expect(text).toMatch(new RegExp(`\\|\\s*\`${ruleId}\`\\s*\\|`))
  })

  it.each(Object.values(defaultLabels).flat())('lists the label %s', (label) => {
    expect(text).toContain(`\`${label}\``)
  })
})
