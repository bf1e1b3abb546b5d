import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { walkInput } from '../../../src/node/archive/walk-input.js'
import { markdownArticle, temporaryFolder, writeFiles } from '../../cli/call.js'

describe('walkInput', () => {
  it('enters each folder before its entries and leaves it after the last entry under it, depth first in name order', async () => {
    const root = temporaryFolder()
    writeFiles(root, {
      'in/a.md': markdownArticle('A'),
      'in/b/c.md': markdownArticle('C'),
      'in/b/d/e.md': markdownArticle('E'),
      'in/b/f.md': markdownArticle('F'),
      'in/empty/notes.bin': 'not an article',
      'in/g.md': markdownArticle('G'),
    })
    const input = join(root, 'in')
    const seen: string[] = []
    for await (const group of walkInput(input, join(root, 'out'))) {
      for (const entry of group) seen.push(`${entry.kind} ${entry.relative}`)
    }
    expect(seen).toEqual([
      'enter ',
      'file a.md',
      'enter b',
      'file b/c.md',
      'enter b/d',
      'file b/d/e.md',
      'leave b/d',
      'file b/f.md',
      'leave b',
      'enter empty',
      'skip empty/notes.bin',
      'leave empty',
      'file g.md',
      'leave ',
    ])
  })
})
