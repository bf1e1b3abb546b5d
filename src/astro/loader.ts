import { existsSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { glob } from 'tinyglobby'
import { version } from '../node/version.js'
import { type LoadFolders, startSync } from './collection-sync.js'
import type { NewsLoaderContext } from './context.js'
import { type NewsArticleLoaderOptions, resolveLoaderOptions } from './options.js'
import { newsArticleSchema } from './schema.js'
import { watchFiles } from './watch-files.js'

/** The loader's name, as Astro shows it and as `refreshContent({ loaders })` takes it. */
export const newsArticleLoaderName = 'news-article-loader'

/** An Astro 5 content-layer loader (Astro's `Loader`): give it to `defineCollection`. */
export interface NewsArticleLoader {
  /** {@link newsArticleLoaderName}. */
  name: string
  /** Fill the collection with the articles of the files; in dev, follow their changes. */
  load: (context: NewsLoaderContext) => Promise<void>
  /**
   * The collection's schema, made when Astro asks: {@link newsArticleSchema}, a zod 3
   * schema whose output is a `NewsArticle`. Typed `any` on purpose: TypeScript takes
   * minutes and gigabytes to compare zod 3's class types from two copies of zod (the
   * `zod/v3` of the library's zod 4 and Astro's zod 3), which `defineCollection` would ask.
   */
  // biome-ignore lint/suspicious/noExplicitAny: see above; the value is a NewsArticleSchema
  schema: () => any
}

/**
 * An Astro 5 content-layer loader that reads the legacy text pages, Markdown files and
 * article JSON under `base` that match `pattern` into a collection of valid articles.
 *
 * - Each file is read by the parser of its extension (`parseText`, `parseMarkdown`,
 *   `parseJson`), bytes decoded as they detect. Its entry has the id `generateId` gives
 *   (the path without extension, as slugs), the article as `data`, its `filePath`, a
 *   digest of its bytes and the settings, and (unless `html: false`) `rendered.html`
 *   from `renderHtml`, so that `render(entry)` works.
 * - Each diagnostic goes to Astro's logger at its severity, as
 *   `path/from/root.txt:line:column: message [ruleId]`.
 * - A file from which no article can be read is logged and left out (the build goes on);
 *   with `strict` it fails the load. So is a file whose id another file (earlier in path
 *   order) holds, with a warning.
 * - A file whose bytes and settings are those of its stored entry is not parsed again;
 *   its diagnostics are logged again from the last run.
 * - In dev, a changed or added file is read again, alone; a removed one loses its entry.
 *
 * @param options - where the files are and how to read them.
 * @returns the loader, for `defineCollection({ loader })`.
 * @throws {TypeError | RangeError} naming an option that is wrong, or unknown.
 * @example
 *   // src/content.config.ts
 *   import { defineCollection } from 'astro:content'
 *   import { newsArticleLoader } from '@cccme/news-model/astro'
 *
 *   export const collections = {
 *     news: defineCollection({ loader: newsArticleLoader({ base: 'archive', profile: 'cccme' }) }),
 *   }
 */
export function newsArticleLoader(options?: NewsArticleLoaderOptions | null): NewsArticleLoader {
  const settings = resolveLoaderOptions(options, version)
  return {
    name: newsArticleLoaderName,
    schema: newsArticleSchema,
    async load(context) {
      const root = fileURLToPath(context.config.root)
      const base =
        settings.base instanceof URL ? fileURLToPath(settings.base) : resolve(root, settings.base)
      const folders: LoadFolders = { root, base, baseUrl: pathToFileURL(`${base}/`) }
      const sync = startSync(context, settings, folders)
      if (!existsSync(base)) context.logger.warn(`The folder ${base} does not exist`)
      const matched = await glob(settings.patterns, {
        cwd: base,
        onlyFiles: true,
        expandDirectories: false,
      })
      const files = matched.filter((entry) => isUnder(entry)).sort()
      for (const entry of matched) {
        if (!isUnder(entry)) context.logger.warn(`Left out ${entry}: it is outside ${base}`)
      }
      if (files.length === 0) {
        context.logger.warn(`No files match ${settings.patterns.join(', ')} in ${base}`)
      }
      for (const entry of files) await sync.sync(entry)
      const held = sync.ids()
      for (const id of context.store.keys()) if (!held.has(id)) context.store.delete(id)
      sync.keepOnly(new Set(files))
      sync.save()
      if (context.watcher) {
        watchFiles(context.watcher, base, settings.patterns, sync, context.logger)
      }
    },
  }
}

/**
 * Whether a path the glob matched (relative to `base`, with `/`) lies under `base`.
 *
 * @param entry - a matched path.
 * @returns false for a path that climbs out of `base` or is absolute.
 */
function isUnder(entry: string): boolean {
  return !isAbsolute(entry) && !entry.split('/').includes('..')
}
