import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { copyBody } from '../../../src/parse/markdown/body-copy.js'
import { remarkArticleGfm } from '../../../src/parse/markdown/gfm.js'

const markdown =
  '# Title\r\n\r\n> quote with *emphasis*\r\n> and `code`\r\n\r\n| a | b |\r\n|:-|-:|\r\n| 1 | 2 |\r\n\r\n```js\r\nx\r\n```\r\n'
const processor = unified().use(remarkParse).use(remarkArticleGfm)
const blocks = () => processor.parse(markdown).children

// What the tree holds anywhere: the keys of its objects, its strings.
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf)
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)])
}
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (typeof value !== 'object' || value === null) return []
  return Object.values(value).flatMap(stringsOf)
}

describe('copyBody', () => {
  it('leaves out the position of every node, at every level', () => {
    const source = blocks()
    expect(keysOf(source)).toContain('position')
    const copy = copyBody(source)
    expect(keysOf(copy)).not.toContain('position')
    expect(copy.map((node) => node.type)).toEqual(['heading', 'blockquote', 'table', 'code'])
    expect(copy[2]).toMatchObject({ type: 'table', align: ['left', 'right'] })
  })

  it('writes the line ends of every string as \\n and then rewrites it', () => {
    const copy = copyBody(blocks(), (value) => value.toUpperCase())
    const strings = stringsOf(copy)
    expect(strings.join('')).not.toContain('\r')
    expect(strings).toContain('QUOTE WITH ')
    expect(strings).toContain('\nAND ')
    // Every string is rewritten, the names of node types and alignments too.
    expect(strings).toContain('BLOCKQUOTE')
    expect(strings).toContain('LEFT')
  })

  it('copies: the tree given is not changed and shares nothing with the copy', () => {
    const source = blocks()
    const before = JSON.stringify(source)
    const copy = copyBody(source, (value) => `${value}!`)
    expect(JSON.stringify(source)).toBe(before)
    copy[0] && Object.assign(copy[0], { type: 'changed' })
    expect(source[0]?.type).toBe('heading')
  })

  it('keeps `position` where it is not a node, in a node\u2019s `data`', () => {
    const node = {
      type: 'paragraph',
      data: { position: 'kept', list: [{ position: 'kept too' }] },
      children: [{ type: 'text', value: 'a', position: { start: 1 } }],
      position: { start: 0 },
    }
    expect(copyBody([node as never])).toEqual([
      {
        type: 'paragraph',
        data: { position: 'kept', list: [{ position: 'kept too' }] },
        children: [{ type: 'text', value: 'a' }],
      },
    ])
  })

  it('copies a tree far deeper than the call stack allows', () => {
    let node: Record<string, unknown> = { type: 'text', value: 'deep', position: {} }
    for (let level = 0; level < 50_000; level++) {
      node = { type: 'emphasis', children: [node], position: {} }
    }
    let copied = copyBody([node as never])[0] as Record<string, unknown> | undefined
    let levels = 0
    let positions = 0
    while (copied && Array.isArray(copied.children)) {
      if ('position' in copied) positions++
      copied = copied.children[0]
      levels++
    }
    expect(levels).toBe(50_000)
    expect(positions).toBe(0)
    expect(copied).toEqual({ type: 'text', value: 'deep' })
  })

  it('copies other values as structuredClone does, and refuses a function as it does', () => {
    const date = new Date(0)
    const [copy] = copyBody([{ type: 'html', value: 'x', data: { date } } as never])
    expect((copy as unknown as { data: { date: Date } }).data.date).toEqual(date)
    expect((copy as unknown as { data: { date: Date } }).data.date).not.toBe(date)
    expect(() =>
      copyBody([{ type: 'html', value: 'x', data: { run: () => 1 } } as never]),
    ).toThrow()
  })
})
