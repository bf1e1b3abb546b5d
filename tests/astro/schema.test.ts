import { describe, expect, it } from 'vitest'
import { newsArticleSchema } from '../../src/astro/index.js'

const article = {
  type: 'NewsArticle',
  language: 'en',
  headline: '  Chamber Opens New Office ',
  authors: [{ type: 'Person', name: 'Li Ming' }],
  body: { type: 'root', children: [] },
}

describe('newsArticleSchema', () => {
  it('gives back a valid article, its strings trimmed, as Astro parses it', async () => {
    const result = await newsArticleSchema().safeParseAsync(article, {
      errorMap: () => ({ message: 'astro' }),
    })
    expect(result.success && result.data.headline).toBe('Chamber Opens New Office')
  })

  it('fails an invalid article with one zod 3 issue per validation issue, path and message', async () => {
    const result = await newsArticleSchema().safeParseAsync({
      ...article,
      headline: '',
      authors: [{ type: 'Person', name: 'Li Ming', nickname: 'Xiao Li' }],
    })
    expect(result.success).toBe(false)
    // Astro prints `error.errors` as `**path**: message` under the entry's collection and id.
    expect(result.error?.errors.map((e) => [e.path.join('.'), e.message])).toEqual([
      ['headline', 'expected a non-empty string'],
      ['authors.0.nickname', 'unknown key'],
    ])
  })

  it('tells zod-to-ts (astro sync) to type the entries as the library’s NewsArticle', () => {
    const def = newsArticleSchema()._def as { getType?: (ts: unknown) => unknown }
    const ts = { factory: { createTypeReferenceNode: (name: string) => ({ name }) } }
    expect(def.getType?.(ts)).toEqual({ name: 'import("@cccme/news-model").NewsArticle' })
  })
})
