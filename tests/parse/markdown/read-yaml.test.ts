import { describe, expect, it } from 'vitest'
import { ArticleParseError, parseMarkdown } from '../../../src/parse/index.js'
import { readYaml } from '../../../src/parse/markdown/read-yaml.js'
import { maxFrontMatterLength, maxYamlAliases } from '../../../src/parse/markdown/yaml-limits.js'
import type { Diagnostic } from '../../../src/schema/diagnostic.js'

const file = (front: string) => `---\n${front}\n---\n\nThe chamber opened an office.\n`

// The errors of a front matter, as `line:column message`; fails on any other exception.
function errorsOf(front: string): string[] {
  try {
    parseMarkdown(file(front))
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleParseError)
    return (error as ArticleParseError).diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)
  }
  return []
}

const billionLaughs = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  ...'bcdefg'
    .split('')
    .map(
      (name, index) =>
        `${name}: &${name} [${`*${'abcdefg'[index]}, `.repeat(8)}*${'abcdefg'[index]}]`,
    ),
  'title: [*g, *g, *g]',
].join('\n')

describe('readYaml: every YAML problem is an invalid-yaml error at its place', () => {
  it.each([
    [
      'an alias with no anchor',
      'title: Hi there\nid: *nope',
      '3:5',
      'the alias *nope with no anchor &nope before it',
    ],
    [
      'an alias before its anchor',
      'id: *a\ntitle: &a Hi there',
      '2:5',
      'the alias *a with no anchor &a before it',
    ],
    [
      'an alias inside its own anchor',
      'title: Hi there\nlist: &a [x, *a]',
      '3:14',
      'the alias *a inside the value it names',
    ],
    [
      'a mapping that holds itself',
      '&a { title: *a }',
      '2:13',
      'the alias *a inside the value it names',
    ],
    [
      'billion laughs',
      billionLaughs,
      '3:8',
      `more than ${maxYamlAliases} aliases, or aliases that expand to more values`,
    ],
    [
      'a duplicate key',
      'title: A\nid: x\ntitle: B',
      '4:1',
      'the key "title" a second time in one mapping',
    ],
    [
      'a duplicate nested key',
      'title: A\nsource:\n  name: X\n  name: Y',
      '5:3',
      'the key "name" a second time in one mapping',
    ],
    [
      'a merge key',
      'base: &b { title: Hi }\n<<: *b',
      '3:1',
      'a merge key (<<), which is not read: write the keys out',
    ],
    [
      'a JavaScript tag',
      'title: !!js/function "function () {}"',
      '2:8',
      'a tag this reader does not know',
    ],
    ['a custom tag', 'title: !custom Hi', '2:8', 'a tag this reader does not know'],
    ['a binary value', 'title: !!binary aGVsbG8=', '2:8', 'a tag this reader does not know'],
    ['a set', 'tags: !!set { a, b }\ntitle: Hi', '2:7', 'a tag this reader does not know'],
    [
      'flow lists 300 deep',
      `title: ${'['.repeat(300)}${']'.repeat(300)}`,
      '2:263',
      'values nested more than 256 levels deep',
    ],
    [
      'flow lists 100,000 deep',
      `title: ${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      '2:',
      'values nested more than 256 levels deep',
    ],
    [
      'block mappings 300 deep',
      Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'),
      '258:257',
      'values nested more than 256 levels deep',
    ],
    ['a second document', 'title: A\n...\ntitle: B', '4:1', 'Source contains multiple documents'],
    ['tab indentation', 'title: A\nauthor:\n\t- Li', '4:1', 'Tabs are not allowed as indentation'],
  ])('%s', (_name, front, place, words) => {
    const errors = errorsOf(front)
    expect(errors.length).toBeGreaterThan(0)
    expect(errors[0]).toContain(`${place}`)
    expect(errors[0]).toContain('invalid-yaml')
    expect(errors[0]).toContain(words)
  })

  it('refuses a front matter longer than maxFrontMatterLength at its first line', {
    timeout: 30_000,
  }, () => {
    const errors = errorsOf(`title: ${'a'.repeat(10_000_000)}`)
    expect(errors).toEqual([
      `2:1 invalid-yaml Expected well-formed YAML front matter, found an error: a front matter of 10000007 characters, more than the ${maxFrontMatterLength} read`,
    ])
  })

  it('refuses 250,000 keys as too long, and reads 10,000 unknown keys, each located', {
    timeout: 30_000,
  }, () => {
    const many = Array.from({ length: 250_000 }, (_, i) => `k${i}: 1`).join('\n')
    expect(errorsOf(many)[0]).toContain('2:1 invalid-yaml')
    const keys = Array.from({ length: 10_000 }, (_, i) => `k${i}: 1`).join('\n')
    const { diagnostics } = parseMarkdown(file(`title: Many keys\n${keys}`))
    expect(diagnostics).toHaveLength(10_000)
    expect(diagnostics.at(-1)).toMatchObject({ line: 10_002, column: 1, ruleId: 'unknown-key' })
  })

  it('lists the first 20 YAML errors and counts the rest', () => {
    const bad = Array.from({ length: 50 }, (_, i) => `k${i}: "unclosed`).join('\n')
    const errors = errorsOf(`title: A\n${bad}`)
    expect(errors.length).toBeLessThanOrEqual(21)
  })

  it('reads anchors and aliases that stay within the limits', () => {
    const { article } = parseMarkdown(file('title: &t Chamber Opens Office\ndescription: *t'))
    expect(article.description).toBe('Chamber Opens Office')
  })

  it('reads a !!timestamp as the date it was written, in the page time zone', () => {
    const { article } = parseMarkdown(
      file('title: Hi there\ndate: !!timestamp 2014-10-13 10:00:00'),
    )
    expect(article.datePublished).toBe('2014-10-13T10:00:00+08:00')
  })

  it('reads a quoted "<<" as an ordinary key', () => {
    const { diagnostics } = parseMarkdown(file('title: Hi there\n"<<": x'))
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['unknown-key'])
  })
})

describe('readYaml: lone surrogates in scalars', () => {
  const point = (offset: number) => ({ line: 1, column: offset + 1, offset })
  const read = (yaml: string) => {
    const diagnostics: Diagnostic[] = []
    const { data } = readYaml(yaml, point, diagnostics)
    return { data, rules: diagnostics.map((d) => d.ruleId) }
  }

  it.each([
    ['a \\u escape', 'title: "x\\uD800"'],
    ['a \\U escape', 'title: "x\\U0000D800"'],
    ['the character itself, as the remark plugin passes a file', 'title: x\uD800'],
  ])('replaces one written as %s with U+FFFD and a warning', (_, yaml) => {
    expect(read(yaml)).toEqual({ data: { title: 'x\uFFFD' }, rules: ['lone-surrogate'] })
  })

  it('keeps surrogate pairs, escaped or not, and other escapes', () => {
    expect(read('a: "\\uD83D\\uDE00"\nb: \uD83D\uDE00\nc: "\\xD8\\u00e9"')).toEqual({
      data: { a: '\uD83D\uDE00', b: '\uD83D\uDE00', c: '\u00D8\u00e9' },
      rules: [],
    })
  })
})
