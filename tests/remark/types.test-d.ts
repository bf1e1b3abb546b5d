import type { VFile } from 'vfile'
import { describe, expectTypeOf, it } from 'vitest'
import type { NewsArticle } from '../../src/index.js'
import { remarkNewsArticle as fromParse } from '../../src/parse/index.js'
import newsModel, { type RemarkNewsArticleOptions } from '../../src/remark/index.js'

describe('the types of @cccme/news-model/remark', () => {
  it('types the default export as the plugin of /parse', () => {
    expectTypeOf(newsModel).toEqualTypeOf(fromParse)
    expectTypeOf<RemarkNewsArticleOptions['strict']>().toEqualTypeOf<boolean | null | undefined>()
  })

  it('types file.data.article as an article, or nothing when none was read', () => {
    expectTypeOf<VFile['data']['article']>().toEqualTypeOf<NewsArticle | undefined>()
  })
})
