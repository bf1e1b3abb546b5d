import { isAbsolute, relative, sep } from 'node:path'
import picomatch from 'picomatch'
import type { CollectionSync } from './collection-sync.js'
import type { LoaderLogger, LoaderWatcher } from './context.js'

/**
 * Keep the collection in step with its files while Astro's dev server runs: a matching
 * file added or changed is read again (that file only), one removed loses its entry, and
 * a file left out for want of its id gets it when its holder goes. Changes are handled
 * one at a time, in the order they come; an error is logged, never thrown into the
 * watcher, so the server goes on.
 *
 * @param watcher - the dev server's watcher.
 * @param base - the folder the files are in.
 * @param patterns - the glob patterns, relative to `base`.
 * @param sync - the load's operations.
 * @param logger - where news and errors go.
 * @returns a function that resolves when the changes so far are handled.
 */
export function watchFiles(
  watcher: LoaderWatcher,
  base: string,
  patterns: ReadonlyArray<string>,
  sync: CollectionSync,
  logger: LoaderLogger,
): () => Promise<void> {
  const matches = picomatch([...patterns])
  let queue = Promise.resolve()
  const entryOf = (path: string): string | undefined => {
    const entry = relative(base, path).split(sep).join('/')
    if (entry === '' || entry.startsWith('../') || isAbsolute(entry)) return undefined
    return matches(entry) ? entry : undefined
  }
  const handle = (path: string, task: (entry: string) => Promise<void>) => {
    const entry = entryOf(path)
    if (entry === undefined) return
    queue = queue.then(async () => {
      try {
        await task(entry)
        await sync.promote()
      } catch (error) {
        logger.error(`${sync.fileOf(entry)}: ${error instanceof Error ? error.message : error}`)
      }
      sync.save()
    })
  }
  const reread = async (entry: string) => {
    if ((await sync.sync(entry)) !== undefined) logger.info(`Read ${sync.fileOf(entry)} again`)
  }
  watcher.add(base)
  watcher.on('change', (path) => handle(path, reread))
  watcher.on('add', (path) => handle(path, reread))
  watcher.on('unlink', (path) => handle(path, async (entry) => sync.remove(entry)))
  return () => queue
}
