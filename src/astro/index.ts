export type {
  LoaderLogger,
  LoaderMeta,
  LoaderStore,
  LoaderWatcher,
  NewsLoaderContext,
  RenderedEntry,
  StoredEntry,
} from './context.js'
export { defaultGenerateId, type GenerateIdOptions } from './entry-id.js'
export {
  type NewsArticleLoader,
  newsArticleLoader,
  newsArticleLoaderName,
} from './loader.js'
export { defaultPattern, type NewsArticleLoaderOptions } from './options.js'
export { type NewsArticleSchema, newsArticleSchema } from './schema.js'
