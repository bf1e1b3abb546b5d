import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    exclude: ['tests/consumer/**', 'node_modules/**', 'examples/astro/**'],
    benchmark: { include: ['bench/**/*.bench.ts'] },
    // CI shares its two cores with other work: a test that takes 2 s alone can take 15 s
    // there (the XSS payloads through every field, the CLI's child processes).
    testTimeout: 30_000,
    typecheck: {
      include: ['tests/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    // A property test (fast-check) either lives in a file named `*properties*.test.ts` or
    // carries this tag: `it(name, { tags: ['properties'] }, ...)`. `npm run test:deep`
    // runs both kinds alone, with a hundred times the cases (tests/_lib/runs.ts).
    tags: [
      {
        name: 'properties',
        description: 'A fast-check property; npm run test:deep runs it with 100x the cases',
        // Hundreds of generated cases (whole pages rendered for each) take minutes on a
        // busy machine; the deep run, a hundred times as many, has no limit.
        timeout: process.env.NEWS_MODEL_DEEP === '1' ? 0 : 300_000,
      },
    ],
  },
})
