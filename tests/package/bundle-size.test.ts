import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type Metafile } from 'esbuild'
import { afterAll, describe, expect, it } from 'vitest'

// Browser bundles of the built package (dist/, as CI builds it before the tests), made
// the way an application's bundler makes them: esbuild, platform 'browser', ES module,
// minified, the package found by its name through package.json `exports`. Sizes are
// gzipped at level 9 and counted in KB of 1,000 bytes.

/** The most a browser bundle of one function may weigh, minified and gzipped, in bytes. */
const budgets = [
  { name: 'validateArticle', bytes: 45_000 },
  { name: 'parseText', bytes: 100_000 },
  { name: 'renderHtml', bytes: 130_000 },
] as const

// Subpaths that may load Node's built-in modules, each for its reason. Every other
// subpath is bundled for browsers below and must import none. The command line is not a
// subpath (it is package.json `bin`).
const nodeOnlySubpaths = new Set([
  // The Node-only layer: files and worker threads.
  './node',
  // The Astro content loader reads the site's files during Astro's build and dev server,
  // which run in Node; a browser never loads it.
  './astro',
])

const root = new URL('../../', import.meta.url).pathname
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string
  exports: Record<string, unknown>
}
const built = existsSync(join(root, 'dist', 'index.js'))
// CI builds before it tests, and sets REQUIRE_BROWSER=1: there a missing dist/ fails.
const required = process.env.REQUIRE_BROWSER === '1'

/** Every subpath with code: `exports` keys whose target has an `import` condition. */
const codeSubpaths = Object.entries(manifest.exports)
  .filter(([, target]) => typeof target === 'object' && target !== null && 'import' in target)
  .map(([subpath]) => subpath)

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))
const isBuiltin = (specifier: string) =>
  specifier.startsWith('node:') ||
  builtins.has(specifier) ||
  builtins.has(specifier.split('/')[0] ?? '')

// A folder whose node_modules holds the package under its name (a link to the
// repository), so that esbuild resolves `@cccme/news-model/...` through `exports` with
// the browser's conditions, as it would in an application.
const app = mkdtempSync(join(tmpdir(), 'news-model-bundle-'))
mkdirSync(join(app, 'node_modules', '@cccme'), { recursive: true })
symlinkSync(root, join(app, 'node_modules', manifest.name), 'dir')
afterAll(() => rmSync(app, { recursive: true, force: true }))

interface Bundle {
  gzipped: number
  minified: number
  metafile: Metafile
  /** The files with code in the output (esbuild also lists those it shook out entirely). */
  kept: string[]
}

async function bundle(contents: string): Promise<Bundle> {
  const result = await build({
    stdin: { contents, resolveDir: app, loader: 'js', sourcefile: 'entry.js' },
    absWorkingDir: app,
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    minify: true,
    metafile: true,
    logLevel: 'silent',
    // Kept out rather than failing the build, so the test can name each one found.
    external: [...builtins],
  })
  const code = result.outputFiles[0]?.contents ?? new Uint8Array()
  return {
    minified: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
    metafile: result.metafile,
    kept: Object.values(result.metafile.outputs).flatMap((output) =>
      Object.entries(output.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([file]) => file),
    ),
  }
}

/** The built-in modules a bundle imports, with the file that imports each. */
function builtinImports(metafile: Metafile): string[] {
  return Object.entries(metafile.inputs).flatMap(([file, input]) =>
    input.imports.filter((i) => isBuiltin(i.path)).map((i) => `${i.path} from ${file}`),
  )
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`

describe.skipIf(!built && !required)('browser bundles of the built package', () => {
  it('finds dist/ built (npm run build) before it measures', () => {
    expect(built, 'dist/index.js is missing: run `npm run build` first').toBe(true)
  })

  it.each(budgets)('bundles $name alone within its budget', async ({ name, bytes }) => {
    const { gzipped, minified, metafile, kept } = await bundle(
      `import { ${name} } from '${manifest.name}'; console.log(${name})`,
    )
    console.log(
      `bundle of ${name}: ${kb(minified)} minified, ${kb(gzipped)} gzipped (budget ${kb(bytes)})`,
    )
    expect(builtinImports(metafile)).toEqual([])
    // The bundle holds the package's code (not a stub) and zod, which every one validates with.
    expect(kept.some((file) => file.includes('/dist/'))).toBe(true)
    expect(kept.some((file) => file.includes('node_modules/zod/'))).toBe(true)
    expect(gzipped).toBeLessThanOrEqual(bytes)
  })

  it('keeps zod locales other than English out of a validateArticle bundle', async () => {
    const { kept } = await bundle(
      `import { validateArticle } from '${manifest.name}'; console.log(validateArticle)`,
    )
    const locales = kept.filter((file) => /zod\/.*\/locales\//.test(file))
    expect(locales.map((file) => file.replace(/^.*\/locales\//, ''))).toEqual(['en.js'])
  })

  it('lists the subpaths to check from package.json exports', () => {
    expect(codeSubpaths).toEqual(expect.arrayContaining(['.', './schema', './parse', './render']))
  })

  it.each(codeSubpaths.filter((subpath) => !nodeOnlySubpaths.has(subpath)))(
    'bundles every export of %s for browsers without a Node built-in module',
    async (subpath) => {
      const specifier = subpath === '.' ? manifest.name : `${manifest.name}${subpath.slice(1)}`
      const { metafile, gzipped } = await bundle(`export * from '${specifier}'`)
      console.log(`bundle of everything in ${specifier}: ${kb(gzipped)} gzipped`)
      expect(builtinImports(metafile)).toEqual([])
    },
  )

  // The check above can fail: the Node-only subpath, bundled the same way, is caught.
  it('finds the Node built-in modules that /node imports', async () => {
    const { metafile } = await bundle(`export * from '${manifest.name}/node'`)
    expect(builtinImports(metafile)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(node:)?fs(\/promises)? from /)]),
    )
  })
})

// What the budgets measure must be in dist: zod is imported, never copied in.
describe.skipIf(!built && !required)('the built package', () => {
  it('imports zod rather than bundling a copy of it', () => {
    const files = (folder: string): string[] =>
      readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(join(folder, entry.name)) : [join(folder, entry.name)],
      )
    const code = files(join(root, 'dist')).filter((file) => /\.c?js$/.test(file))
    const copies = code.filter((file) => readFileSync(file, 'utf8').includes('"$ZodType"'))
    const importers = code.filter((file) =>
      /(?:from |require\()['"]zod['"]/.test(readFileSync(file, 'utf8')),
    )
    expect(copies).toEqual([])
    expect(importers.length).toBeGreaterThan(0)
  })
})
