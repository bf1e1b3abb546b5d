import { describe, expect, it } from 'vitest'
import { maxDiagnosticsPerRule } from '../../src/parse/_lib/cap-diagnostics.js'
import { ArticleParseError, parseJson } from '../../src/parse/index.js'
import type { Diagnostic } from '../../src/schema/index.js'
import { formatDiagnostic } from '../../src/schema/index.js'
import { parseErrorOf } from '../_lib/parse-error.js'

const valid = `{
  "type": "NewsArticle",
  "language": "en",
  "headline": "Chamber Opens New Office",
  "authors": [
    { "type": "Person", "name": "Li Ming" }
  ],
  "body": { "type": "root", "children": [] }
}
`

function failure(json: string, options: Parameters<typeof parseJson>[1] = {}): Diagnostic[] {
  return parseErrorOf(() => parseJson(json, { file: 'a.json', ...options })).diagnostics
}

function lines(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => formatDiagnostic(d, { file: 'a.json' }))
}

describe('parseJson: keys', () => {
  it('reports a key given twice at the second, since its first value would be lost', () => {
    const json = valid.replace('"Li Ming" }', '"Li Ming", "name": "Wang Fang" }')
    const [duplicate, ...rest] = failure(json)
    expect(rest).toEqual([])
    expect(duplicate).toMatchObject({
      severity: 'error',
      ruleId: 'duplicate-key',
      line: 6,
      column: 44,
      path: 'authors[0].name',
      actual: 'name',
      message: 'Expected each key once in an object, found "name" again',
    })
    expect(duplicate?.place?.start.offset).toBe(json.indexOf('"name": "Wang'))
    expect(duplicate?.place?.end.offset).toBe(json.indexOf(': "Wang'))
  })

  it('reports a duplicate even when both values are the same', () => {
    const json = valid.replace('"en",', '"en", "language": "en",')
    expect(lines(failure(json))).toEqual([
      'a.json:3:21: error Expected each key once in an object, found "language" again [duplicate-key]',
    ])
  })

  it.each([
    [
      'reject',
      [
        'a.json:3:21: error Left out the key "__proto__": it would change the object rather than name a field [forbidden-key]',
      ],
    ],
    [
      'keep',
      [
        'a.json:3:21: error Left out the key "__proto__": it would change the object rather than name a field [forbidden-key]',
      ],
    ],
  ] as const)(
    'refuses a "__proto__" key with unknownKeys %s, and pollutes nothing',
    (unknownKeys, expected) => {
      const json = valid.replace('"en",', '"en", "__proto__": { "polluted": true },')
      const diagnostics = failure(json, { unknownKeys })
      expect(lines(diagnostics)).toEqual(expected)
      expect(diagnostics[0]?.path).toBe('__proto__')
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    },
  )

  it('finds "__proto__" written with escapes', () => {
    const json = valid.replace('"en",', '"en", "\\u005f_proto__": 1,')
    expect(failure(json).map((d) => d.ruleId)).toEqual(['forbidden-key'])
  })

  it('treats "constructor" and "prototype" as ordinary keys: unknown, or kept as data', () => {
    const json = valid.replace('"en",', '"en", "constructor": { "prototype": { "x": 1 } },')
    expect(lines(failure(json))).toEqual([
      'a.json:3:21: error constructor: unknown key [unknown-key]',
    ])
    const { article } = parseJson(json, { unknownKeys: 'keep' })
    expect(Object.getPrototypeOf(article)).toBe(Object.prototype)
    expect(Object.hasOwn(article, 'constructor')).toBe(true)
    expect((article as unknown as Record<string, unknown>).constructor).toEqual({
      prototype: { x: 1 },
    })
  })
})

