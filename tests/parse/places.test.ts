import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ArticleParseError,
  type Diagnostic,
  decodeText,
  type FieldProvenance,
  parseJson,
  parseMarkdown,
  parseText,
  type RuleId,
} from '../../src/index.js'
import { createLineCounter } from '../../src/parse/_lib/line-counter.js'
import { maxFrontMatterLength } from '../../src/parse/index.js'
import { runs } from '../_lib/runs.js'
import { encode } from './_lib/encode-legacy.js'

// Every diagnostic of every parser names the exact text it is about: its `place` spans
// that text, starts where `line` and `column` say, and holds what `actual` quotes. Each
// row runs one parser over an invented input and lists every diagnostic it gives, in
// order, as its rule and the text its place spans. A parser's new rule joins by a row.

type Parser = 'text' | 'markdown' | 'json'

interface PlaceCase {
  /** What the input holds. */
  name: string
  parser: Parser
  input: string | Uint8Array
  options?: Record<string, unknown>
  /**
   * Each diagnostic, in order: its rule, the text its place spans, and `false` when its
   * `actual` describes what was found (`U+0000`, `3 characters`) rather than quoting it.
   */
  spans: ReadonlyArray<readonly [RuleId, string] | readonly [RuleId, string, false]>
}

const page =
  'Chamber Opens New Office\n\nSource: CCCME\nDate: 2014-10-13\n\nThe chamber opened an office in the city on Monday.'
const markdown = (yaml: string, body = 'The chamber opened an office.') =>
  `---\n${yaml}\n---\n\n${body}`
const article = (fields: string) =>
  `{"type": "NewsArticle", "language": "en", "headline": "Hi", "authors": [],${fields} "body": {"type": "root", "children": []}}`
const valid: Record<Parser, string> = {
  text: page,
  markdown: markdown('title: Chamber Opens Office\ndate: 2014-10-13'),
  json: article(''),
}
const chinese =
  '商会在北京开设新办事处\n\n来源：中国商会\n日期：2014-10-13\n\n商会周一在北京开设了新的办事处，为会员企业提供咨询、培训和展会服务。办事处位于市中心，交通便利。'

// The stage every parser shares: reading the input.
const inputCases: PlaceCase[] = (['text', 'markdown', 'json'] as const).flatMap((parser) => [
  {
    name: 'control characters',
    parser,
    input: valid[parser].replace('Office', 'Of\u0000\u001bfice').replace('Hi', 'H\u0007i'),
    spans: [
      ...(parser === 'json' ? [] : [['control-character', '\u0000\u001b', false] as const]),
      ...(parser === 'json' ? [['control-character', '\u0007', false] as const] : []),
    ],
  },
  {
    name: 'a lone surrogate',
    parser,
    input: valid[parser].replace('Office', 'Off\uD800ice').replace('Hi', 'H\uDC00i'),
    spans: [['lone-surrogate', parser === 'json' ? '\uDC00' : '\uD800', false]],
  },
  {
    name: 'a string past maxInputLength',
    parser,
    input: valid[parser],
    options: { maxInputLength: 40 },
    spans: [['input-too-long', valid[parser].slice(40), false]],
  },
  {
    name: 'bytes past maxInputLength, not decoded',
    parser,
    input: new TextEncoder().encode(valid[parser]),
    options: { maxInputLength: 40 },
    spans: [['input-too-long', '', false]],
  },
  {
    name: 'bytes that are not text',
    parser,
    input: new TextEncoder().encode('Chamber\u0000\u0000\u0000 news'),
    spans: [['binary-input', '\u0000', false]],
  },
])

const encodingCases: PlaceCase[] = [
  {
    name: 'bytes whose encoding is guessed',
    parser: 'text',
    input: encode(chinese, 'gb18030'),
    spans: [['detected-encoding', chinese, false]],
  },
  {
    name: 'bytes whose encoding is guessed',
    parser: 'markdown',
    input: encode(markdown('title: 办事处', chinese), 'gb18030'),
    spans: [['detected-encoding', markdown('title: 办事处', chinese), false]],
  },
]

