import { enUS } from 'date-fns/locale'
import { describe, expect, it } from 'vitest'
import { className } from '../../src/render/html/class-names.js'
import {
  renderHtml,
  renderJson,
  renderMarkdown,
  safeUrl,
  serializeJsonLd,
  toHast,
  toJsonLd,
} from '../../src/render/index.js'
import { ArticleValidationError, type NewsArticle } from '../../src/schema/index.js'

const article: NewsArticle = {
  type: 'NewsArticle',
  language: 'en',
  headline: 'Hi',
  authors: [],
  body: { type: 'root', children: [] },
}

// For each option: values of the wrong type or out of range, and one that is right.
const htmlOptions: Record<string, { wrong: unknown[]; right: unknown }> = {
  document: { wrong: ['yes', 1, [], () => true], right: { title: 'T' } },
  headingOffset: { wrong: ['1', 6, -1, 1.5, Number.NaN, true, {}], right: 2 },
  jsonLd: { wrong: ['false', 0, 1, {}], right: false },
  timeZone: { wrong: ['Mars/Olympus', 8, {}, ''], right: 'Asia/Shanghai' },
  locale: { wrong: ['fr', 'zh-CN', 1, {}, [], { code: 'fr' }], right: enUS },
  labels: { wrong: ['Source', 1, [], { published: 5 }, { publshed: 'P' }], right: { source: 'S' } },
  linkTarget: { wrong: [1, true, {}, ['_blank']], right: '_blank' },
  rel: { wrong: ['noopener', [1], {}, ['no opener']], right: ['noopener'] },
  baseUrl: {
    wrong: ['/relative', 'javascript:alert(1)', 'not a url', 1, {}],
    right: 'https://a.example/',
  },
  classPrefix: { wrong: ['1x', 'a b', '', '"><script>', 1, []], right: 'news' },
}
const documentOptions: Record<string, { wrong: unknown[]; right: unknown }> = {
  title: { wrong: [1, {}, []], right: 'Page' },
  stylesheet: { wrong: ['external', 'INLINE', true, 1], right: 'link' },
  stylesheetUrl: { wrong: [1, {}, ['a.css']], right: 'a.css' },
}

// A bad call throws a TypeError or a RangeError, never an ArticleValidationError (which
// is a TypeError too) and never an error from inside a dependency; its message names
// what is wrong and says what was expected.
function expectBadCall(call: () => unknown, name: string): void {
  let thrown: unknown
  try {
    call()
  } catch (error) {
    thrown = error
  }
  expect(thrown).toBeDefined()
  expect(thrown).not.toBeInstanceOf(ArticleValidationError)
  expect([TypeError, RangeError]).toContain((thrown as Error).constructor)
  // The option itself, or the key inside it (`labels.published`).
  const named = (thrown as Error).message
  expect(named.includes(`\`${name}\``) || named.includes(`\`${name}.`)).toBe(true)
  expect((thrown as Error).message).toMatch(/expected /)
}

describe.each([
  ['renderHtml', renderHtml],
  ['toHast', toHast],
] as const)('%s', (_, render) => {
  for (const [option, { wrong, right }] of Object.entries(htmlOptions)) {
    it.each(wrong.map((value) => [value]))(`refuses \`${option}\` %o, naming it`, (value) => {
      expectBadCall(() => render(article, { [option]: value } as never), option)
    })
    it(`takes \`${option}\` ${JSON.stringify(right) ?? ''}`, () => {
      expect(() => render(article, { [option]: right } as never)).not.toThrow()
    })
  }
  for (const [option, { wrong, right }] of Object.entries(documentOptions)) {
    it.each(wrong.map((value) => [value]))(`refuses \`document.${option}\` %o`, (value) => {
      expectBadCall(
        () => render(article, { document: { [option]: value } } as never),
        `document.${option}`,
      )
    })
    it(`takes \`document.${option}\` ${JSON.stringify(right)}`, () => {
      expect(() => render(article, { document: { [option]: right } } as never)).not.toThrow()
    })
  }

  it('names an unknown option, as a typo is one', () => {
    expect(() => render(article, { documnet: true } as never)).toThrow(
      new TypeError(
        'Unknown option `documnet`: expected one of `document`, `headingOffset`, `jsonLd`, `timeZone`, `locale`, `labels`, `linkTarget`, `rel`, `baseUrl`, `classPrefix`',
      ),
    )
    expectBadCall(() => render(article, { document: { titel: 'x' } } as never), 'document.titel')
  })

  it.each([['options'], [1], [true], [[]]])('refuses options %o that are no object', (value) => {
    expectBadCall(() => render(article, value as never), 'options')
  })

  it('takes no options, null, and every option null', () => {
    const none = Object.fromEntries(Object.keys(htmlOptions).map((key) => [key, null]))
    expect(render(article, none)).toEqual(render(article))
    expect(render(article, null)).toEqual(render(article))
  })

  it('says "fr" is no date-fns locale', () => {
    expect(() => render(article, { locale: 'fr' } as never)).toThrow(
      new TypeError(
        'Invalid `locale` "fr": expected a date-fns locale such as `fr` from "date-fns/locale"',
      ),
    )
  })

  it('names the label that is not a string', () => {
    expect(() => render(article, { labels: { published: 5 } } as never)).toThrow(
      new TypeError('Invalid `labels.published` 5: expected a string'),
    )
  })

  it('throws an ArticleValidationError, not a bad-call error, for an invalid article', () => {
    expect(() => render({ ...article, headline: '' })).toThrow(ArticleValidationError)
  })
})

