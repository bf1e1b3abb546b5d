import { describe, expect, it } from 'vitest'
import { parseText } from '../../../src/parse/index.js'
import { placeBetween, placeIn } from '../../../src/parse/text/place.js'

const line = (raw: string, number = 1, offset = 0) => ({
  number,
  offset,
  column: raw.length - raw.trimStart().length + 1,
  raw,
  text: raw.trim().replace(/\s+/g, ' '),
})

describe('placeIn', () => {
  it('spans a part of a line, in the text as printed', () => {
    expect(placeIn(line('  Source:  Example', 3, 20), 'Example')).toEqual({
      line: 3,
      column: 12,
      place: {
        start: { line: 3, column: 12, offset: 31 },
        end: { line: 3, column: 19, offset: 38 },
      },
    })
  })

  it('finds a part whose spaces were tidied in a line with runs of white space', () => {
    const { place } = placeIn(line('Copyright\u00a0\u00a0©  2014 Example'), 'Copyright © 2014')
    expect(place).toEqual({
      start: { line: 1, column: 1, offset: 0 },
      end: { line: 1, column: 19, offset: 18 },
    })
  })

  it('counts the lines of a line joined from several printed lines', () => {
    const joined = {
      number: 4,
      offset: 30,
      column: 1,
      raw: 'March 14,\r\n  2019',
      text: 'March 14, 2019',
    }
    expect(placeIn(joined, 'March 14, 2019').place).toEqual({
      start: { line: 4, column: 1, offset: 30 },
      end: { line: 5, column: 7, offset: 47 },
    })
  })

  it('spans the printed line without its edges when there is no part, or it is not found', () => {
    expect(placeIn(line('  Print  ')).place).toEqual({
      start: { line: 1, column: 3, offset: 2 },
      end: { line: 1, column: 8, offset: 7 },
    })
    expect(placeIn(line('Print'), 'Close').place?.end.column).toBe(6)
  })
})

describe('placeBetween', () => {
  it('spans a label and its value', () => {
    const { place } = placeBetween(line('Source: A   Reads:  12 times'), 'Reads', '12')
    expect(place?.start.column).toBe(13)
    expect(place?.end.column).toBe(23)
  })
})

describe('parseText diagnostics name the exact text they are about', () => {
  const page = [
    'Home > News',
    'Chamber Opens New Office',
    'Source:CCCME   Reads: 12   Add Time:2014-02-30 00:00:00',
    'Source: Other Daily',
    'The chamber opened an office in the city on Monday, its president said at the opening.',
    'Copyright © 2014 Example Chamber',
  ].join('\n\n')
  const spans = parseText(page).diagnostics.map((d) => [
    d.ruleId,
    page.slice(d.place?.start.offset, d.place?.end.offset),
  ])

  it.each([
    ['ignored-label', 'Reads: 12'],
    ['impossible-date', '2014-02-30 00:00:00'],
    ['extra-value', 'Source: Other Daily'],
    ['site-furniture', 'Copyright © 2014 Example Chamber'],
  ])('spans %s over %s', (ruleId, text) => {
    expect(spans).toContainEqual([ruleId, text])
  })

  it('gives every diagnostic a place whose line and column are its start', () => {
    for (const d of parseText(page).diagnostics) {
      expect(d.place?.start).toMatchObject({ line: d.line, column: d.column })
    }
  })
})

describe('parseText with provenance: true', () => {
  const page = [
    '  Home > News',
    'Chamber Opens New Office',
    'Source:CCCME   Author: Jane Doe  Add Time:2014-10-13 09:30:00',
    'The chamber opened an office in the city on Monday, its president said at the opening.',
    '(Editor: Li Ming)',
  ].join('\r\n\r\n')
  const { provenance } = parseText(page, { provenance: true })
  const read = (provenance ?? []).map(({ path, rule, place }) => [
    path,
    rule,
    page.slice(place.start.offset, place.end.offset),
  ])

  it('says where each field was read and which rule read it, in the text as given', () => {
    expect(read).toEqual([
      ['headline', 'header-block', 'Chamber Opens New Office'],
      ['authors[0]', 'meta-line', 'Jane Doe'],
      ['editors[0]', 'meta-line', 'Li Ming'],
      ['source', 'labelled-value', 'CCCME'],
      ['datePublished', 'date-published', '2014-10-13 09:30:00'],
      ['breadcrumb', 'breadcrumb', 'Home > News'],
      [
        'body.children[0]',
        'body-line',
        'The chamber opened an office in the city on Monday, its president said at the opening.',
      ],
    ])
  })

  it('gives places whose line and column match their offsets', () => {
    for (const { place } of provenance ?? []) {
      const before = page.slice(0, place.start.offset).split(/\r\n|\r|\n/)
      expect(before.length).toBe(place.start.line)
      expect((before.at(-1) ?? '').length + 1).toBe(place.start.column)
    }
  })

  it("places a dateline's date in the paragraph that prints it", () => {
    const release = [
      'Harbour Fair Draws Buyers From Nine Countries',
      'PORT ELLEN, Scotland, May 4, 2022 -- The harbour fair opened on Wednesday with buyers from nine countries.',
    ].join('\n\n')
    const dated = parseText(release, { provenance: true }).provenance?.find(
      (entry) => entry.path === 'datePublished',
    )
    expect(dated?.rule).toBe('date-dateline')
    expect(dated?.place.start.line).toBe(3)
    expect(release.slice(dated?.place.start.offset ?? 0, dated?.place.end.offset ?? 0)).toBe(
      'May 4, 2022',
    )
  })

  it('returns no provenance unless asked', () => {
    expect(parseText(page)).not.toHaveProperty('provenance')
  })

  it('refuses a provenance option that is not a boolean', () => {
    expect(() => parseText(page, { provenance: 'yes' as unknown as boolean })).toThrow(TypeError)
  })
})
