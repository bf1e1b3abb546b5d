import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readArticle, writeArticle } from '../../src/node/formats.js'

const fixtures = new URL('../fixtures/', import.meta.url).pathname

/** The fixtures of a folder whose names end in `extension`. */
function pagesOf(folder: string, extension: string): string[] {
  return readdirSync(join(fixtures, folder))
    .filter((name) => name.endsWith(extension))
    .map((name) => join(fixtures, folder, name))
}

describe('writeArticle', () => {
  const pages = [
    ...pagesOf('text', '.txt').map((path) => ({ path, format: 'text' as const })),
    ...pagesOf('markdown', '.md').map((path) => ({ path, format: 'markdown' as const })),
  ]

  it('writes a parser’s article to the same HTML whether it validates it again or not', () => {
    let compared = 0
    for (const { path, format } of pages) {
      let article: ReturnType<typeof readArticle>['article']
      try {
        article = readArticle(readFileSync(path, 'utf8'), path, format, {
          url: undefined,
          timeZone: undefined,
          language: undefined,
        }).article
      } catch {
        continue
      }
      for (const html of [
        { document: true, jsonLd: true },
        { document: false, jsonLd: false },
      ]) {
        expect(writeArticle(article, 'html', html, true), path).toBe(
          writeArticle(article, 'html', html),
        )
      }
      compared++
    }
    expect(compared).toBeGreaterThan(10)
  })
})