describe('renderJson', () => {
  const options: Record<string, { wrong: unknown[]; right: unknown }> = {
    indent: { wrong: ['2', 11, -1, 1.5, true, {}], right: 0 },
    unknownKeys: { wrong: ['strip', 'Keep', true, 1, {}], right: 'keep' },
  }
  for (const [option, { wrong, right }] of Object.entries(options)) {
    it.each(wrong.map((value) => [value]))(`refuses \`${option}\` %o, naming it`, (value) => {
      expectBadCall(() => renderJson(article, { [option]: value } as never), option)
    })
    it(`takes \`${option}\` ${JSON.stringify(right)}`, () => {
      expect(() => renderJson(article, { [option]: right } as never)).not.toThrow()
    })
  }

  it('names an unknown option', () => {
    expectBadCall(() => renderJson(article, { indnet: 2 } as never), 'indnet')
    expectBadCall(() => renderJson(article, 2 as never), 'options')
  })
})

// The renderers' first parameter is typed as an article (tests/types.test-d.ts pins it);
// a caller that gets round the type still meets the check at run time.
describe('every renderer, given what is not an article despite its type', () => {
  const renderersOfArticles = [
    ['renderHtml', renderHtml],
    ['toHast', toHast],
    ['renderMarkdown', renderMarkdown],
    ['renderJson', renderJson],
    ['toJsonLd', toJsonLd],
  ] as const
  it.each([[null], [undefined], ['article'], [{}], [[]], [{ ...article, headline: undefined }]])(
    'throws an ArticleValidationError for %o',
    (value) => {
      for (const [name, render] of renderersOfArticles) {
        expect(() => render(value as unknown as NewsArticle), name).toThrow(ArticleValidationError)
      }
    },
  )

  it('names the misspelled key of { headlin } in the error', () => {
    const misspelled = { ...article, headline: undefined, headlin: 'Hi' } as never
    expect(() => renderHtml(misspelled)).toThrow(/headlin: unknown key/)
  })
})

describe('renderMarkdown options', () => {
  it('takes none, and names an option meant for another renderer', () => {
    expect(renderMarkdown(article, {})).toBe(renderMarkdown(article))
    expect(renderMarkdown(article, null)).toBe(renderMarkdown(article))
    expect(() => renderMarkdown(article, { document: true } as never)).toThrow(
      new TypeError('Unknown option `document`: expected no options'),
    )
    expectBadCall(() => renderMarkdown(article, 'yaml' as never), 'options')
  })
})

describe('serializeJsonLd', () => {
  const cycle: Record<string, unknown> = {}
  cycle.self = cycle
  let deep: unknown = {}
  for (let level = 0; level < 100_000; level++) deep = { deep }
  it.each([
    ['nothing', undefined],
    ['a function', () => 1],
    ['a symbol', Symbol('x')],
    ['a BigInt', { n: 1n }],
    ['a cycle', cycle],
    ['a value nested 100,000 deep', deep],
    ['a string', 'x'],
  ])('refuses %s, naming `value`', (_, value) => {
    expectBadCall(() => serializeJsonLd(value), 'value')
  })
})

describe('safeUrl and className', () => {
  it.each([[undefined], [1], [{}], [null]])('safeUrl refuses the url %o', (url) => {
    expectBadCall(() => safeUrl(url as never), 'url')
  })
  it.each([['/relative'], ['not a url'], [1]])('safeUrl refuses the baseUrl %o', (base) => {
    expectBadCall(() => safeUrl('/a', base as never), 'baseUrl')
  })
  it('className refuses a part that is none, and a prefix that is no string', () => {
    expectBadCall(() => className('news', 'nope' as never), 'part')
    expectBadCall(() => className('news', 'toString' as never), 'part')
    expectBadCall(() => className(1 as never, 'headline'), 'prefix')
  })
})