const markdownCases: PlaceCase[] = [
  ...(
    [
      ['an unknown key', 'title: A\ncolour: red', [['unknown-key', 'colour']]],
      [
        'a key inside a value',
        'title: A\nauthor:\n  name: Jane\n  email: j@example.com',
        [['unknown-key', 'email', false]],
      ],
      ['a second key for one field', 'title: A\nheadline: B', [['extra-value', 'headline']]],
      ['a date in no known form', 'title: A\ndate: soon', [['unparsed-date', 'soon']]],
      [
        'a date not in the calendar',
        'title: A\ndate: 2014-02-30',
        [['impossible-date', '2014-02-30']],
      ],
      ['a site-relative url', 'title: A\nurl: /news/1/', [['invalid-value', '/news/1/']]],
      ['a value of the wrong type', 'title: A\nlanguage: 5', [['invalid-value', '5']]],
      ['a key given twice', 'title: A\ntitle: B', [['invalid-yaml', 'title', false]]],
      ['a merge key', 'base: &b {x: 1}\n<<: *b', [['invalid-yaml', '<<', false]]],
      ['an alias without an anchor', 'title: *nope', [['invalid-yaml', '*nope', false]]],
      ['a syntax error', 'title: A\nfoo', [['invalid-yaml', 'foo', false]]],
      ['a missing quote', 'title: "open', [['invalid-yaml', '', false]]],
      [
        'a tag of another language',
        'title: !!js/function f',
        [['invalid-yaml', '!!js/function', false]],
      ],
      ['a list, not a mapping', '- a\n- b', [['invalid-yaml', '- a\n- b', false]]],
      ['a lone surrogate escaped', 'title: "A\\ud800B"', [['lone-surrogate', '\\ud800', false]]],
      [
        'too many aliases',
        `a: &x 1\nb: [${'*x, '.repeat(100)}*x]`,
        [['invalid-yaml', '*x', false]],
      ],
      [
        'more YAML errors than are listed',
        'title: A\n'.repeat(23),
        [
          ...Array.from({ length: 20 }, () => ['invalid-yaml', 'title', false] as const),
          ['repeated-diagnostic', 'title', false],
        ],
      ],
    ] as const
  ).map(([name, yaml, spans]) => ({
    name,
    parser: 'markdown' as const,
    input: markdown(yaml),
    spans,
  })),
  {
    name: 'a missing headline',
    parser: 'markdown',
    input: markdown('date: 2014-10-13\nlanguage: en'),
    spans: [['missing-value', 'date: 2014-10-13\nlanguage: en', false]],
  },
  {
    name: 'TOML front matter',
    parser: 'markdown',
    input: '+++\ntitle = "A"\n+++\n\nText.',
    spans: [['invalid-yaml', '+++']],
  },
  {
    name: 'a front matter too long to read',
    parser: 'markdown',
    input: markdown(`title: ${'a'.repeat(maxFrontMatterLength)}`),
    spans: [['invalid-yaml', `title: ${'a'.repeat(maxFrontMatterLength)}`, false]],
  },
  {
    name: 'block quotes nested too deep',
    parser: 'markdown',
    input: markdown('title: A', '>'.repeat(200)),
    spans: [['invalid-value', '>', false]],
  },
  {
    name: 'list items nested too deep',
    parser: 'markdown',
    input: markdown('title: A', '1. '.repeat(100)),
    spans: [['invalid-value', '1.', false]],
  },
  {
    name: 'raw HTML nested too deep',
    parser: 'markdown',
    input: markdown('title: A', '<div>'.repeat(200)),
    spans: [['invalid-value', '<div>', false]],
  },
  {
    name: 'more emphasis delimiters than are parsed',
    parser: 'markdown',
    input: markdown('title: A', '*a'.repeat(600)),
    spans: [['complex-markdown', '*', false]],
  },
  {
    name: 'a language given as a locale id',
    parser: 'markdown',
    input: markdown('title: A\nlang: zh_cn'),
    spans: [['language-form', 'zh_cn']],
  },
]

