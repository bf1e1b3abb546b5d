import { describe, expect, it } from 'vitest'
import { folderOf, shardName } from '../../../src/node/archive/manifest-shards.js'

describe('shardName', () => {
  it('names a folder by 16 hex digits of the SHA-256 of its path, the same on every run', () => {
    expect(shardName('')).toBe('e3b0c44298fc1c14.json')
    expect(shardName('en/2014')).toBe(shardName('en/2014'))
    expect(shardName('en/2014')).toMatch(/^[0-9a-f]{16}\.json$/)
  })

  it('gives distinct, short, safe names to folders differing only in case or Unicode form, and to long ones', () => {
    const names = [
      'News',
      'news',
      'caf\u00e9',
      'cafe\u0301',
      '新闻/2014',
      `${'long folder name '.repeat(40)}/x`,
      '../outside',
    ].map(shardName)
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) expect(name).toMatch(/^[0-9a-f]{16}\.json$/)
  })
})

describe('folderOf', () => {
  it('gives the folder of a recorded input, with `/`', () => {
    expect(folderOf('en/2014/a.txt')).toBe('en/2014')
    expect(folderOf('a.txt')).toBe('')
  })
})
