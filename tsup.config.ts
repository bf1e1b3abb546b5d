import { defineConfig } from 'tsup'

// One entry per public subpath; package.json `exports` mirrors this list.
export default defineConfig({
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
})