const jsonCases: PlaceCase[] = [
  { name: 'nothing', parser: 'json', input: ' \n ', spans: [['invalid-json', ' \n ', false]] },
  { name: 'a syntax error', parser: 'json', input: '{"type": }', spans: [['invalid-json', '}']] },
  {
    name: 'a text that stops early',
    parser: 'json',
    input: '{"type": "NewsArticle"',
    spans: [['invalid-json', '', false]],
  },
  {
    name: 'lists nested too deep',
    parser: 'json',
    input: `{"headline": ${'['.repeat(300)}`,
    spans: [['invalid-json', '[', false]],
  },
  {
    name: 'a key given twice',
    parser: 'json',
    input: article(' "headline": "Again",'),
    spans: [['duplicate-key', '"headline"']],
  },
  {
    name: 'a __proto__ key',
    parser: 'json',
    input: article(' "__proto__": {},'),
    spans: [['forbidden-key', '"__proto__"']],
  },
  {
    name: 'a number JavaScript cannot hold',
    parser: 'json',
    input: article(' "id": 9007199254740993,'),
    spans: [['unsafe-number', '9007199254740993']],
  },
  {
    name: 'escaped control characters and surrogates',
    parser: 'json',
    input: article(' "description": "A\\u0000B\\ud800C",'),
    spans: [
      ['control-character', '\\u0000', false],
      ['lone-surrogate', '\\ud800', false],
    ],
  },
  {
    name: 'an unknown key',
    parser: 'json',
    input: article(' "colour": "red",'),
    spans: [['unknown-key', '"colour"', false]],
  },
  {
    name: 'a value of the wrong type',
    parser: 'json',
    input: article(' "description": 5,'),
    spans: [['invalid-value', '5']],
  },
  {
    name: 'a missing value',
    parser: 'json',
    input:
      '{"type": "NewsArticle", "language": "en", "authors": [], "body": {"type": "root", "children": []}}',
    spans: [
      [
        'missing-value',
        '{"type": "NewsArticle", "language": "en", "authors": [], "body": {"type": "root", "children": []}}',
        false,
      ],
    ],
  },
  {
    name: 'more unknown keys than are listed',
    parser: 'json',
    input: article(Array.from({ length: 102 }, (_, i) => ` "k${i}": 1,`).join('')),
    spans: [
      ...Array.from({ length: 100 }, (_, i) => ['unknown-key', `"k${i}"`, false] as const),
      ['repeated-diagnostic', '"k100"', false],
    ],
  },
]

// parseText's own rules: each row a page with one thing the parser reports.
const textCases: PlaceCase[] = (
  [
    [
      'a date not in the calendar',
      'Date: 2014-10-13',
      'Date: 2014-02-30',
      [['impossible-date', '2014-02-30']],
    ],
    ['a date in no known form', 'Date: 2014-10-13', 'Date: soon', [['unparsed-date', 'soon']]],
    [
      'a second source',
      'Source: CCCME',
      'Source: CCCME\nSource: Other',
      [['extra-value', 'Source: Other']],
    ],
  ] as const
).map(([name, from, to, spans]) => ({
  name,
  parser: 'text' as const,
  input: page.replace(from, to),
  spans,
}))

const parsers: Record<Parser, (input: string | Uint8Array, options?: object) => unknown> = {
  text: (input, options) => parseText(input, options),
  markdown: (input, options) => parseMarkdown(input, options),
  json: (input, options) => parseJson(input, options),
}

function diagnosticsOf(parser: Parser, input: string | Uint8Array, options?: object) {
  try {
    return (parsers[parser](input, options) as { diagnostics: Diagnostic[] }).diagnostics
  } catch (error) {
    if (error instanceof ArticleParseError) return error.diagnostics
    throw error
  }
}

// The text the offsets are in: the string given, or the bytes as the parser decoded them.
function textOf(input: string | Uint8Array): string {
  if (typeof input === 'string') return input
  try {
    return decodeText(input).text
  } catch {
    return new TextDecoder().decode(input)
  }
}

// The diagnostic's actual as the text holds it: a quoted string without its quotes.
function quoted(actual: string): string {
  return actual.startsWith('"')
    ? (JSON.parse(actual.endsWith('…"') ? `${actual.slice(0, -2)}"` : actual) as string)
    : actual
}

