import { describe, expect, it } from 'vitest'
import { defineNewsArticle } from '../../src/schema/article.js'
import {
  ArticleValidationError,
  assertArticle,
  type Diagnostic,
  formatDiagnostic,
  formatValidationIssue,
  toJsonSchema,
  toValidationIssues,
  validateArticle,
} from '../../src/schema/index.js'

const article = {
  type: 'NewsArticle',
  language: 'en',
  headline: 'Hi',
  authors: [],
  body: { type: 'root', children: [] },
}

const diagnostic: Diagnostic = {
  severity: 'warning',
  message: 'Expected a date such as 2014-10-13, found "2014-02-30"',
  line: 2,
  column: 7,
  ruleId: 'impossible-date',
  source: 'news-model',
}

// A bad call throws a TypeError or a RangeError (never an ArticleValidationError, which
// is a TypeError too, nor an error from inside zod), naming the argument or option and
// saying what was expected.
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
  expect((thrown as Error).message).toContain(`\`${name}\``)
  expect((thrown as Error).message).toMatch(/expected /)
}

describe.each([
  ['validateArticle', validateArticle],
  ['assertArticle', assertArticle],
] as const)('%s', (_, check) => {
  it.each([['strip'], ['REJECT'], [true], [0], [{}], [['keep']]])(
    'refuses `unknownKeys` %o, naming it',
    (value) => {
      expectBadCall(() => check(article, { unknownKeys: value } as never), 'unknownKeys')
    },
  )
  it.each([['keep'], ['reject'], [null], [undefined]])('takes `unknownKeys` %o', (value) => {
    expect(() => check(article, { unknownKeys: value } as never)).not.toThrow()
  })
  it('names an unknown option, as a typo is one', () => {
    expect(() => check(article, { unknownkeys: 'keep' } as never)).toThrow(
      new TypeError('Unknown option `unknownkeys`: expected one of `unknownKeys`'),
    )
  })
  it.each([['keep'], [1], [true], [[]]])('refuses options %o that are no object', (value) => {
    expectBadCall(() => check(article, value as never), 'options')
  })
})

describe('formatDiagnostic', () => {
  it.each([
    ['null', null, 'diagnostic'],
    ['nothing', undefined, 'diagnostic'],
    ['a string', 'news.md:1:1: error', 'diagnostic'],
    ['a list', [], 'diagnostic'],
    ['an empty object', {}, 'diagnostic.line'],
    ['a line that is a string', { ...diagnostic, line: '2' }, 'diagnostic.line'],
    ['no column', { ...diagnostic, column: undefined }, 'diagnostic.column'],
    ['an unknown severity', { ...diagnostic, severity: 'fatal' }, 'diagnostic.severity'],
    ['a message that is no string', { ...diagnostic, message: 5 }, 'diagnostic.message'],
    ['no rule id', { ...diagnostic, ruleId: undefined }, 'diagnostic.ruleId'],
  ])('refuses %s, naming it', (_, value, name) => {
    expectBadCall(() => formatDiagnostic(value as never), name)
  })

  it.each([
    ['file', 1],
    ['file', {}],
    ['source', 1],
    ['source', ['line']],
  ])('refuses `%s` %o, naming it', (option, value) => {
    expectBadCall(() => formatDiagnostic(diagnostic, { [option]: value } as never), option)
  })

  it('names an unknown option', () => {
    expect(() => formatDiagnostic(diagnostic, { flie: 'a.md' } as never)).toThrow(
      new TypeError('Unknown option `flie`: expected one of `file`, `source`'),
    )
    expectBadCall(() => formatDiagnostic(diagnostic, 'a.md' as never), 'options')
  })

  it('prints a well-formed diagnostic, with null options as none', () => {
    expect(formatDiagnostic(diagnostic, { file: null, source: null })).toBe(
      '<input>:2:7: warning Expected a date such as 2014-10-13, found "2014-02-30" [impossible-date]',
    )
  })
})

describe('the other schema functions', () => {
  it('defineNewsArticle refuses a policy that is none', () => {
    expectBadCall(() => defineNewsArticle('strip' as never), 'unknownKeys')
  })
  it('toJsonSchema refuses an entity that is none', () => {
    expectBadCall(() => toJsonSchema('article' as never), 'entity')
  })
  it('formatValidationIssue and toValidationIssues refuse what is not an issue or an error', () => {
    expectBadCall(() => formatValidationIssue(null as never), 'issue')
    expectBadCall(() => formatValidationIssue({} as never), 'issue')
    expectBadCall(() => toValidationIssues(null as never), 'error')
    expectBadCall(() => toValidationIssues(new Error('x') as never), 'error')
  })
})
