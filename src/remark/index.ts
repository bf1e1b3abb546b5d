/**
 * The remark plugin, as the default export that remark-cli and `.remarkrc` files load by
 * name: `remark --use @cccme/news-model/remark file.md`. It is `remarkNewsArticle`, also
 * exported here by name and from `@cccme/news-model/parse`.
 *
 * @module
 */
export {
  type RemarkNewsArticleOptions,
  remarkNewsArticle,
  remarkNewsArticle as default,
} from '../parse/markdown/remark-plugin.js'
