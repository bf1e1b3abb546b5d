import { describe, expect, it } from 'vitest'
import { claimKey, claimOutputName } from '../../../src/node/archive/plan-outputs.js'

describe('claimOutputName', () => {
  it('gives the stem, then the whole name, then numbers from 4, as names clash', () => {
    const claimed = new Set<string>()
    const names = Array.from({ length: 4 }, () => claimOutputName(claimed, 'a/page.md', '.html'))
    expect(names).toEqual(['a/page.html', 'a/page.md.html', 'a/page.md.4.html', 'a/page.md.5.html'])
    expect(claimOutputName(claimed, 'a/page.txt', '.html')).toBe('a/page.txt.html')
  })

  it('counts names that differ only in case or Unicode form as one', () => {
    const claimed = new Set<string>()
    expect(claimOutputName(claimed, 'News/Caf\u00e9.md', '.html')).toBe('News/Caf\u00e9.html')
    expect(claimOutputName(claimed, 'news/cafe\u0301.txt', '.html')).toBe(
      'news/cafe\u0301.txt.html',
    )
    expect(claimKey('News/Page.HTML')).toBe('news/page.html')
  })
})
