import { describe, expect, it } from 'vitest'
import { parseJson, parseMarkdown } from '../../src/parse/index.js'
import { renderHtml, renderJson, renderMarkdown } from '../../src/render/index.js'
import {
  ArticleValidationError,
  type NewsArticle,
  validateArticle,
} from '../../src/schema/index.js'
import { maxNesting, pathTooDeep } from '../../src/schema/nesting.js'
import { parseErrorOf } from '../_lib/parse-error.js'
import { minimal } from '../fixtures/entities.js'

// A quote holding a quote… `levels` deep, as a body.
function quotes(levels: number) {
  let node: unknown = { type: 'paragraph', children: [{ type: 'text', value: 'Deep.' }] }
  for (let level = 0; level < levels; level++) node = { type: 'blockquote', children: [node] }
  return { ...minimal, body: { type: 'root', children: [node] } } as NewsArticle
}

// An organization with `levels` parents above it.
function parents(levels: number) {
  let organization: Record<string, unknown> = { type: 'Organization', name: 'Top' }
  for (let level = 0; level < levels; level++) {
    organization = {
      type: 'Organization',
      name: `Level ${level}`,
      parentOrganization: organization,
    }
  }
  return { ...minimal, publisher: organization }
}

describe('pathTooDeep', () => {
  it('finds nothing in a shallow value', () => {
    expect(pathTooDeep(quotes(10))).toBeUndefined()
    expect(pathTooDeep('text')).toBeUndefined()
  })

  it(`gives the path of the first value nested more than ${maxNesting} levels deep`, () => {
    const path = pathTooDeep(quotes(200))
    expect(path?.length).toBe(maxNesting)
    expect(path?.slice(0, 5)).toEqual(['body', 'children', 0, 'children', 0])
  })

  it('ends on a cycle, which is infinitely deep', () => {
    const loop: Record<string, unknown> = { type: 'Organization', name: 'Loop' }
    loop.parentOrganization = loop
    expect(pathTooDeep({ ...minimal, publisher: loop })?.length).toBe(maxNesting)
  })
})

describe('values nested too deep', () => {
  it.each([
    ['a body of quotes in quotes', quotes(10_000)],
    ['a chain of parent organizations', parents(10_000)],
  ])('validateArticle reports %s as an issue instead of overflowing the stack', (_, input) => {
    const result = validateArticle(input)
    expect(result.success).toBe(false)
    expect(result.issues?.[0]).toMatchObject({
      code: 'invalid-value',
      expected: `a value nested at most ${maxNesting} levels deep`,
      received: `a value ${maxNesting + 1} levels deep`,
    })
  })

  it('reports a cycle as nested too deep', () => {
    const loop: Record<string, unknown> = { type: 'Organization', name: 'Loop' }
    loop.parentOrganization = loop
    expect(validateArticle({ ...minimal, publisher: loop }).issues?.[0]?.code).toBe('invalid-value')
  })

  it('still takes an article nested as deep as real ones are', () => {
    expect(validateArticle(quotes(60)).success).toBe(true)
    expect(validateArticle(parents(60)).success).toBe(true)
  })

  it.each([
    ['renderHtml', renderHtml],
    ['renderMarkdown', renderMarkdown],
    ['renderJson', renderJson],
  ] as const)('%s throws an ArticleValidationError', (_, render) => {
    expect(() => render(quotes(10_000))).toThrow(ArticleValidationError)
  })

  it('parseJson reports where JSON nests too deep, before reading it', () => {
    const error = parseErrorOf(() =>
      parseJson(`{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`),
    )
    expect(error.diagnostics).toMatchObject([
      {
        ruleId: 'invalid-json',
        line: 1,
        column: 5 + maxNesting,
        actual: `a value ${maxNesting + 1} levels deep`,
      },
    ])
  })

  it('parseMarkdown reports where Markdown nests too deep', () => {
    const markdown = `---\ntitle: Deep\n---\n\nIntro.\n\n${'>'.repeat(5000)} deep\n`
    const error = parseErrorOf(() => parseMarkdown(markdown))
    expect(error.diagnostics).toMatchObject([
      { ruleId: 'invalid-value', line: 7, severity: 'error' },
    ])
  })
})
