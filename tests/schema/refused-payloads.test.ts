import { describe, expect, it } from 'vitest'
import { ArticleValidationError, renderHtml, validateArticle } from '../../src/index.js'
import { everywhere } from '../fixtures/everywhere.js'
import { allXssPayloads, refusedPayloads } from '../fixtures/xss-payloads.js'

describe('payloads the model refuses', () => {
  it('are the ones with a control character or nothing visible, and there are some', () => {
    expect(refusedPayloads.length).toBeGreaterThan(10)
    expect(refusedPayloads).toContain('\u0001javascript:alert(1)')
    expect(allXssPayloads.length).toBeGreaterThan(600)
  })

  it.each(refusedPayloads.map((payload) => [payload]))(
    '(safe) %j in every field is not an article, and renderHtml refuses it',
    (payload) => {
      const result = validateArticle(everywhere(payload))
      expect(result.success).toBe(false)
      expect(result.issues?.[0]?.message).toMatch(/control characters|a visible character/)
      expect(() => renderHtml(everywhere(payload) as never)).toThrow(ArticleValidationError)
    },
  )
})
