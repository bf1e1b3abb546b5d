import { describe, expect, it } from 'vitest'
import { formatCount } from '../../../src/node/report/messages.js'

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [12_345, '12,345'],
    [100_000, '100,000'],
    [1_234_567, '1,234,567'],
  ])('writes %i as %s', (count, text) => {
    expect(formatCount(count)).toBe(text)
  })
})
