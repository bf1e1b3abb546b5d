import { describe, expect, it } from 'vitest'
import { parseText } from '../../../src/parse/index.js'
import { profileVocabulary, resolveProfile } from '../../../src/parse/profiles/resolve-profile.js'
import { resolveTextOptions } from '../../../src/parse/text/options.js'
import { defaultVocabulary } from '../../../src/parse/vocabulary/vocabulary.js'

const page = (meta: string, bottom = '') =>
  [
    'Mayor Opens the Harbour Trade Fair',
    meta,
    'The mayor opened the harbour trade fair on Monday, and more than two hundred firms took part in it.',
    bottom,
  ].join('\n\n')

describe('the profile option', () => {
  it('reads times in the profile’s zone, unless timeZone is given', () => {
    const profile = { timeZone: 'America/New_York' }
    const text = page('Published: 2019-03-04 10:00')
    expect(parseText(text, { profile }).article.datePublished).toBe('2019-03-04T10:00:00-05:00')
    expect(parseText(text, { profile, timeZone: 'UTC' }).article.datePublished).toBe(
      '2019-03-04T10:00:00+00:00',
    )
  })

  it('reads all-figure dates in the profile’s date order', () => {
    const text = page('Published: 03/04/2019')
    const dayFirst = parseText(text, { profile: { dateOrder: 'day-month' } }).article
    const monthFirst = parseText(text, { profile: { dateOrder: 'month-day' } }).article
    expect(dayFirst.datePublished).toBe('2019-04-03')
    expect(monthFirst.datePublished).toBe('2019-03-04')
  })

  it('reads the page in the profile’s language, unless language is given', () => {
    const text = page('Published: 2019-03-04')
    expect(parseText(text, { profile: { language: 'zh' } }).article.language).toBe('zh')
    expect(parseText(text, { profile: { language: 'zh' }, language: 'en' }).article.language).toBe(
      'en',
    )
  })

  it('gives the article the profile’s publisher', () => {
    const publisher = { type: 'Organization' as const, name: 'The Example Times' }
    expect(
      parseText(page('Published: 2019-03-04'), { profile: { publisher } }).article.publisher,
    ).toEqual(publisher)
  })

  it('leaves out the profile’s furniture and reads its vocabulary, then the options’', () => {
    const profile = {
      furniture: ['Subscribe to The Example Times'],
      vocabulary: { labels: { author: ['Reporting'] } },
    }
    const result = parseText(page('Reporting: Jane Doe', 'Subscribe to The Example Times'), {
      profile,
      vocabulary: { labels: { editor: ['Reporting'] } },
    })
    expect(result.article.editors).toEqual([{ type: 'Person', name: 'Jane Doe' }])
    const profileOnly = parseText(page('Reporting: Jane Doe', 'Subscribe to The Example Times'), {
      profile,
    })
    expect(profileOnly.article.authors).toEqual([{ type: 'Person', name: 'Jane Doe' }])
    expect(profileOnly.diagnostics.map((d) => d.actual)).toContain('Subscribe to The Example Times')
  })

  it('reads the date words and photo credits of the profile’s vocabulary', () => {
    const profile = {
      vocabulary: { dates: { monthNames: { März: 3 } }, pageParts: { creditOpeners: ['Bild'] } },
    }
    const meta = 'Published: 4 März 2021'
    expect(parseText(page(meta)).article.datePublished).toBeUndefined()
    expect(parseText(page(meta), { profile }).article.datePublished).toBe('2021-03-04')
    expect(resolveTextOptions({ profile }).vocabulary.pageParts.creditOpeners).toContain('Bild')
  })

  it('makes the vocabulary once per profile object', () => {
    const profile = { vocabulary: { roles: { jobs: ['anchor'] } } }
    const first = resolveTextOptions({ profile }).vocabulary
    expect(resolveTextOptions({ profile }).vocabulary).toBe(first)
    expect(profileVocabulary(resolveProfile('generic'))).toBe(defaultVocabulary)
  })

  it.each([
    [
      'nope',
      RangeError,
      'Invalid `profile` "nope": expected a site profile, or one of generic, cccme',
    ],
    [5, TypeError, 'Invalid `profile` 5'],
    [{ timezone: 'UTC' }, RangeError, 'Invalid `profile.timezone`'],
    [{ timeZone: 'Mars/Olympus' }, RangeError, 'Invalid `profile.timeZone` "Mars/Olympus"'],
    [{ furniture: ['/(unclosed/'] }, RangeError, 'Invalid `profile.furniture.0` "/(unclosed/"'],
    [{ furniture: ['/x/g'] }, RangeError, 'Invalid `profile.furniture.0` "/x/g"'],
    [
      { vocabulary: { roles: { jobs: [5] } } },
      TypeError,
      'Invalid `profile.vocabulary.roles.jobs.0` 5',
    ],
    [
      { vocabulary: { thresholds: { stubWord: 6 } } },
      RangeError,
      'Invalid `profile.vocabulary.thresholds.stubWord` 6',
    ],
    [
      { vocabulary: { pageParts: { headerLimits: { nameWords: 3 } } } },
      RangeError,
      'Invalid `profile.vocabulary.pageParts.headerLimits.nameWords` 3',
    ],
    [
      { vocabulary: { dates: { weekdayNames: { Sonntag: 7 } } } },
      RangeError,
      'Invalid `profile.vocabulary.dates.weekdayNames.Sonntag` 7',
    ],
    [{ dateOrder: 'year-first' }, RangeError, 'Invalid `profile.dateOrder` "year-first"'],
    [{ publisher: { name: 'X' } }, TypeError, 'Invalid `profile.publisher.type`'],
  ])('throws for the profile %j, naming its key path', (profile, type, message) => {
    const call = () => parseText('A Title of a Page\n\nText.', { profile: profile as never })
    expect(call).toThrow(type)
    expect(call).toThrow(message)
  })
})
