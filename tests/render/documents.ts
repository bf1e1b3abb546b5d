// The articles whose rendered pages are checked for validity, accessibility and
// stability: the article fixtures, every text fixture read by parseText, and the example
// article's Markdown.
import { readdirSync, readFileSync } from 'node:fs'
import { parseMarkdown, parseText } from '../../src/parse/index.js'
import type { NewsArticle } from '../../src/schema/index.js'
import { articleNames, readArticle } from '../fixtures/entities.js'

/** Each article under a name. */
export function documentArticles(): Array<[string, NewsArticle]> {
  const text = new URL('../fixtures/text/', import.meta.url)
  const example = new URL('../../examples/articles/annual-meeting.md', import.meta.url)
  return [
    ...articleNames.map((name) => [name, readArticle(name)] as [string, NewsArticle]),
    ...readdirSync(text)
      .filter((name) => name.endsWith('.txt'))
      .map(
        (name) =>
          [name, parseText(readFileSync(new URL(name, text), 'utf8')).article] as [
            string,
            NewsArticle,
          ],
      ),
    ['annual-meeting.md', parseMarkdown(readFileSync(example, 'utf8')).article],
  ]
}
