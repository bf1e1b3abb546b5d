// The collection's entries, newest first. `npm run check` (astro sync, then tsc) holds
// the types to what the loader promises: each entry's data is the library's NewsArticle,
// and the loader is an Astro loader.
import type { NewsArticle } from '@cccme/news-model'
import { newsArticleLoader } from '@cccme/news-model/astro'
import { type CollectionEntry, getCollection } from 'astro:content'
import type { Loader } from 'astro/loaders'

/** An entry of the news collection. */
export type NewsEntry = CollectionEntry<'news'>

/** Every entry, newest first, then by id. */
export async function newsEntries(): Promise<NewsEntry[]> {
  const entries = await getCollection('news')
  const dateOf = (article: NewsArticle) => article.datePublished ?? ''
  return entries.sort(
    (a, b) => dateOf(b.data).localeCompare(dateOf(a.data)) || a.id.localeCompare(b.id),
  )
}

/** The article of an entry: its data, as it is. */
export function articleOf(entry: NewsEntry): NewsArticle {
  // @ts-expect-error: an article has no `title`; its headline is `headline`
  entry.data.title
  return entry.data
}

/** The loader satisfies Astro's own Loader type, not only defineCollection's. */
export const loaderType: Loader = newsArticleLoader({ base: '../articles' })
