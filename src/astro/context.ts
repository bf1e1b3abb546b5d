// The parts of Astro 5's content layer the loader uses, as structural types: the library
// never imports astro, so a program that does not use Astro never needs it installed, and
// the declarations of this subpath type-check without it. Astro's own `LoaderContext`
// (astro/loaders) is assignable to `NewsLoaderContext`; examples/astro proves it by
// passing the loader to `defineCollection` under `astro check`.

/** The rendered HTML of an entry, which Astro's `render(entry)` turns into a component. */
export interface RenderedEntry {
  /** The HTML. */
  html: string
  /** Anything else about the rendering; Astro reads `headings` and `imagePaths`. */
  metadata?: Record<string, unknown>
}

/** An entry as the loader stores it. */
export interface StoredEntry {
  /** Unique in its collection. */
  id: string
  /** The article, as the collection's schema returned it. */
  data: Record<string, unknown>
  /** The file it was read from, relative to the project root, with `/` separators. */
  filePath: string
  /** The digest of the file's bytes and the loader's settings. */
  digest: string
  /** The article as HTML, when the loader renders it. */
  rendered?: RenderedEntry
}

/** The collection's entries: Astro's `DataStore`, as far as the loader uses it. */
export interface LoaderStore {
  /** The entry of an id. */
  get(id: string): { digest?: number | string | undefined } | undefined
  /** Add or replace an entry. */
  set(entry: StoredEntry): boolean
  /** Remove an entry. */
  delete(id: string): void
  /** The ids of every entry. */
  keys(): string[]
}

/** A small key-value store kept with the collection between runs: Astro's `MetaStore`. */
export interface LoaderMeta {
  /** The value of a key. */
  get(key: string): string | undefined
  /** Set a key. */
  set(key: string, value: string): void
  /** Remove a key. */
  delete(key: string): void
}

/** Where the loader's messages go: Astro's `AstroIntegrationLogger`. */
export interface LoaderLogger {
  /** A diagnostic of severity `info`, and news such as a file read again. */
  info(message: string): void
  /** A diagnostic of severity `warning`. */
  warn(message: string): void
  /** A diagnostic of severity `error`, and a file that could not be loaded. */
  error(message: string): void
}

/** The file watcher of Astro's dev server (vite's chokidar `FSWatcher`). */
export interface LoaderWatcher {
  /** Watch a file or folder too. */
  add(paths: string | ReadonlyArray<string>): unknown
  /** Call a listener with the path of each file added, changed or removed. */
  on(event: 'add' | 'change' | 'unlink', listener: (path: string) => void): unknown
}

/** What Astro gives a loader's `load`: its `LoaderContext`, as far as the loader uses it. */
export interface NewsLoaderContext {
  /** The collection's name. */
  collection: string
  /** The collection's entries. */
  store: LoaderStore
  /** The collection's key-value store. */
  meta: LoaderMeta
  /** Where messages go. */
  logger: LoaderLogger
  /** Astro's configuration; `root` is the project's folder. */
  config: { root: URL }
  /** Check an entry's data with the collection's schema; rejects with Astro's error naming the entry. */
  parseData<TData extends Record<string, unknown>>(props: {
    id: string
    data: TData
    filePath?: string
  }): Promise<TData>
  /** A fast, non-cryptographic digest of a string. */
  generateDigest(data: Record<string, unknown> | string): string
  /** The dev server's watcher; `undefined` in a build. */
  watcher?: LoaderWatcher | undefined
}
