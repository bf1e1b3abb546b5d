// Every option of every parser, given a value of the wrong type or an impossible one, is
// a TypeError or RangeError whose message names the option and says what was expected:
// a bad call, never an internal error or a silent default.
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import {
  decodeText,
  parseJson,
  parseMarkdown,
  parseText,
  remarkNewsArticle,
} from '../../src/index.js'

type Call = (options: unknown) => unknown

const page = 'Chamber Opens New Office\n\nThe chamber opened an office.'
const markdown = '---\ntitle: Chamber Opens New Office\n---\n\nText.'
const json =
  '{"type":"NewsArticle","language":"en","headline":"Hi","authors":[],"body":{"type":"root","children":[]}}'

const calls: Record<string, Call> = {
  parseText: (options) => parseText(page, options as never),
  parseMarkdown: (options) => parseMarkdown(markdown, options as never),
  parseJson: (options) => parseJson(json, options as never),
  decodeText: (options) => decodeText(new TextEncoder().encode(page), options as never),
  remarkNewsArticle: (options) =>
    unified()
      .use(remarkParse)
      .use(remarkNewsArticle, options as never)
      .freeze(),
}

// Values of no option's type.
const wrongTypes: unknown[] = [5, true, {}, [], () => 'x', Symbol('x'), 10n]

const strings = (name: string, ...impossible: unknown[]) => ({
  name,
  wrong: [...wrongTypes, ...impossible],
})

// Each export's options, with the values each must refuse besides the wrong types.
const options: Record<string, Array<{ name: string; wrong: unknown[] }>> = {
  parseText: [
    strings('timeZone', 'Mars/Olympus', '', ' '),
    strings('language', 'fr', 'EN', ''),
    strings('url', 'javascript:alert(1)', '/news/1', ''),
    strings('file'),
    strings('encoding', 'klingon', 'iso-2022-kr', ''),
    { name: 'maxInputLength', wrong: ['100', true, {}, -1, 1.5, Number.NaN, -Infinity] },
    { name: 'labels', wrong: [5, true, 'source', ['source']] },
  ],
  parseMarkdown: [
    strings('timeZone', 'Mars/Olympus'),
    { name: 'strict', wrong: ['yes', 1, 0, {}, [], 'true'] },
    strings('file'),
    strings('encoding', 'klingon'),
    { name: 'maxInputLength', wrong: ['100', -1, 0.5, Number.NaN] },
  ],
  parseJson: [
    { name: 'unknownKeys', wrong: ['drop', 'strict', '', 5, true, {}, []] },
    strings('file'),
    strings('encoding', 'klingon'),
    { name: 'maxInputLength', wrong: ['100', -1, 0.5, Number.NaN] },
  ],
  decodeText: [strings('file'), strings('encoding', 'klingon', 'x-user-defined')],
  remarkNewsArticle: [
    strings('timeZone', 'Mars/Olympus'),
    { name: 'strict', wrong: ['yes', 1, {}, []] },
  ],
}

function errorOf(run: () => unknown): Error {
  try {
    run()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a bad call to throw')
}

describe.each(Object.keys(calls))('%s', (name) => {
  const call = calls[name] as Call

  it('accepts no options, null and an empty object', () => {
    for (const none of [undefined, null, {}]) expect(() => call(none)).not.toThrow()
  })

  // unified reads `.use(plugin, true)` as "on, with no options", so only the parsers see true.
  const notObjects = ['options', 5, ['timeZone'], () => ({})]
  it.each(name === 'remarkNewsArticle' ? notObjects : [...notObjects, true])(
    'refuses options %s that are not an object, naming `options`',
    (value) => {
      const error = errorOf(() => call(value))
      expect(error).toBeInstanceOf(TypeError)
      expect(error.message).toMatch(/^Invalid `options` .+: expected an object/)
    },
  )

  const cases = (options[name] ?? []).flatMap((option) =>
    option.wrong.map((value) => ({ option: option.name, value })),
  )

  it.each(cases)('refuses $option: $value, naming the option', ({ option, value }) => {
    const error = errorOf(() => call({ [option]: value }))
    expect([TypeError, RangeError]).toContain(error.constructor)
    expect(error.message).toMatch(new RegExp(`^Invalid \`${option}[\`.]`))
    expect(error.message).toMatch(/: expected .+/)
    // A value of no option's type is a TypeError; a string or number not allowed, a RangeError.
    if (typeof value !== 'string' && typeof value !== 'number') {
      expect(error).toBeInstanceOf(TypeError)
    }
  })
})

describe('labels', () => {
  it.each([
    [
      { published: 5 },
      TypeError,
      'Invalid `labels.published` 5: expected a list of non-empty strings',
    ],
    [
      { published: [''] },
      TypeError,
      'Invalid `labels.published` a list of 1 item: expected a list of non-empty strings',
    ],
    [
      { published: ['Posted', 5] },
      TypeError,
      'Invalid `labels.published` a list of 2 items: expected a list of non-empty strings',
    ],
    [
      { subject: ['Betreff'] },
      RangeError,
      'Invalid `labels.subject` a list of 1 item: expected a field among source, author, editor, published, updated, ignored',
    ],
  ])('refuses %j with its own words', (labels, type, message) => {
    const error = errorOf(() => parseText(page, { labels } as never))
    expect(error).toBeInstanceOf(type)
    expect(error.message).toBe(message)
  })
})

describe('the input argument', () => {
  it.each([
    ['parseText', () => parseText(5 as never), '`text`'],
    ['parseMarkdown', () => parseMarkdown(null as never), '`markdown`'],
    ['parseJson', () => parseJson({} as never), '`json`'],
    ['decodeText', () => decodeText('text' as never), '`bytes`'],
  ])('%s names it when it is neither a string nor bytes', (_, run, name) => {
    const error = errorOf(run)
    expect(error).toBeInstanceOf(TypeError)
    expect(error.message).toContain(`Invalid ${name}`)
  })
})

describe('messages', () => {
  it.each([
    [
      () => parseMarkdown(markdown, { strict: 'yes' as never }),
      'Invalid `strict` "yes": expected true or false',
    ],
    [
      () => parseJson(json, { unknownKeys: 'drop' as never }),
      'Invalid `unknownKeys` "drop": expected one of "reject", "keep"',
    ],
    [() => parseText(page, { encoding: 5 as never }), 'Invalid `encoding` 5: expected a string'],
    [
      () => parseText(page, { encoding: 'klingon' }),
      'Invalid `encoding` "klingon": expected an encoding label such as "utf-8", "gbk", "big5" or "utf-16le"',
    ],
    [() => parseText(page, { file: 3 as never }), 'Invalid `file` 3: expected a string'],
    [
      () => parseText(page, { maxInputLength: -1 }),
      'Invalid `maxInputLength` -1: expected a whole number of 0 or more (characters, or bytes of a Uint8Array), or Infinity',
    ],
    [
      () => parseText(page, 'Asia/Shanghai' as never),
      'Invalid `options` "Asia/Shanghai": expected an object, null or undefined',
    ],
  ])('say what was found and what was expected', (run, message) => {
    expect(errorOf(run).message).toBe(message)
  })
})