describe('parseJson: numbers', () => {
  const withCount = (literal: string) => valid.replace('"en",', `"en", "count": ${literal},`)

  it.each([
    ['9007199254740993', 'a number from -9007199254740991 to 9007199254740991'],
    ['-9007199254740993', 'a number from -9007199254740991 to 9007199254740991'],
    ['1e400', 'a number from -9007199254740991 to 9007199254740991'],
    ['-1e400', 'a number from -9007199254740991 to 9007199254740991'],
    ['0.1e999999999', 'a number from -9007199254740991 to 9007199254740991'],
    ['1.5e300', 'a number from -9007199254740991 to 9007199254740991'],
    ['1e-400', 'zero or a number at least 5e-324 away from it'],
    ['-0.0000001e-999', 'zero or a number at least 5e-324 away from it'],
  ])('refuses %s, which JavaScript cannot hold as written', (literal, expected) => {
    const diagnostics = failure(withCount(literal), { unknownKeys: 'keep' })
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({
      severity: 'error',
      ruleId: 'unsafe-number',
      line: 3,
      column: 30,
      path: 'count',
      actual: literal,
      expected,
      message: `Expected ${expected}, found ${literal}`,
    })
  })

  it.each([
    ['9007199254740991', 9007199254740991],
    ['-9007199254740991', -9007199254740991],
    ['-0', -0],
    ['0e5', 0],
    ['0.000e-999', 0],
    ['1e-300', 1e-300],
    ['0.1', 0.1],
    ['1E2', 100],
  ])('reads %s', (literal, value) => {
    const { article, diagnostics } = parseJson(withCount(literal), { unknownKeys: 'keep' })
    expect((article as unknown as Record<string, unknown>).count).toBe(value)
    expect(diagnostics).toEqual([])
  })

  it('reports an unsafe number once, not again as an invalid value', () => {
    const json = JSON.stringify({
      type: 'NewsArticle',
      language: 'en',
      headline: 'Hi',
      authors: [],
      body: { type: 'root', children: [] },
    }).replace('"children":[]', '"children":[{"type":"heading","depth":1e999,"children":[]}]')
    expect(failure(json).map((d) => [d.ruleId, d.path])).toEqual([
      ['unsafe-number', 'body.children[0].depth'],
    ])
  })

  it('shortens a number of a thousand digits in its diagnostic', () => {
    const literal = `1${'0'.repeat(1000)}`
    const [diagnostic] = failure(withCount(literal), { unknownKeys: 'keep' })
    expect(diagnostic?.actual).toBe(`1${'0'.repeat(38)}…`)
    expect(diagnostic?.place?.end.offset).toBe(withCount(literal).indexOf(literal) + 1001)
  })
})

describe('parseJson: control characters and lone surrogates', () => {
  const withHeadline = (escaped: string) =>
    valid.replace('"Chamber Opens New Office"', `"Chamber ${escaped}Opens"`)

  it.each([
    ['\\u0000', 'U+0000'],
    ['\\u001b', 'U+001B'],
    ['\\u001B[31m', 'U+001B'],
    ['\\b', 'U+0008'],
    ['\\f', 'U+000C'],
    ['\\u007f', 'U+007F'],
    ['\\u0085', 'U+0085'],
    ['\\u009B', 'U+009B'],
  ])('removes the control character %j with a warning at its place', (escaped, character) => {
    const json = withHeadline(escaped)
    const { article, diagnostics } = parseJson(json)
    expect(article.headline).toBe(`Chamber ${escaped.includes('[31m') ? '[31m' : ''}Opens`)
    const start = json.indexOf(escaped)
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        message: `Removed ${character}: control characters are not text`,
        line: 4,
        column: start - json.indexOf('  "headline"') + 1,
        place: {
          start: { line: 4, column: start - json.indexOf('  "headline"') + 1, offset: start },
          end: {
            line: 4,
            column:
              start -
              json.indexOf('  "headline"') +
              1 +
              (escaped.startsWith('\\u') ? 6 : escaped.startsWith('\\') ? 2 : 1),
            offset: start + (escaped.startsWith('\\u') ? 6 : escaped.startsWith('\\') ? 2 : 1),
          },
        },
        ruleId: 'control-character',
        source: 'news-model',
        actual: character,
        path: 'headline',
      },
    ])
  })

  it('keeps tab, line feed and carriage return', () => {
    const { article, diagnostics } = parseJson(withHeadline('\\t\\n\\r\\u0009'))
    expect(diagnostics).toEqual([])
    expect(article.headline).toBe('Chamber \t\n\r\tOpens')
  })

  it.each([
    ['\\ud800', 'U+D800'],
    ['\\udc00', 'U+DC00'],
    ['\\ud83d\\u0041', 'U+D83D'],
  ])('replaces the lone surrogate %j with U+FFFD and a warning', (escaped, character) => {
    const json = withHeadline(escaped)
    const { article, diagnostics } = parseJson(json)
    expect(article.headline).toBe(`Chamber \uFFFD${escaped.endsWith('0041') ? 'A' : ''}Opens`)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({
      severity: 'warning',
      ruleId: 'lone-surrogate',
      message: `Replaced ${character}, half of a surrogate pair, with U+FFFD`,
      path: 'headline',
      place: { start: { offset: json.indexOf(escaped) } },
    })
  })

  it.each(['\\ud83d\\ude00', '😀'])('keeps the pair %j as its character', (escaped) => {
    const { article, diagnostics } = parseJson(withHeadline(escaped))
    expect(article.headline).toBe('Chamber 😀Opens')
    expect(diagnostics).toEqual([])
  })

  it.each([
    ['\u0085', 'control-character'],
    ['\u009b', 'control-character'],
    ['\ud800', 'lone-surrogate'],
  ])('repairs %j written as itself too, at its place', (raw, ruleId) => {
    const json = withHeadline(raw)
    const { article, diagnostics } = parseJson(json)
    expect(article.headline).toBe(`Chamber ${ruleId === 'lone-surrogate' ? '\uFFFD' : ''}Opens`)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({
      severity: 'warning',
      ruleId,
      line: 4,
      place: { start: { offset: json.indexOf(raw) }, end: { offset: json.indexOf(raw) + 1 } },
    })
  })

  it('cleans keys, and reports a key that becomes another one as a duplicate', () => {
    const json = valid.replace('"en",', '"en", "head\\u0000line": "Again",')
    expect(lines(failure(json))).toEqual([
      'a.json:3:26: warning Removed U+0000: control characters are not text [control-character]',
      'a.json:4:3: error Expected each key once in an object, found "headline" again [duplicate-key]',
    ])
  })

  it('keeps a repaired article whose other diagnostics are errors from being returned', () => {
    const json = withHeadline('\\u0000').replace('"en"', '""')
    expect(failure(json).map((d) => [d.severity, d.ruleId])).toEqual([
      ['error', 'invalid-value'],
      ['warning', 'control-character'],
    ])
  })

  it(`lists ${maxDiagnosticsPerRule} repairs of a rule and counts the rest`, () => {
    const { article, diagnostics } = parseJson(withHeadline('\\u0000'.repeat(100_000)))
    expect(article.headline).toBe('Chamber Opens')
    expect(diagnostics).toHaveLength(maxDiagnosticsPerRule + 1)
    expect(diagnostics.at(-1)).toMatchObject({
      severity: 'warning',
      ruleId: 'repeated-diagnostic',
      actual: String(100_000 - maxDiagnosticsPerRule),
      expected: 'control-character',
    })
  })
})

