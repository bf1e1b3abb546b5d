// Builds the playground (playground/) into a folder of static files: index.html, the
// page's styles and one script holding the library, for any static host or file://.
// Run: npm run build:playground (writes playground/dist/).
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { builtinModules } from 'node:module'
import { basename, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build, type Metafile, type Plugin } from 'esbuild'

const root = fileURLToPath(new URL('../', import.meta.url))

/** The files the playground folder holds, copied as they are, and the script's name. */
export const playgroundFiles = {
  page: 'index.html',
  styles: 'playground.css',
  script: 'playground.js',
} as const

/** Options for {@link buildPlayground}. */
export interface PlaygroundBuildOptions {
  /** Where to write the files (default: `playground/dist` in the repository). */
  outDir?: string | undefined
  /** Minify the script (default: `true`). */
  minify?: boolean | undefined
}

/** What {@link buildPlayground} wrote. */
export interface PlaygroundBuild {
  /** The folder written. */
  outDir: string
  /** The files written, by name, with their sizes in bytes. */
  files: Record<string, number>
}

// The example articles, as the module `playground:examples`: every file of
// examples/articles, by name.
const examplesModule: Plugin = {
  name: 'playground-examples',
  setup(builder) {
    builder.onResolve({ filter: /^playground:examples$/ }, (args) => ({
      path: args.path,
      namespace: 'playground-examples',
    }))
    builder.onLoad({ filter: /.*/, namespace: 'playground-examples' }, () => {
      const folder = join(root, 'examples/articles')
      const names = readdirSync(folder)
        .filter((name) => /\.(?:txt|md|json)$/.test(name))
        .sort()
      const pages = names.map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }))
      return {
        contents: `export const examplePages = ${JSON.stringify(pages)}`,
        loader: 'js',
        watchFiles: names.map((name) => join(folder, name)),
      }
    })
  },
}

const nodeBuiltins = new Set(builtinModules)

/**
 * The inputs of a bundle that are Node built-in modules (`fs`, `node:path`): a browser
 * has none of them.
 *
 * @param metafile - esbuild's account of the bundle.
 * @returns their names, in the bundle's order.
 */
export function findNodeInputs(metafile: Metafile): string[] {
  return Object.keys(metafile.inputs).filter(
    (input) => input.startsWith('node:') || nodeBuiltins.has(input),
  )
}

// The folder must hold nothing but what an earlier build wrote, so that a build never
// writes over a file it did not write.
function checkOutDir(outDir: string): void {
  const ours = new Set<string>(Object.values(playgroundFiles))
  const others = (existsSync(outDir) ? readdirSync(outDir) : []).filter(
    (name) => !ours.has(name) && !/^\..+\.\d+\.tmp$/.test(name),
  )
  if (others.length > 0)
    throw new Error(
      `The playground is built into a folder of its own; ${outDir} holds ${others.slice(0, 3).join(', ')}`,
    )
}

/**
 * Build the playground: bundle playground/src/main.ts with the library for the browser
 * (one classic script, so the page also opens from file://), and copy the page and its
 * styles. Each file is written beside its final name and renamed into place, so no
 * half-written file is left; only the playground's own file names are written, into a
 * folder that holds nothing else.
 *
 * @param options - where to write and whether to minify.
 * @returns the folder and the files written.
 * @throws {Error} when the folder holds other files, the bundle fails, or it would need
 *   a Node built-in module.
 */
export async function buildPlayground(options?: PlaygroundBuildOptions): Promise<PlaygroundBuild> {
  const { outDir = join(root, 'playground/dist'), minify = true } = options ?? {}
  checkOutDir(outDir)
  const bundle = await build({
    entryPoints: [join(root, 'playground/src/main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2022'],
    minify,
    legalComments: 'none',
    charset: 'utf8',
    metafile: true,
    write: false,
    logLevel: 'silent',
    outfile: join(outDir, playgroundFiles.script),
    plugins: [examplesModule],
  })
  const nodeInputs = findNodeInputs(bundle.metafile)
  if (nodeInputs.length > 0)
    throw new Error(`The playground's bundle needs Node modules: ${nodeInputs.join(', ')}`)
  const [script] = bundle.outputFiles
  if (!script) throw new Error('esbuild wrote no script for the playground')
  const contents: Record<string, Uint8Array | string> = {
    [playgroundFiles.script]: script.contents,
    [playgroundFiles.page]: readFileSync(join(root, 'playground', playgroundFiles.page), 'utf8'),
    [playgroundFiles.styles]: readFileSync(
      join(root, 'playground', playgroundFiles.styles),
      'utf8',
    ),
  }
  mkdirSync(outDir, { recursive: true })
  const files: Record<string, number> = {}
  for (const [name, content] of Object.entries(contents)) {
    writeWhole(join(outDir, name), content)
    files[name] = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength
  }
  return { outDir: resolve(outDir), files }
}

function writeWhole(file: string, content: Uint8Array | string): void {
  const temporary = join(file, '..', `.${basename(file)}.${process.pid}.tmp`)
  try {
    writeFileSync(temporary, content)
    renameSync(temporary, file)
  } finally {
    rmSync(temporary, { force: true })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { outDir, files } = await buildPlayground()
  for (const [name, size] of Object.entries(files))
    console.log(`${join(outDir, name)}  ${(size / 1024).toFixed(1)} KB`)
}
