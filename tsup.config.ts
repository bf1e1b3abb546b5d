import { defineConfig } from 'tsup'

// The library: one entry per public subpath (package.json `exports` mirrors this list),
// as ESM and CommonJS with declarations. The command line: ESM alone, with its shebang.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'schema/index': 'src/schema/index.ts',
      'parse/index': 'src/parse/index.ts',
      'render/index': 'src/render/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    splitting: true,
    treeshake: true,
    sourcemap: false,
    target: 'node20',
    outDir: 'dist',
  },
  {
    entry: { 'cli/bin': 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    splitting: false,
    treeshake: true,
    sourcemap: false,
    target: 'node20',
    outDir: 'dist',
  },
])
