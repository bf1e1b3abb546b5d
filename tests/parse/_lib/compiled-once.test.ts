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

  it('answers each of two objects asked for in turn with its own value, built once', () => {
    let builds = 0
    const lengthOf = compiledOnce((words: string[]) => {
      builds++
      return { length: words.length }
    })
    const one = ['By']
    const two = ['By', 'From']
    for (let round = 0; round < 3; round++) {
      expect(lengthOf(one).length).toBe(1)
      expect(lengthOf(two).length).toBe(2)
    }
    expect(builds).toBe(2)
  })
})