describe('parseJson: many problems', () => {
  it(`lists ${maxDiagnosticsPerRule} unknown keys and counts the rest, in a short message`, () => {
    const extra = Array.from({ length: 40_000 }, (_, index) => `"k${index}": ${index}`)
    const json = valid.replace('"en",', `"en", ${extra.join(', ')},`)
    let error: unknown
    try {
      parseJson(json, { file: 'a.json' })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ArticleParseError)
    const { diagnostics, message } = error as ArticleParseError
    expect(diagnostics).toHaveLength(maxDiagnosticsPerRule + 1)
    // Line 3 holds every extra key: "k0" starts at column 21, each of k0-k9 takes 9
    // columns and each of k10-k99 11, so k99 is at 21 + 90 + 979 and k100 at 1101.
    expect(lines(diagnostics.slice(-2))).toEqual([
      'a.json:3:1090: error k99: unknown key [unknown-key]',
      'a.json:3:1101: error Left out 39900 more diagnostics of unknown-key [repeated-diagnostic]',
    ])
    expect(message.length).toBeLessThan(10_000)
  })

  it('caps syntax errors too', () => {
    const json = `[${','.repeat(100_000)}]`
    const diagnostics = failure(json)
    expect(diagnostics).toHaveLength(maxDiagnosticsPerRule + 1)
    expect(diagnostics.at(-1)).toMatchObject({
      ruleId: 'repeated-diagnostic',
      expected: 'invalid-json',
      actual: String(100_000 + 1 - maxDiagnosticsPerRule),
    })
  })
})

describe('parseJson: hostile text', () => {
  const deep = '['.repeat(100_000)

  // Each would overflow the call stack if the nesting guard counted brackets rather than
  // following the parser, whose error recovery steps into brackets that close nothing.
  it.each([
    ['brackets closed by braces', '[},'.repeat(100_000)],
    ['empty items', '[,'.repeat(100_000)],
    ['a string ended by a line break', `["\n${deep}`],
    ['a quote in a comment', `[/* " */${deep}`],
    ['a quote in a line comment', `[// "\n${deep}`],
    ['keys without values', '{"a":'.repeat(100_000)],
  ])('refuses %s nested past the limit with a located diagnostic', (_, json) => {
    const diagnostics = failure(json)
    expect(diagnostics.length).toBeGreaterThan(0)
    expect(diagnostics.every((d) => d.ruleId === 'invalid-json' && d.line >= 1)).toBe(true)
  })

  it.each([
    ['a 10 MB string left open', `"${'a'.repeat(10_000_000)}`],
    ['10 MB of one letter', 'x'.repeat(10_000_000)],
    ['a byte order mark inside', `{\uFEFF}`],
    ['a lone surrogate outside strings', '{\ud800}'],
    ['a line separator outside strings', '{\u2028}'],
    ['a number of a million digits', `{"a": ${'9'.repeat(1_000_000)}}`],
  ])('reports %s as diagnostics', (_, json) => {
    const diagnostics = failure(json)
    expect(diagnostics.length).toBeGreaterThan(0)
    expect(diagnostics.length).toBeLessThanOrEqual(maxDiagnosticsPerRule + 1)
  })

  it('keeps line and paragraph separators inside strings: they are text', () => {
    const json = valid.replace('Opens New', 'Opens\u2028New\\u2029')
    expect(parseJson(json)).toMatchObject({
      article: { headline: 'Chamber Opens\u2028New\u2029 Office' },
      diagnostics: [],
    })
  })
})
