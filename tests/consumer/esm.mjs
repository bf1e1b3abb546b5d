// Imports the installed package with ESM: the root, every subpath and a JSON Schema file.
import assert from 'node:assert/strict'
import { NewsArticle, parseJson, renderJson, validateArticle } from '@cccme/news-model'
import { newsArticleLoader } from '@cccme/news-model/astro'
import articleSchema from '@cccme/news-model/json-schema/news-article.schema.json' with {
  type: 'json',
}
import { convertArchive } from '@cccme/news-model/node'
import { ArticleParseError, remarkNewsArticle } from '@cccme/news-model/parse'
import remarkPlugin from '@cccme/news-model/remark'
import { renderJson as renderFromSubpath } from '@cccme/news-model/render'
import { assertArticle, Person } from '@cccme/news-model/schema'
import * as z from 'zod'

const article = {
  type: 'NewsArticle',
  language: 'en',
  headline: 'Chamber Opens New Office',
  authors: [{ type: 'Person', name: 'Li Ming' }],
  body: { type: 'root', children: [] },
}
assert.equal(validateArticle(article).success, true)
assert.equal(NewsArticle.safeParse(article).success, true)
// The app's own zod wraps the package's schemas: they share one copy of zod.
assert.equal(z.array(NewsArticle).safeParse([article, article]).success, true)
assert.equal(z.array(NewsArticle).safeParse([{ ...article, headline: '' }]).success, false)
assert.equal(Person.safeParse({ type: 'Person' }).success, false)
assert.equal(assertArticle(article).headline, 'Chamber Opens New Office')
assert.equal(parseJson(renderJson(article)).article.headline, 'Chamber Opens New Office')
assert.equal(renderFromSubpath, renderJson)
assert.throws(() => parseJson('{'), ArticleParseError)
assert.equal(articleSchema.$schema, 'https://json-schema.org/draft/2020-12/schema')
assert.equal(typeof convertArchive, 'function')
assert.equal(remarkPlugin, remarkNewsArticle)
assert.equal(typeof newsArticleLoader({ base: 'archive' }).load, 'function')
console.log('esm: ok')
