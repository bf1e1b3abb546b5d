// Lines that once made a furniture or widget pattern backtrack exponentially (minutes for
// a line of a hundred characters). Each must now finish well inside the test's timeout.
import { describe, expect, it } from 'vitest'
import { ArticleParseError, parseText } from '../../../src/parse/index.js'

function finishes(text: string): boolean {
  try {
    parseText(text)
  } catch (error) {
    if (!(error instanceof ArticleParseError)) throw error
  }
  return true
}

const page = (line: string) =>
  `Chamber Opens New Office\n\n${line}\n\nThe chamber opened a new office in Beijing on Monday, its third in China.\n`

describe('parseText on lines that could backtrack', () => {
  it('reads a line of repeated print buttons ending in another word', { timeout: 20_000 }, () => {
    expect(finishes(page(`${'print '.repeat(30)}x`))).toBe(true)
    expect(finishes(page(`${'print '.repeat(120)}x`))).toBe(true)
  })

  it('reads a meta line whose value ends in repeated widget words', { timeout: 20_000 }, () => {
    expect(finishes(page(`Source: Daily News ${'大 '.repeat(29)}x`))).toBe(true)
    expect(finishes(page(`Source: Daily News ${'大 '.repeat(200)}x`))).toBe(true)
  })
})
