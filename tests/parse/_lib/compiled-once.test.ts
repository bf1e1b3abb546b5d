import { describe, expect, it } from 'vitest'
import { compiledOnce } from '../../../src/parse/_lib/compiled-once.js'

describe('compiledOnce', () => {
  it('builds once per object, and again for another object', () => {
    let builds = 0
    const patternOf = compiledOnce((words: string[]) => {
      builds++
      return new RegExp(words.join('|'))
    })
    const words = ['By', 'From']
    const first = patternOf(words)
    expect(patternOf(words)).toBe(first)
    expect(builds).toBe(1)
    expect(patternOf(['By', 'From'])).not.toBe(first)
    expect(builds).toBe(2)
  })
})
