import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { UnknownKeys } from '../../src/schema/_lib/object.js'
import { Body, defineBody } from '../../src/schema/body.js'
import { compileBodyParser } from '../../src/schema/compiled-body.js'
import { runs } from '../_lib/runs.js'
import { fixtures, readArticle } from '../fixtures/entities.js'
import { documentArticles } from '../render/documents.js'

const schemas = { reject: Body, keep: defineBody('keep') }
const compiled = { reject: compileBodyParser('reject'), keep: compileBodyParser('keep') }

// What the node-by-node parser accepts it reads to the very value the full schema gives,
// key order included, as a copy; what the full schema refuses, it refuses too.
function agrees(input: unknown, policy: UnknownKeys): 'compiled' | 'refused' {
  const full = schemas[policy].safeParse(input)
  const quick = compiled[policy](input)
  if (quick === undefined) return 'refused'
  expect(full.success).toBe(true)
  expect(quick).toStrictEqual(full.data)
  expect(JSON.stringify(quick)).toBe(JSON.stringify(full.data))
  expect(quick).not.toBe(input)
  return 'compiled'
}

const text = (value: string) => ({ type: 'text', value })
const paragraph = (value: string) => ({ type: 'paragraph', children: [text(value)] })
const root = (...children: unknown[]) => ({ type: 'root', children })

function quoted(depth: number): unknown {
  return depth === 0
    ? paragraph('At the bottom.')
    : { type: 'blockquote', children: [quoted(depth - 1)] }
}

describe('compileBodyParser', () => {
  it.each(documentArticles())('reads the body of %s as the full schema does', (_, article) => {
    const { body } = article as { body: unknown }
    expect(agrees(body, 'reject')).toBe('compiled')
    expect(agrees(body, 'keep')).toBe('compiled')
  })

  it('reads a body nested a hundred quotes deep, which no compiled schema could hold', () => {
    expect(agrees(root(quoted(100)), 'reject')).toBe('compiled')
  })

  it('refuses a node where its parent may not hold it, as the full schema does', () => {
    const misplaced = [
      root(text('Loose text at the top.')),
      root({ type: 'paragraph', children: [paragraph('A paragraph in a paragraph.')] }),
      root({ type: 'list', children: [paragraph('A list holds list items.')] }),
      root({ type: 'table', children: [{ type: 'tableCell', children: [] }] }),
      root({ type: 'blockquote', children: [{ type: 'emphasis', children: [] }] }),
      { type: 'paragraph', children: [] },
      root({ type: 'unknownNode' }),
      root(null),
      root('text'),
    ]
    for (const body of misplaced) {
      expect(Body.safeParse(body).success).toBe(false)
      expect(agrees(body, 'reject')).toBe('refused')
    }
  })

  it('keeps unknown keys at every level with the lenient policy, and refuses them otherwise', () => {
    const body = {
      type: 'root',
      extra: 1,
      children: [{ ...paragraph('Kept.'), data: { id: 'p1' } }],
    }
    expect(agrees(body, 'keep')).toBe('compiled')
    expect(agrees(body, 'reject')).toBe('refused')
  })

  it('refuses every invalid body fixture', () => {
    for (const { value } of fixtures.body.invalid) {
      expect(agrees(value, 'reject')).toBe('refused')
      agrees(value, 'keep')
    }
  })

  it('agrees with the full schema on random changes to a node of a valid body', {
    tags: ['properties'],
  }, () => {
    const { body } = readArticle('rich-body') as { body: { children: unknown[] } }
    fc.assert(
      fc.property(
        fc.nat({ max: body.children.length - 1 }),
        fc.dictionary(
          fc.constantFrom('type', 'children', 'value', 'depth', 'url', 'position', 'ordered', 'x'),
          fc.jsonValue({ maxDepth: 3 }),
          { maxKeys: 2 },
        ),
        fc.constantFrom<UnknownKeys>('reject', 'keep'),
        (at, changes, policy) => {
          const children = [...body.children]
          children[at] = { ...(children[at] as object), ...changes }
          agrees({ ...body, children }, policy)
        },
      ),
      { numRuns: runs(300) },
    )
  })
})
