// parseMarkdown beside bare remark-parse with the same syntax (YAML front matter with the
// same fences, GFM tables, strikethrough, task lists and footnotes, no literal autolinks:
// src/parse/markdown/gfm.ts), on the same files: the project's Markdown fixtures that
// read, and Markdown pages of the generated archive (about 4 KB). Goal: within 1.5 times.
import { readdirSync, readFileSync } from 'node:fs'
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { bench, describe } from 'vitest'
import { frontMatterFences } from '../src/parse/markdown/fences.js'
import { createPageMaker } from './_lib/archive-page.js'
import { loadBuilt } from './_lib/built.js'

const { ArticleParseError, parseMarkdown } = await loadBuilt()

const bare = unified().use(remarkParse).use(remarkFrontmatter, frontMatterFences)
bare.data('micromarkExtensions', [
  ...(bare.data('micromarkExtensions') ?? []),
  gfmFootnote(),
  gfmStrikethrough(),
  gfmTable(),
  gfmTaskListItem(),
])
bare.data('fromMarkdownExtensions', [
  ...(bare.data('fromMarkdownExtensions') ?? []),
  gfmFootnoteFromMarkdown(),
  gfmStrikethroughFromMarkdown(),
  gfmTableFromMarkdown(),
  gfmTaskListItemFromMarkdown(),
])

const readsAsArticle = (markdown: string): boolean => {
  try {
    parseMarkdown(markdown)
    return true
  } catch (error) {
    if (error instanceof ArticleParseError) return false
    throw error
  }
}
const folder = new URL('../tests/fixtures/markdown/', import.meta.url)
const fixtures = readdirSync(folder)
  .filter((name) => name.endsWith('.md'))
  .map((name) => readFileSync(new URL(name, folder), 'utf8'))
  .filter(readsAsArticle)
// Every page Markdown: the archive's own default is legacy text pages.
const makePage = createPageMaker({ markdownShare: 1 })
const archive: string[] = []
for (let index = 0; archive.length < 40; index++) {
  const page = makePage(index)
  if (page.format === 'markdown' && !page.fails) archive.push(page.text)
}

const options = { time: 3000, warmupTime: 1000, warmupIterations: 20 }

for (const [name, files] of [
  [`the Markdown fixtures that read (${fixtures.length})`, fixtures],
  [`Markdown pages of the generated archive (${archive.length}, about 4 KB)`, archive],
] as const) {
  describe(`parseMarkdown against bare remark-parse: ${name}`, () => {
    bench(
      'parseMarkdown',
      () => {
        for (const file of files) parseMarkdown(file)
      },
      options,
    )
    bench(
      'bare remark-parse, same extensions',
      () => {
        for (const file of files) bare.parse(file)
      },
      options,
    )
  })
}
