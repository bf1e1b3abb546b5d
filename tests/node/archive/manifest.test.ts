import { describe, expect, it } from 'vitest'
import {
  type ManifestState,
  manifestText,
  type PageRecord,
} from '../../../src/node/archive/manifest.js'

const hex = (n: number) => n.toString(16).padStart(64, '0')

describe('manifestText', () => {
  it('writes a record of thousands of pages in parts that join into one JSON document, sorted', () => {
    const pages = new Map<string, PageRecord>()
    for (let i = 4500; i > 0; i--) {
      const input = `folder/page-${String(i).padStart(5, '0')}.txt`
      pages.set(input, {
        input,
        sha256: hex(i),
        outputs: [{ path: `folder/page-${i}.html`, sha256: hex(i) }],
      })
    }
    const state: ManifestState = {
      pages,
      orphans: [
        { path: 'z.html', sha256: hex(1), input: 'z.txt' },
        { path: 'a.html', sha256: hex(2), input: 'a.txt' },
      ],
    }
    const parts = [...manifestText(state, 'news-model 0.1.0')]
    expect(parts.length).toBeGreaterThan(3)
    const text = parts.join('')
    const manifest = JSON.parse(text)
    expect(manifest.version).toBe(2)
    expect(manifest.pages).toHaveLength(4500)
    expect(manifest.pages[0].input).toBe('folder/page-00001.txt')
    expect(manifest.pages.at(-1).input).toBe('folder/page-04500.txt')
    expect(manifest.orphans.map((orphan: { path: string }) => orphan.path)).toEqual([
      'a.html',
      'z.html',
    ])
    // One page a line.
    expect(text.split('\n')).toHaveLength(1 + 4500 + 1 + 2 + 2)
    expect([...manifestText(state, 'news-model 0.1.0')].join('')).toBe(text)
  })

  it('writes an empty record', () => {
    const text = [...manifestText({ pages: new Map(), orphans: [] }, 'news-model 0.1.0')].join('')
    expect(JSON.parse(text)).toEqual({
      version: 2,
      generator: 'news-model 0.1.0',
      pages: [],
      orphans: [],
    })
  })
})
