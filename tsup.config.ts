import { readFileSync } from 'node:fs'
import { defineConfig, type Options } from 'tsup'

interface Manifest {
  readonly type?: string
  readonly main?: string
  readonly exports?: unknown
  readonly dependencies?: Readonly<Record<string, string>>
}

function readManifest(path: string): Manifest {
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest
}

/**
 * Whether an installed package can only be imported, never required: it declares
 * `"type": "module"` and neither its `exports` map has a `require` condition nor its
 * `main` ends in `.cjs`. Node 20 before 20.19 cannot `require()` such a package
 * (ERR_REQUIRE_ESM), so the CommonJS build carries a copy of it. Type-only packages
 * (`@types/*`) have no code and are left alone.
 */
function isEsmOnly(name: string): boolean {
  if (name.startsWith('@types/')) return false
  const manifest = readManifest(`node_modules/${name}/package.json`)
  if (manifest.type !== 'module') return false
  if (manifest.main?.endsWith('.cjs')) return false
  return !JSON.stringify(manifest.exports ?? {}).includes('"require"')
}

// Dual and CommonJS packages (zod, date-fns, @date-fns/tz, commander, chardet, yaml,
// jsonc-parser, ...) stay external in both builds, so a program that also uses them
// shares one copy; the ESM-only ones (unified, remark-*, micromark-*, mdast-util-*,
// hast-util-*, vfile, property-information, ...) are bundled into the CommonJS build
// alone, with everything they import in turn.
const dependencies = Object.keys(readManifest('package.json').dependencies ?? {})
const esmOnly = dependencies.filter(isEsmOnly)

// The library: one entry per public subpath (package.json `exports` mirrors this list),
// as ESM and as CommonJS, each with its declarations. The command line: ESM alone, with
// its shebang. No config cleans `dist`: they build at once and the declaration
// workers would delete each other's files; `npm run build` empties `dist` first.
const library: Options = {
  entry: {
    index: 'src/index.ts',
    'schema/index': 'src/schema/index.ts',
    'parse/index': 'src/parse/index.ts',
    'render/index': 'src/render/index.ts',
    'node/index': 'src/node/index.ts',
    'remark/index': 'src/remark/index.ts',
    'astro/index': 'src/astro/index.ts',
  },
  dts: true,
  clean: false,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  target: 'node20',
  outDir: 'dist',
}

// convertArchive's worker thread: one ES module, started by dist/node/index.js,
// dist/node/index.cjs and dist/cli/bin.js alike (a worker may import ES modules on every
// Node version engines allows, even when its parent was required). It lies at
// dist/node/page-worker.js, where findWorkerScript looks for it.
// A script in one file: the worker, and the CLI.
const script: Options = {
  format: ['esm'],
  dts: false,
  clean: false,
  splitting: false,
  treeshake: true,
  sourcemap: false,
  target: 'node20',
  outDir: 'dist',
}
const worker: Options = {
  ...script,
  entry: { 'node/page-worker': 'src/node/archive/page-worker.ts' },
}

// More cut points for the ES module build alone: each parser and each renderer is an
// entry of its own (dist/internal/*, not in package.json `exports`), so its code lands in
// chunks apart from the others'. A browser bundler then drops the whole chunk of a
// parser or renderer the program does not call, with the dependencies that chunk imports
// for their side effects (yaml, jsonc-parser and parse5 do not declare
// "sideEffects": false): `parseText` alone never brings in yaml or micromark, `renderHtml`
// alone never brings in yaml. tests/package/bundle-size.test.ts holds the budgets.
const cutPoints: Record<string, string> = {
  'internal/parse-text': 'src/parse/text/index.ts',
  'internal/parse-markdown': 'src/parse/markdown/index.ts',
  'internal/parse-json': 'src/parse/json/index.ts',
  'internal/render-html': 'src/render/html/index.ts',
  'internal/render-markdown': 'src/render/markdown/index.ts',
  'internal/render-json': 'src/render/json/index.ts',
}

export default defineConfig([
  {
    ...library,
    format: ['esm'],
    entry: { ...(library.entry as Record<string, string>), ...cutPoints },
    dts: { entry: library.entry as Record<string, string> },
  },
  { ...library, format: ['cjs'], noExternal: esmOnly },
  worker,
  { ...script, entry: { 'cli/bin': 'src/cli/bin.ts' } },
])
