import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ArticleParseError, parseText } from '../../../src/parse/index.js'
import { renderHtml } from '../../../src/render/index.js'
import { validateArticle } from '../../../src/schema/index.js'
import { runs } from '../../_lib/runs.js'
import { lostLines } from './accounting.js'

// Lines of the kinds real pages print, to build pages in any order.
const vocabulary = [
  'Welcome to EXAMPLE CHAMBER| 中文版',
  'Home > News > Content',
  '当前位置：首页 > 新闻中心 > 正文',
  'Chamber Delegation Visits Hamburg Machinery Fair',
  '示例商会组织企业参加春季交易会',
  'Soruce:Example Chamber Author:Wang Lei Add Time:2016-05-12 09:30:00',
  '发布时间：2021年3月5日 10:20　来源：示例商会　作者：王明 李华',
  'By Li Wei and Anna Schmidt | Updated: 2019-04-02 08:15',
  'Publish Time: 2014-02-30',
  '2016-04-19 | Beijing',
  'The delegation met buyers from eleven countries and signed three letters of intent during the visit.',
  '3月5日，示例商会组织三十余家会员企业参加春季机电产品交易会，展出各类产品五百余种。',
  '【Print】 【Close】',
  'Copyright © 2016 Example Chamber. All rights reserved.',
  'Source: Example Trade Office',
  '责任编辑：赵强',
  'Related stories',
  '(Web editor: Zhang Wei)',
  '   ',
  '',
]

// A generous bound: the property takes a few seconds alone, more on a busy machine.
const propertyTimeout = Math.max(60_000, runs(300) * 200)

const page = fc
  .array(fc.oneof(fc.constantFrom(...vocabulary), fc.string({ maxLength: 40 })), { maxLength: 14 })
  .map((lines) => lines.join('\n'))

function parseOrError(text: string) {
  try {
    return parseText(text)
  } catch (error) {
    if (error instanceof ArticleParseError) return error
    throw error
  }
}

describe('parseText properties', () => {
  it('never throws on data except ArticleParseError, and always returns a valid article', () => {
    fc.assert(
      fc.property(fc.oneof(page, fc.string(), fc.string({ unit: 'grapheme' })), (text) => {
        const result = parseOrError(text)
        if (result instanceof ArticleParseError) {
          expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true)
        } else {
          expect(validateArticle(result.article).success).toBe(true)
        }
      }),
      { numRuns: runs(300) },
    )
  })

  it(
    'throws nothing but ArticleParseError on any text, and every article validates and renders',
    () => {
      // Any code points (lone surrogates too), any line ends, and long runs of one
      // character, as hostile or broken files hold them.
      const lineEnd = fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\f', '\v')
      const run = fc
        .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }), fc.nat({ max: 3000 }))
        .map(([char, count]) => char.repeat(count))
      const anything = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc
          .array(
            fc.oneof(fc.constantFrom(...vocabulary), fc.string({ unit: 'binary' }), run, lineEnd),
            {
              maxLength: 30,
            },
          )
          .map((parts) => parts.join('')),
      )
      fc.assert(
        fc.property(anything, (text) => {
          let result: ReturnType<typeof parseText>
          try {
            result = parseText(text)
          } catch (error) {
            expect(error).toBeInstanceOf(ArticleParseError)
            return
          }
          expect(validateArticle(result.article).success).toBe(true)
          expect(renderHtml(result.article)).toContain('<article')
        }),
        { numRuns: runs(300) },
      )
    },
    propertyTimeout,
  )

  it('loses no line of a page built from real kinds of lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 14 }),
        (lines) => {
          const text = lines.join('\n')
          const result = parseOrError(text)
          if (!(result instanceof ArticleParseError)) expect(lostLines(text, result)).toEqual([])
        },
      ),
      { numRuns: runs(300) },
    )
  })

  it('puts every diagnostic on a line and column of the text', () => {
    fc.assert(
      fc.property(page, (text) => {
        const result = parseOrError(text)
        const lines = text.split(/\r\n|\r|\n/)
        for (const d of result.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1)
          expect(d.line).toBeLessThanOrEqual(Math.max(1, lines.length))
          expect(d.column).toBeGreaterThanOrEqual(1)
        }
      }),
      { numRuns: runs(200) },
    )
  })
})
