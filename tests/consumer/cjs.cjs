// Requires the installed package with CommonJS: the root, every subpath and a JSON Schema file.
const assert = require('node:assert/strict')
const { validateArticle, renderJson } = require('@cccme/news-model')
const { parseJson } = require('@cccme/news-model/parse')
const { renderJson: renderFromSubpath } = require('@cccme/news-model/render')
const { ArticleValidationError, assertArticle } = require('@cccme/news-model/schema')
const { convertArchive } = require('@cccme/news-model/node')
const remark = require('@cccme/news-model/remark')
const { newsArticleLoader } = require('@cccme/news-model/astro')
const personSchema = require('@cccme/news-model/json-schema/person.schema.json')

const article = {
  type: 'NewsArticle',
  language: 'zh',
  headline: '商会举行年会',
  authors: [],
  body: { type: 'root', children: [] },
}
assert.equal(validateArticle(article).success, true)
assert.equal(parseJson(renderJson(article)).article.headline, '商会举行年会')
assert.equal(renderFromSubpath, renderJson)
assert.throws(() => assertArticle({}), ArticleValidationError)
assert.equal(personSchema.$ref, '#/$defs/Person')
assert.equal(typeof convertArchive, 'function')
assert.equal(remark.default, remark.remarkNewsArticle)
assert.equal(typeof remark.default, 'function')
assert.equal(typeof newsArticleLoader({ base: 'archive' }).load, 'function')
console.log('cjs: ok')
