import { describe, expect, it } from 'vitest'
import { HttpUrl, IsoDate, LanguageTag, NonEmptyString } from '../../src/schema/index.js'

describe('NonEmptyString', () => {
  it('trims what it accepts', () => {
    expect(NonEmptyString.parse('  CCCME \n')).toBe('CCCME')
  })

  it.each(['', ' ', '\u3000', '\n\t', '\uFEFF'])('rejects the blank string %j', (value) => {
    expect(NonEmptyString.safeParse(value).success).toBe(false)
  })

  it.each(['\u200B', '\u200C\u200D', '\u2060', '\u00AD', '\u200E\u202A', ' \u200B\u3000\uFE0F '])(
    'takes %j, made only of invisible characters, for empty',
    (value) => {
      const result = NonEmptyString.safeParse(value)
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toMatch(/a visible character/)
    },
  )

  it.each(['\u0000', 'a\u0000b', 'a\u0007', '\u001b[2J', 'a\u007f', 'a\u0085', 'a\u009b'])(
    'rejects %j, with a control character, saying what was expected',
    (value) => {
      const result = NonEmptyString.safeParse(value)
      expect(result.error?.issues[0]?.message).toMatch(/without control characters/)
    },
  )

  it.each(['a\tb', 'line\nline', 'a\u200Bb', '👍🏽', '\u{E0001}x'])('accepts %j', (value) => {
    expect(NonEmptyString.safeParse(value).success).toBe(true)
  })
})

describe('HttpUrl', () => {
  it.each([
    'http://example.org',
    'https://www.example.org/news/2014/10/13/1.html?lang=en#top',
    'HTTPS://EXAMPLE.ORG/',
    'http://localhost:8080/a',
    'http://[::1]/',
    'https://例子.中国/新闻',
  ])('accepts %s', (value) => {
    expect(HttpUrl.safeParse(value).success).toBe(true)
  })

  it('trims what it accepts', () => {
    expect(HttpUrl.parse(' https://example.org/ ')).toBe('https://example.org/')
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.org/',
    '//example.org/',
    '/news/1',
    'example.org',
    'http://',
    'http:/example.org',
    'http://user:pass@example.org/',
    'http://exa mple.org/',
    'http://example.org/a b',
    'http://999.1.1.1/',
  ])('rejects %s', (value) => {
    expect(HttpUrl.safeParse(value).success).toBe(false)
  })
})

describe('IsoDate', () => {
  it.each([
    '2014-10-13',
    '2014-10-13T00:00:00+08:00',
    '2014-10-13T23:59:59-05:30',
    '2024-02-29',
    '2000-02-29',
    '1999-12-31T12:00:00+14:00',
  ])('accepts %s', (value) => {
    expect(IsoDate.safeParse(value).success).toBe(true)
  })

  it.each([
    ['2014-02-30', 'no 30 February'],
    ['2014-02-29', '2014 is not a leap year'],
    ['1900-02-29', '1900 is not a leap year'],
    ['2014-04-31', 'April has 30 days'],
    ['2014-13-01', 'no month 13'],
    ['2014-10-13T00:00:00', 'a date-time needs its offset'],
    ['2014-10-13T00:00:00Z', 'the contract writes offsets as ±HH:MM'],
    ['2014-10-13T00:00+08:00', 'seconds are part of the form'],
    ['2014-10-13T24:00:00+08:00', 'no hour 24'],
    ['2014-10-13 00:00:00', 'a space is not the T separator'],
    ['2014/10/13', 'slashes are a human form, not ISO'],
    ['20141013', 'the basic format is not one of the two forms'],
  ])('rejects %s: %s', (value) => {
    expect(IsoDate.safeParse(value).success).toBe(false)
  })
})

describe('LanguageTag', () => {
  it.each([
    'en',
    'zh',
    'zh-Hans',
    'zh-Hant-TW',
    'ZH-hans',
    'en-GB-oxendict',
    'sl-rozaj-biske',
    'de-CH-1996',
    'yue-HK',
    'zh-yue-HK',
    'en-US-u-ca-gregory',
    'x-chamber',
    'en-x-archive',
    'i-klingon',
    'zh-min-nan',
  ])('accepts %s', (value) => {
    expect(LanguageTag.safeParse(value).success).toBe(true)
  })

  it.each([
    '',
    'e',
    'english_us',
    'zh_CN',
    'en-',
    '-en',
    'en--GB',
    'zh-Hans-',
    'abcdefghi',
    'en-a',
    'x',
  ])('rejects %j', (value) => {
    expect(LanguageTag.safeParse(value).success).toBe(false)
  })
})
