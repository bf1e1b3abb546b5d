// parseMarkdown on Markdown built to be slow to parse (tests/parse/markdown/hostile-markdown.ts),
// at 10, 50 and 100 KB: with the pre-scan, the time per KB of each construct stays about
// the same as the size grows (the parser's own time grows with the square of the number
// of delimiters in a block). Run once: `npx vitest bench --run bench/parse-markdown-hostile.bench.ts`.
import { bench, describe } from 'vitest'
import { ArticleParseError, parseMarkdown } from '../src/parse/index.js'
import { hostileMarkdown } from '../tests/parse/markdown/hostile-markdown.js'

const sizes = [10, 50, 100]

for (const [name, make] of Object.entries(hostileMarkdown)) {
  describe(`parseMarkdown: ${name}`, () => {
    for (const size of sizes) {
      const markdown = `---\ntitle: Hostile\n---\n\n${make(size * 1024)}\n`
      bench(
        `${size} KB`,
        () => {
          try {
            parseMarkdown(markdown)
          } catch (error) {
            if (!(error instanceof ArticleParseError)) throw error
          }
        },
        { iterations: 1, warmupIterations: 0, time: 0 },
      )
    }
  })
}
