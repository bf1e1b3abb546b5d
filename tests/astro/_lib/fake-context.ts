import { createHash } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { NewsLoaderContext, StoredEntry } from '../../../src/astro/context.js'
import { newsArticleSchema } from '../../../src/astro/schema.js'

/** A message the loader sent to the logger. */
export type Logged = ['info' | 'warn' | 'error', string]

/** A watcher that the test drives: `emit('change', path)`. */
export class FakeWatcher extends EventEmitter {
  readonly added: string[] = []
  add(paths: string | ReadonlyArray<string>): this {
    this.added.push(...(typeof paths === 'string' ? [paths] : paths))
    return this
  }
}

/** Astro's loader context, made of maps, recording what the loader does. */
export interface FakeContext {
  context: NewsLoaderContext
  entries: Map<string, StoredEntry>
  meta: Map<string, string>
  logged: Logged[]
  /** The ids given to parseData, in order: the entries read (not skipped). */
  parsed: string[]
}

/**
 * A loader context over a project folder. `parseData` checks with the loader's own
 * schema and fails as Astro does, naming the collection and the entry. The store and
 * meta maps may be handed over from an earlier context, as Astro keeps them between runs.
 */
export function fakeContext(
  root: string,
  options: {
    watcher?: FakeWatcher
    entries?: Map<string, StoredEntry>
    meta?: Map<string, string>
  } = {},
): FakeContext {
  const entries = options.entries ?? new Map<string, StoredEntry>()
  const meta = options.meta ?? new Map<string, string>()
  const logged: Logged[] = []
  const parsed: string[] = []
  const schema = newsArticleSchema()
  const context: NewsLoaderContext = {
    collection: 'news',
    store: {
      get: (id) => entries.get(id),
      set: (entry) => {
        entries.set(entry.id, entry)
        return true
      },
      delete: (id) => {
        entries.delete(id)
      },
      keys: () => [...entries.keys()],
    },
    meta: {
      get: (key) => meta.get(key),
      set: (key, value) => {
        meta.set(key, value)
      },
      delete: (key) => {
        meta.delete(key)
      },
    },
    logger: {
      info: (message) => logged.push(['info', message]),
      warn: (message) => logged.push(['warn', message]),
      error: (message) => logged.push(['error', message]),
    },
    config: { root: pathToFileURL(`${root}/`) },
    async parseData({ id, data }) {
      parsed.push(id)
      const result = await schema.safeParseAsync(data)
      if (result.success) return result.data as unknown as typeof data
      const lines = result.error.errors.map((e) => `  **${e.path.join('.')}**: ${e.message}`)
      throw new Error(
        [`**news → ${id}** data does not match collection schema.`, ...lines].join('\n'),
      )
    },
    generateDigest: (data) =>
      createHash('sha256')
        .update(typeof data === 'string' ? data : JSON.stringify(data))
        .digest('hex'),
    ...(options.watcher ? { watcher: options.watcher } : {}),
  }
  return { context, entries, meta, logged, parsed }
}

/** A new project folder holding these files (paths relative to it). */
export function projectWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'news-model-astro-'))
  for (const [path, text] of Object.entries(files)) writeFile(root, path, text)
  return root
}

/** Write a file of a project, making its folder. */
export function writeFile(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), text)
}
