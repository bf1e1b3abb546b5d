import { describe, expect, it } from 'vitest'
import { findDates } from '../../../src/parse/_lib/find-dates.js'
import { parseText } from '../../../src/parse/index.js'
import { readEntries } from '../../../src/parse/text/entries.js'
import { resolveTextOptions } from '../../../src/parse/text/options.js'
import { extendVocabulary } from '../../../src/parse/vocabulary/extend-vocabulary.js'
import { defaultVocabulary } from '../../../src/parse/vocabulary/vocabulary.js'
import { bodyOf, layoutPage, layoutParagraphs, pageWith, reported } from './page.js'

describe('options.vocabulary', () => {
  it('reads a label word added for a field', () => {
    const { article } = pageWith(
      { meta: 'Quelle: Example Post' },
      {
        vocabulary: { labels: { source: ['Quelle'] } },
      },
    )
    expect(pageWith({ meta: 'Quelle: Example Post' }).article.source?.name).toBe('Example Daily')
    expect(article.source?.name).toBe('Example Daily')
    expect(
      pageWith({ top: 'Quelle: Example Post' }, { vocabulary: { labels: { source: ['Quelle'] } } })
        .article.source?.name,
    ).toBe('Example Post')
  })

  it('takes a label word given for one field from the others', () => {
    const result = pageWith(
      { top: 'Date: Example Post' },
      {
        vocabulary: { labels: { source: ['Date'] } },
      },
    )
    expect(result.article.source?.name).toBe('Example Post')
  })

  it('keeps `labels` as an alias of `vocabulary.labels`', () => {
    const result = pageWith({ top: 'Quelle: Example Post' }, { labels: { source: ['Quelle'] } })
    expect(result.article.source?.name).toBe('Example Post')
  })

  it('reads a byline word added to bylines', () => {
    // Unknown, the word stays in the name (a name printed beside the date is the author's).
    expect(pageWith({ meta: 'Von Jane Doe' }).article.authors).not.toContainEqual({
      type: 'Person',
      name: 'Jane Doe',
    })
    const { article } = pageWith(
      { meta: 'Von Jane Doe' },
      { vocabulary: { bylines: { words: ['Von'] } } },
    )
    expect(article.authors).toEqual([{ type: 'Person', name: 'Jane Doe' }])
  })

  it('reads a credit added to the roles that name no author', () => {
    const meta = 'Cartoon by John Roe'
    const options = { vocabulary: { roles: { notAuthors: ['Cartoon by'] } } }
    expect(reported(pageWith({ meta }), 'ignored-label')).toEqual([])
    const result = pageWith({ meta }, options)
    expect(result.article.headline).toBe('Chamber Opens a New Office in Tianjin')
    expect(result.article.authors).toEqual([])
    expect(reported(result, 'ignored-label')).toEqual(['Cartoon by: John Roe'])
  })

  it('leaves out a share word added to widgets', () => {
    const bottom = 'Mastodon | Bluesky'
    expect(reported(pageWith({ bottom }), 'site-furniture')).not.toContain(bottom)
    const result = pageWith(
      { bottom },
      { vocabulary: { widgets: { share: ['Mastodon', 'Bluesky'] } } },
    )
    expect(reported(result, 'site-furniture')).toContain(bottom)
  })

  it('leaves out a furniture line added as printed, or as a pattern', () => {
    const options = {
      vocabulary: { furniture: ['Subscribe to our newsletter', '/^Sponsored by \\S+$/i'] },
    }
    const result = pageWith(
      { meta: 'SUBSCRIBE TO OUR NEWSLETTER', bottom: 'sponsored by Example' },
      options,
    )
    expect(reported(result, 'site-furniture')).toEqual(
      expect.arrayContaining(['SUBSCRIBE TO OUR NEWSLETTER', 'sponsored by Example']),
    )
    expect(bodyOf(result)).toHaveLength(2)
  })

  it('reads a trail with a home word and separator added to breadcrumbs', () => {
    const top = 'Startseite ~ News'
    expect(pageWith({ top }).article.breadcrumb).toBeUndefined()
    const { article } = pageWith(
      { top },
      {
        vocabulary: { breadcrumbs: { homeWords: ['Startseite'], marks: ['~'] } },
      },
    )
    expect(article.breadcrumb).toEqual(['Startseite', 'News'])
  })

  it('reads a switch word added to languageSwitches', () => {
    const { article } = pageWith(
      { top: 'Example Chamber | Español' },
      {
        vocabulary: { languageSwitches: { words: [{ word: 'Español', language: 'es' }] } },
      },
    )
    expect(article.translations).toEqual([{ language: 'es', label: 'Español' }])
  })

  it('replaces a threshold by name', () => {
    const bottom = 'Copyright 2014 Example Chamber'
    expect(bodyOf(pageWith({ bottom }))).not.toContain(bottom)
    // No line longer than 20 characters is furniture: the notice is a paragraph.
    const result = pageWith({ bottom }, { vocabulary: { thresholds: { shortLineLength: 20 } } })
    expect(bodyOf(result)).toContain(bottom)
  })

  it('reads a credit word and a picture agency added to pageParts as photo credits', () => {
    const cases: Array<[string, { creditOpeners?: string[]; pictureAgencies?: string[] }]> = [
      ['Bild: Jane Roe', { creditOpeners: ['Bild'] }],
      ['Jane Roe / Example Wire', { pictureAgencies: ['Example Wire'] }],
    ]
    for (const [credit, pageParts] of cases) {
      const text = layoutPage([
        'By Jane Doe',
        'March 4, 2021',
        'Cranes stand over the new terminal at dawn on Monday',
        credit,
        ...layoutParagraphs,
      ])
      const ruleOf = (result: ReturnType<typeof parseText>) =>
        result.diagnostics.find((d) => d.actual === credit)?.ruleId
      expect(ruleOf(parseText(text))).toBe('site-furniture')
      const result = parseText(text, { vocabulary: { pageParts } })
      expect(ruleOf(result)).toBe('photo-caption')
      expect(reported(result, 'photo-caption')).toContain(
        'Cranes stand over the new terminal at dawn on Monday',
      )
    }
  })

  it('reads a name with a particle added to pageParts as the author beside a relative time', () => {
    const text = layoutPage(['Anna ter Horst', 'Updated 2 hours ago', ...layoutParagraphs])
    expect(parseText(text).article.authors).toEqual([])
    const options = { vocabulary: { pageParts: { nameParticles: ['ter'] } } }
    expect(parseText(text, options).article.authors).toEqual([
      { type: 'Person', name: 'Anna ter Horst' },
    ])
  })

  it('reads the header block with the header limits of pageParts', () => {
    // A name printed alone beside a relative time is the author, unless names are
    // shorter than it.
    const text = layoutPage(['Jane Doe', 'Updated 2 hours ago', ...layoutParagraphs])
    expect(parseText(text).article.authors).toEqual([{ type: 'Person', name: 'Jane Doe' }])
    const options = { vocabulary: { pageParts: { headerLimits: { nameLength: 6 } } } }
    expect(parseText(text, options).article.authors).toEqual([])
  })

  it('reads a headline ending in a question mark with the threshold of its words', () => {
    const question = 'Will the harbour open a third terminal before the next season?'
    const text = layoutPage(['By Jane Doe', 'March 4, 2021', ...layoutParagraphs]).replace(
      'New Container Terminal Opens at the Harbour',
      question,
    )
    expect(parseText(text).article.headline).toBe(question)
    const options = { vocabulary: { thresholds: { headlineEndWords: 8 } } }
    expect(parseText(text, options).article.headline).not.toBe(question)
  })

  it('reads month names and zone names added to dates', () => {
    const vocabulary = { dates: { monthNames: { März: 3 }, zoneNames: { MEZ: 60 } } }
    const published = (meta: string, options?: { vocabulary: typeof vocabulary }) =>
      parseText(
        ['Chamber Opens a New Office in Tianjin', meta, ...layoutParagraphs].join('\n\n'),
        options,
      ).article.datePublished
    expect(published('Published: 4 März 2021')).toBeUndefined()
    expect(published('Published: 4 März 2021', { vocabulary })).toBe('2021-03-04')
    expect(published('Published: MÄRZ 4, 2021', { vocabulary })).toBe('2021-03-04')
    expect(published('Published: 2021-03-04 10:00 MEZ')).toBe('2021-03-04T10:00:00+08:00')
    expect(published('Published: 2021-03-04 10:00 MEZ', { vocabulary })).toBe(
      '2021-03-04T10:00:00+01:00',
    )
  })

  it('makes the vocabulary once for the same additions object', () => {
    const vocabulary = { roles: { jobs: ['anchor'] } }
    const first = resolveTextOptions({ vocabulary }).vocabulary
    expect(resolveTextOptions({ vocabulary }).vocabulary).toBe(first)
    expect(first).not.toBe(defaultVocabulary)
    expect(first.labels).toBe(defaultVocabulary.labels)
    expect(resolveTextOptions({}).vocabulary).toBe(defaultVocabulary)
  })

  it.each([
    [{ vocabulary: 'roles' }, TypeError, 'Invalid `vocabulary` "roles"'],
    [{ vocabulary: { colours: ['red'] } }, RangeError, 'Invalid `vocabulary.colours`'],
    [{ vocabulary: { roles: { jobs: [5] } } }, TypeError, 'Invalid `vocabulary.roles.jobs.0` 5'],
    [{ vocabulary: { roles: { jobs: 'anchor' } } }, TypeError, 'Invalid `vocabulary.roles.jobs`'],
    [{ vocabulary: { roles: { titles: [] } } }, RangeError, 'Invalid `vocabulary.roles.titles`'],
    [
      { vocabulary: { furniture: ['/(unclosed/'] } },
      RangeError,
      'Invalid `vocabulary.furniture.0`',
    ],
    [
      { vocabulary: { thresholds: { stubWords: -1 } } },
      RangeError,
      'Invalid `vocabulary.thresholds.stubWords` -1',
    ],
    [
      { vocabulary: { pageParts: { headerLimits: { nameWords: 3 } } } },
      RangeError,
      'Invalid `vocabulary.pageParts.headerLimits.nameWords` 3',
    ],
    [
      { vocabulary: { pageParts: { creditOpeners: 'Bild' } } },
      TypeError,
      'Invalid `vocabulary.pageParts.creditOpeners`',
    ],
    [
      { vocabulary: { dates: { monthNames: { Brumaire: 13 } } } },
      RangeError,
      'Invalid `vocabulary.dates.monthNames.Brumaire` 13',
    ],
    [
      { vocabulary: { dates: { zoneNames: { MEZ: '+01:00' } } } },
      TypeError,
      'Invalid `vocabulary.dates.zoneNames.MEZ`',
    ],
    [
      { vocabulary: { thresholds: { stubWord: 6 } } },
      RangeError,
      'Invalid `vocabulary.thresholds.stubWord` 6',
    ],
  ])('throws for %j naming the key path', (options, type, message) => {
    expect(() => parseText('Title Of A Page\n\nText.', options as never)).toThrow(type)
    expect(() => parseText('Title Of A Page\n\nText.', options as never)).toThrow(message)
  })
})

