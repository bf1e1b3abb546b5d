// The lost-line check over real pages: every page of ../shared/corpus (excerpts) and
// ../shared/pages (whole pages as browser text) keeps each line in the article or
// reports it. The pages are third-party text kept outside the project; the test reads
// them where they are and is skipped, saying so, when they are absent.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseText } from '../../../src/parse/index.js'
import { lostLines } from './accounting.js'

const folders = ['corpus', 'pages'].map((name) =>
  fileURLToPath(new URL(`../../../../shared/${name}`, import.meta.url)),
)

function pagesIn(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name)
      if (statSync(path).isDirectory()) return pagesIn(path)
      return name.endsWith('.txt') ? [path] : []
    })
}

for (const folder of folders) {
  describe(`parseText on the real pages of ${folder}`, () => {
    if (!existsSync(folder)) {
      it.skip(`${folder} is absent: its real pages are not checked`, () => {})
      return
    }
    const pages = pagesIn(folder)

    it('finds pages to check', () => {
      expect(pages.length).toBeGreaterThan(0)
    })

    it.each(pages.map((path) => relative(folder, path)))('loses no line of %s', (name) => {
      const text = readFileSync(join(folder, name), 'utf8')
      expect(lostLines(text, parseText(text))).toEqual([])
    })
  })
}
