import { describe, expect, it } from 'vitest'
import { type FieldProvenance, markdownProvenanceRules, parseMarkdown } from '../../../src/index.js'

// Each entry as the reviewer sees it: the field, the rule, and the text its place spans.
function spans(text: string, provenance: FieldProvenance[] | undefined) {
  return (provenance ?? []).map(({ path, rule, place }) => [
    path,
    rule,
    text.slice(place.start.offset, place.end.offset),
  ])
}

describe('parseMarkdown with provenance', () => {
  it('places each front-matter field at its YAML value, and each body block', () => {
    const file =
      '---\ntitle: Chamber Opens Office\nauthor: [Jane Doe, John Roe]\ndate: 2014-10-13\ntags: trade, office\nlanguage: en\n---\n\nThe chamber opened an office.\n\n- one\n- two\n'
    const { provenance } = parseMarkdown(file, { provenance: true })
    expect(spans(file, provenance)).toEqual([
      ['headline', 'front-matter', 'Chamber Opens Office'],
      ['authors', 'front-matter', '[Jane Doe, John Roe]'],
      ['authors[0]', 'front-matter', 'Jane Doe'],
      ['authors[1]', 'front-matter', 'John Roe'],
      ['datePublished', 'front-matter', '2014-10-13'],
      ['keywords', 'front-matter', 'trade, office'],
      ['language', 'front-matter', 'en'],
      ['body.children[0]', 'markdown-block', 'The chamber opened an office.'],
      ['body.children[1]', 'markdown-block', '- one\n- two'],
    ])
    expect(provenance?.[0]?.place.start).toEqual({ line: 2, column: 8, offset: 11 })
  })

  it('names the first heading as the headline and the body as the language without front matter', () => {
    const file = 'Badge\n\n# Chamber Opens Office\n\nThe chamber opened an office.'
    const { provenance } = parseMarkdown(file, { provenance: true })
    expect(spans(file, provenance)).toEqual([
      [
        'language',
        'body-script',
        'Badge\n\n# Chamber Opens Office\n\nThe chamber opened an office.',
      ],
      ['body.children[0]', 'markdown-block', 'Badge'],
      ['headline', 'first-heading', '# Chamber Opens Office'],
      ['body.children[1]', 'markdown-block', 'The chamber opened an office.'],
    ])
  })

  it('places a date given as its parts at each part, with CRLF line ends', () => {
    const file =
      '---\r\ntitle: A\r\ndate:\r\n  created: 2023-12-31\r\n  updated: 2024-01-02\r\n---\r\n\r\nText.\r\n'
    const { provenance } = parseMarkdown(file, { provenance: true })
    expect(spans(file, provenance).filter(([path]) => path?.startsWith('date'))).toEqual([
      ['datePublished', 'front-matter', '2023-12-31'],
      ['dateModified', 'front-matter', '2024-01-02'],
    ])
  })

  it('gives the places in the text the caller gave, after removed control characters', () => {
    const file = '---\ntitle: \u0000\u0000Chamber\nsource: CCCME\n---\n\nText \u0007here.'
    const { provenance } = parseMarkdown(file, { provenance: true })
    expect(spans(file, provenance)).toEqual([
      ['headline', 'front-matter', 'Chamber'],
      ['source', 'front-matter', 'CCCME'],
      ['language', 'body-script', 'Text \u0007here.'],
      ['body.children[0]', 'markdown-block', 'Text \u0007here.'],
    ])
    expect(provenance?.[1]?.place.start).toEqual({ line: 3, column: 9, offset: 29 })
  })

  it('leaves out a key whose value was not used, and returns nothing unless asked', () => {
    const file = '---\ntitle: A\nheadline: B\ncolour: red\n---\n\nText.'
    const paths = parseMarkdown(file, { provenance: true }).provenance?.map((p) => p.path)
    expect(paths).toEqual(['headline', 'language', 'body.children[0]'])
    expect(parseMarkdown(file)).not.toHaveProperty('provenance')
    expect(parseMarkdown(file, { provenance: false })).not.toHaveProperty('provenance')
  })

  it('names only the rules it lists', () => {
    const file = '# Title\n\nText.'
    const rules = new Set(Object.values(markdownProvenanceRules))
    for (const entry of parseMarkdown(file, { provenance: true }).provenance ?? []) {
      expect(rules.has(entry.rule as never)).toBe(true)
    }
  })

  it('refuses a provenance option that is not a boolean', () => {
    expect(() => parseMarkdown('# A', { provenance: 'yes' as never })).toThrow(TypeError)
    expect(() => parseMarkdown('# A', { provenance: 'yes' as never })).toThrow(/provenance/)
  })
})
