import { describe, expect, it } from 'vitest'
import { type FieldProvenance, parseJson } from '../../../src/index.js'
import { jsonProvenanceRule } from '../../../src/parse/json/field-provenance.js'

function spans(text: string, provenance: FieldProvenance[] | undefined) {
  return (provenance ?? []).map(({ path, rule, place }) => [
    path,
    rule,
    text.slice(place.start.offset, place.end.offset),
  ])
}

describe('parseJson with provenance', () => {
  it('places each field, list item and body block at its value, in the order of the text', () => {
    const json = `{
  "headline": "Chamber Opens Office",
  "type": "NewsArticle",
  "language": "en",
  "authors": [{"type": "Person", "name": "Jane Doe"}, {"type": "Person", "name": "John Roe"}],
  "body": {"type": "root", "children": [{"type": "paragraph", "children": [{"type": "text", "value": "Text."}]}]}
}`
    const { provenance } = parseJson(json, { provenance: true })
    expect(spans(json, provenance)).toEqual([
      ['headline', 'json-value', '"Chamber Opens Office"'],
      ['type', 'json-value', '"NewsArticle"'],
      ['language', 'json-value', '"en"'],
      ['authors', 'json-value', json.slice(json.indexOf('[{'), json.indexOf('}],') + 2)],
      ['authors[0]', 'json-value', '{"type": "Person", "name": "Jane Doe"}'],
      ['authors[1]', 'json-value', '{"type": "Person", "name": "John Roe"}'],
      ['body', 'json-value', json.slice(json.indexOf('{"type": "root"'), -2)],
      [
        'body.children[0]',
        'json-value',
        '{"type": "paragraph", "children": [{"type": "text", "value": "Text."}]}',
      ],
    ])
    expect(provenance?.[0]?.place.start).toEqual({ line: 2, column: 15, offset: 16 })
    expect(provenance?.every((entry) => entry.rule === jsonProvenanceRule)).toBe(true)
  })

  it('places the last of a key given twice under unknownKeys keep, and a BOM keeps offsets', () => {
    const json =
      '\uFEFF{"type":"NewsArticle","language":"en","headline":"Hi","authors":[],"body":{"type":"root","children":[]}}'
    const entry = parseJson(json, { provenance: true }).provenance?.find(
      (p) => p.path === 'headline',
    )
    expect(json.slice(entry?.place.start.offset, entry?.place.end.offset)).toBe('"Hi"')
  })

  it('gives the places in the text the caller gave, after removed control characters', () => {
    const json =
      '{"type":"NewsArticle",\u0000\u0000"language":"en","headline":"Hi","authors":[],"body":{"type":"root","children":[]}}'
    const entry = parseJson(json, { provenance: true }).provenance?.find(
      (p) => p.path === 'language',
    )
    expect(json.slice(entry?.place.start.offset, entry?.place.end.offset)).toBe('"en"')
  })

  it('returns no provenance unless asked, and refuses a bad option', () => {
    const json =
      '{"type":"NewsArticle","language":"en","headline":"Hi","authors":[],"body":{"type":"root","children":[]}}'
    expect(parseJson(json)).not.toHaveProperty('provenance')
    expect(() => parseJson(json, { provenance: 1 as never })).toThrow(TypeError)
  })
})