describe('extendVocabulary', () => {
  it('returns the base when there is nothing to add, and keeps families without additions', () => {
    expect(extendVocabulary(defaultVocabulary, undefined)).toBe(defaultVocabulary)
    const extended = extendVocabulary(defaultVocabulary, { widgets: { share: ['Mastodon'] } })
    expect(extended.widgets.share).toEqual([...defaultVocabulary.widgets.share, 'Mastodon'])
    expect(extended.widgets.buttons).toBe(defaultVocabulary.widgets.buttons)
    expect(extended.roles).toBe(defaultVocabulary.roles)
  })

  it('appends page-part words and replaces header limits by name', () => {
    const extended = extendVocabulary(defaultVocabulary, {
      pageParts: { pictureAgencies: ['Example Wire'], headerLimits: { gap: 5 } },
    })
    const { pageParts } = defaultVocabulary
    expect(extended.pageParts.pictureAgencies).toEqual([
      ...pageParts.pictureAgencies,
      'Example Wire',
    ])
    expect(extended.pageParts.creditOpeners).toBe(pageParts.creditOpeners)
    expect(extended.pageParts.headerLimits).toEqual({ ...pageParts.headerLimits, gap: 5 })
  })

  it('adds date words in small letters, and gives them to findDates through the text context', () => {
    const extended = extendVocabulary(defaultVocabulary, {
      dates: { monthNames: { März: 3 }, weekdayNames: { Donnerstag: 4 } },
    })
    expect(extended.dates.monthNames).toEqual({ ...defaultVocabulary.dates.monthNames, märz: 3 })
    expect(extended.dates.weekdayNames.donnerstag).toBe(4)
    expect(extended.dates.zoneNames).toBe(defaultVocabulary.dates.zoneNames)
    const { context } = readEntries(
      'Published: 4 März 2021',
      resolveTextOptions({ vocabulary: { dates: { monthNames: { März: 3 } } } }),
    )
    expect(context.dates?.monthNames.märz).toBe(3)
    expect(findDates('4 März 2021', context)[0]?.parts).toEqual({ year: 2021, month: 3, day: 4 })
    expect(findDates('4 März 2021')).toEqual([])
  })

  it('does not add a word twice', () => {
    const extended = extendVocabulary(defaultVocabulary, { bylines: { words: ['By', 'Von'] } })
    expect(extended.bylines.words).toEqual([...defaultVocabulary.bylines.words, 'Von'])
  })
})
