import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  defaultLabels,
  frontMatterKeys,
  parseMarkdown,
  rules,
  validateArticle,
} from '../src/index.js'
import { classSuffixes } from '../src/render/html/class-names.js'

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
  const markdown = readFileSync(new URL('../docs/markdown.md', import.meta.url), 'utf8')

  it.each(Object.keys(rules).filter((rule) => rule !== 'invalid-yaml'))(
    'documents the rule %s',
    (ruleId) => {
      expect(text).toMatch(new RegExp(`\\|\\s*\`${ruleId}\`\\s*\\|`))
    },
  )

  it('leaves invalid-yaml to the Markdown guide, which documents it', () => {
    expect(markdown).toContain('[invalid-yaml]')
  })

  it.each(Object.values(defaultLabels).flat())('lists the label %s', (label) => {
    expect(text).toContain(`\`${label}\``)
  })
})

describe('docs/markdown.md', () => {
  const text = readFileSync(new URL('../docs/markdown.md', import.meta.url), 'utf8')

  it.each(Object.keys(frontMatterKeys))('documents the front-matter key %s', (key) => {
    expect(text).toContain(`\`${key}\``)
  })
})

describe('the Markdown guide example', () => {
  const text = readFileSync(new URL('../docs/markdown.md', import.meta.url), 'utf8')
  const [example] = [...text.matchAll(/```markdown\n([\s\S]*?)```/g)].map((match) => match[1] ?? '')

  it('parses to the article it describes', () => {
    const { article } = parseMarkdown(example ?? '')
    expect(article).toMatchObject({
      headline: "Members Review a Year of Exports at the Chamber's Annual Meeting",
      alternativeHeadline: 'A working group on product standards',
      datePublished: '2019-05-20T14:42:00+08:00',
      authors: [
        { type: 'Person', name: 'Chen Li', jobTitle: 'Reporter' },
        { type: 'Organization', name: 'Chamber News Office' },
      ],
      keywords: ['annual meeting', 'exports'],
      language: 'en',
    })
  })
})

describe('docs/rendering.md', () => {
  const text = readFileSync(new URL('../docs/rendering.md', import.meta.url), 'utf8')

  it.each(Object.entries(classSuffixes))('lists the class of %s', (part, suffix) => {
    expect(text).toContain(`| \`${part}\` | \`news-article${suffix}\` |`)
  })
})
