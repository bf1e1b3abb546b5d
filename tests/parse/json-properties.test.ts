import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createLineCounter } from '../../src/parse/_lib/line-counter.js'
import { ArticleParseError, parseJson } from '../../src/parse/index.js'
import { readJson } from '../../src/parse/json/read-json.js'
import { rules, validateArticle } from '../../src/schema/index.js'
import { runs } from '../_lib/runs.js'
import { articleNames, readArticle } from '../fixtures/entities.js'

// Any UTF-16 code units, lone surrogates included.
const codeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 })
  .map((units) => String.fromCharCode(...units))

// Pieces of JSON and of what breaks it, to build texts in any order: the parser's error
// recovery, escapes, numbers out of range and the characters JSON treats specially.
const tokens = [
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"',
  '\\',
  '"\\u',
  '"\\ud800"',
  '"\\ud83d\\ude00"',
  '"\\u0000"',
  '"\\u001b[31m"',
  '"__proto__"',
  '"constructor"',
  '"type"',
  '"NewsArticle"',
  '0',
  '-0',
  '1e400',
  '1e-400',
  '0.1e999999999',
  '9007199254740993',
  'true',
  'null',
  '/*',
  '//',
  ' ',
  '\n',
  '\r',
  '\u2028',
  '\uFEFF',
  '\u0085',
  '\ud800',
]
const tokenSoup = fc
  .array(fc.oneof(fc.constantFrom(...tokens), codeUnits), { maxLength: 60 })
  .map((parts) => parts.join(''))

// Deep and long texts of a few tokens repeated, as an attacker would send them: brackets
// the parser's error recovery descends into, strings and comments that hide them.
const repeated = fc
  .tuple(
    fc.array(fc.constantFrom('[', ']', '{', '}', ',', ':', '"', '"a"', '\n', '/*', ...tokens), {
      minLength: 1,
      maxLength: 3,
    }),
    fc.nat(20_000),
  )
  .map(([parts, times]) => parts.join('').repeat(times))

// A fixture article with one piece cut out, repeated, replaced or put in.
const mutated = fc
  .tuple(
    fc.constantFrom(...articleNames),
    fc.nat(),
    fc.nat(40),
    fc.oneof(fc.constantFrom(...tokens), codeUnits, fc.json()),
    fc.constantFrom('cut', 'repeat', 'replace', 'insert'),
  )
  .map(([name, at, length, piece, edit]) => {
    const text = JSON.stringify(readArticle(name), null, 2)
    const start = at % text.length
    const end = Math.min(text.length, start + length)
    const before = text.slice(0, start)
    const after = text.slice(end)
    if (edit === 'cut') return before + after
    if (edit === 'repeat') return before + text.slice(start, end).repeat(2) + after
    if (edit === 'replace') return before + piece + after
    return before + piece + text.slice(start)
  })

const anyText = fc.oneof(fc.string(), codeUnits, fc.json(), tokenSoup, repeated, mutated)

describe('parseJson properties', () => {
  it(
    'returns a valid article with warnings only, or throws an ArticleParseError with located known rules',
    () => {
      fc.assert(
        fc.property(anyText, (json) => {
          let result: ReturnType<typeof parseJson> | undefined
          try {
            result = parseJson(json)
          } catch (error) {
            expect(error).toBeInstanceOf(ArticleParseError)
            const { diagnostics } = error as ArticleParseError
            expect(diagnostics.some((d) => d.severity === 'error')).toBe(true)
            for (const diagnostic of diagnostics) {
              expect(diagnostic.line).toBeGreaterThanOrEqual(1)
              expect(diagnostic.column).toBeGreaterThanOrEqual(1)
              expect(Object.keys(rules)).toContain(diagnostic.ruleId)
              const end = diagnostic.place?.end.offset ?? 0
              expect(end).toBeLessThanOrEqual(json.length)
            }
            return
          }
          expect(validateArticle(result.article).success).toBe(true)
          expect(result.diagnostics.every((d) => d.severity === 'warning')).toBe(true)
        }),
        { numRuns: runs(500) },
      )
    },
    runs(60_000),
  )

  it(
    'reads what JSON.parse reads, and calls a syntax error what JSON.parse refuses',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.json(), tokenSoup, mutated), (json) => {
          let expected: unknown
          let wellFormed = true
          try {
            expected = JSON.parse(json)
          } catch {
            wellFormed = false
          }
          const reading = readJson(json, createLineCounter(json))
          const tooDeep = reading.syntax.some((d) => d.actual?.includes('levels deep'))
          if (!tooDeep) expect(reading.syntax.length === 0).toBe(wellFormed)
          // What is read unchanged is read as JSON.parse reads it.
          if (wellFormed && reading.diagnostics.length === 0)
            expect(reading.value).toEqual(expected)
        }),
        { numRuns: runs(1000) },
      )
    },
    runs(60_000),
  )

  it('never lets a "__proto__" key set a prototype', () => {
    fc.assert(
      fc.property(fc.json(), fc.jsonValue(), (json, value) => {
        const text = `{"__proto__": ${JSON.stringify(value)}, "x": ${json}}`
        const reading = readJson(text, createLineCounter(text))
        expect(Object.getPrototypeOf(reading.value)).toBe(Object.prototype)
        expect(reading.diagnostics[0]?.ruleId).toBe('forbidden-key')
      }),
      { numRuns: runs(200) },
    )
  })
})