describe.each([
  ['the input stage', inputCases],
  ['guessed encodings', encodingCases],
  ['parseMarkdown', markdownCases],
  ['parseJson', jsonCases],
  ['parseText', textCases],
])('places of %s', (_, cases) => {
  it.each(cases.map((c) => [`${c.parser}: ${c.name}`, c] as const))('%s', (_, c) => {
    const diagnostics = diagnosticsOf(c.parser, c.input, c.options)
    const text = textOf(c.input)
    const lines = createLineCounter(text)
    const found = diagnostics.map((diagnostic) => {
      const { place } = diagnostic
      expect(place, diagnostic.ruleId).toBeDefined()
      if (!place) return [diagnostic.ruleId]
      expect(place.start.offset).toBeLessThanOrEqual(place.end.offset)
      expect([place.start.line, place.start.column]).toEqual([diagnostic.line, diagnostic.column])
      expect(lines.pointAt(place.start.offset)).toEqual(place.start)
      expect(lines.pointAt(place.end.offset)).toEqual(place.end)
      const span = text.slice(place.start.offset, place.end.offset)
      const row = c.spans.find(([rule, spanned]) => rule === diagnostic.ruleId && spanned === span)
      if (diagnostic.actual !== undefined && row?.[2] !== false) {
        expect(span).toContain(quoted(diagnostic.actual))
      }
      return [diagnostic.ruleId, span]
    })
    expect(found).toEqual(c.spans.map(([rule, span]) => [rule, span]))
  })
})

// Pieces of front matter, Markdown and JSON, well-formed and not, with control characters.
const markdownPieces = [
  '---',
  'title: Chamber Opens New Office',
  'title: [unclosed',
  'date: 2014-02-30',
  'author: [Li Ming, "A\\ud800"]',
  'nickname: x',
  'a: &x 1\nb: *x\nc: *y',
  '# Heading',
  'Some *text*\u0000 with <b>html</b>.',
  '>'.repeat(130),
  '',
]
const jsonPieces = [
  '{',
  '}',
  '"headline": "Hi",',
  '"headline": 5,',
  '"type": "NewsArticle",',
  '"__proto__": 1,',
  '"n": 1e400,',
  '"s": "\\u0000\\udc00",',
  '[',
  ']',
  '\u0007',
]

const anyOf = (pieces: string[]) =>
  fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 })), { maxLength: 12 })
    .map((parts) => parts.join('\n'))

describe('places of any input', () => {
  it('are in the text given, in order, and start where line and column say', {
    tags: ['properties'],
  }, () => {
    const inputs = fc.oneof(
      fc.tuple(fc.constant('markdown' as const), anyOf(markdownPieces)),
      fc.tuple(fc.constant('json' as const), anyOf(jsonPieces)),
    )
    fc.assert(
      fc.property(inputs, ([parser, input]) => {
        const lines = createLineCounter(input)
        let result: { diagnostics: Diagnostic[]; provenance?: FieldProvenance[] }
        try {
          result = parsers[parser](input, { provenance: true }) as typeof result
        } catch (error) {
          if (!(error instanceof ArticleParseError)) throw error
          result = { diagnostics: error.diagnostics }
        }
        for (const { place, line, column } of result.diagnostics) {
          expect(place).toBeDefined()
          if (!place) continue
          expect([place.start.line, place.start.column]).toEqual([line, column])
          expect(lines.pointAt(place.start.offset)).toEqual(place.start)
          expect(lines.pointAt(place.end.offset)).toEqual(place.end)
          expect(place.start.offset).toBeLessThanOrEqual(place.end.offset)
        }
        for (const { place } of result.provenance ?? []) {
          expect(lines.pointAt(place.start.offset)).toEqual(place.start)
          expect(lines.pointAt(place.end.offset)).toEqual(place.end)
          expect(place.start.offset).toBeLessThanOrEqual(place.end.offset)
        }
      }),
      { numRuns: runs(300) },
    )
  })
})
