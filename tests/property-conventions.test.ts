import { readdirSync, readFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

// `npm run test:deep` (scripts/test-deep.sh) finds the property tests by a convention: a
// file named *properties*.test.ts, or a test tagged `properties`. It multiplies their case
// counts through runs() (tests/_lib/runs.ts). A property that follows neither would run
// only its everyday count, so every fast-check assertion in tests is checked here.
const tests = new URL('./', import.meta.url).pathname

/**
 * Property files that do not yet take their counts from runs(), each with the reason.
 * The test fails when one of them does (remove its entry).
 */
const literalCounts: Readonly<Record<string, string>> = {}

function filesOf(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesOf(join(folder, entry.name)) : [join(folder, entry.name)],
  )
}

const propertyFiles = filesOf(tests)
  .filter((file) => file.endsWith('.test.ts') && file !== new URL(import.meta.url).pathname)
  .map((file) => ({ name: relative(tests, file), text: readFileSync(file, 'utf8') }))
  .filter(({ text }) => text.includes('fc.assert('))

describe('property tests', () => {
  it('are found in several files', () => {
    expect(propertyFiles.length).toBeGreaterThan(3)
  })

  it.each(propertyFiles.map(({ name, text }) => [name, text]))(
    '%s is picked up by test:deep and scales with it',
    (name, text) => {
      const asserts = text.split('fc.assert(').length - 1
      const tagged = text.split("tags: ['properties']").length - 1
      expect(
        /properties/.test(basename(name)) || tagged >= asserts,
        `${name}: ${asserts} fc.assert, ${tagged} tests tagged 'properties'`,
      ).toBe(true)
      const literal = /numRuns:\s*\d/.test(text)
      expect(literal, `${name}: numRuns: runs(n), not a number`).toBe(name in literalCounts)
    },
  )
})
