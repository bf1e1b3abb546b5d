// The built package (dist/), as its users run it. The benches that measure speed load it
// rather than the TypeScript sources: run through a loader that compiles TypeScript on the
// fly, the same code runs slower (parseText by as much as half again), which would count
// against the library what the loader costs.
import { existsSync } from 'node:fs'
import type * as Library from '../../src/index.js'

const entry = new URL('../../dist/index.js', import.meta.url)

/**
 * Load the built package's main entry.
 *
 * @returns its exports, typed as the sources'.
 * @throws {Error} when the package is not built.
 */
export async function loadBuilt(): Promise<typeof Library> {
  if (!existsSync(entry)) {
    throw new Error(`No build at ${entry.pathname}: run \`npm run build\` first`)
  }
  return (await import(entry.href)) as typeof Library
}
