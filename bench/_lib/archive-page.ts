// Which page of a generated archive goes where, and what it holds: page `index` depends
// only on the seed and the index.
import { type MadePage, makePage } from './make-page.js'
import { createRandom, pageSeed } from './random.js'
import { type SentencePool, sentencePool } from './sentences.js'
import { loadTemplates, type PageTemplate } from './templates.js'
import type { PageLanguage } from './vocabulary.js'

/** The archive's shape. */
export const archiveShape = {
  /** The first year of the folders; there is a folder per language and year. */
  firstYear: 2005,
  /** How many years: 20 years in two languages make 40 folders. */
  years: 20,
  /** The folders' languages; a `zh` folder holds simplified and traditional pages. */
  languages: ['en', 'zh'] as ReadonlyArray<'en' | 'zh'>,
  /**
   * The share of pages in Markdown by default: none. The archive a chamber migrates is its
   * legacy text pages; `markdownShare` (`--markdown`) mixes in Markdown files.
   */
  markdownShare: 0,
  /** A page's length in bytes: from `shortest` to `shortest + spread` (about 4 KB on average). */
  shortest: 3000,
  spread: 2200,
} as const

/** The archive's folders: `en-2005` ... `en-2024`, `zh-2005` ... `zh-2024`. */
export const archiveFolders: ReadonlyArray<string> = archiveShape.languages.flatMap((language) =>
  Array.from(
    { length: archiveShape.years },
    (_, year) => `${language}-${archiveShape.firstYear + year}`,
  ),
)

/** Options of a generated archive. */
export interface ArchiveOptions {
  /** The seed: the same seed makes the same pages (default: 12). */
  seed?: number | undefined
  /**
   * The share of pages made from a fixture that cannot be read, so that they fail, in
   * that fixture's format (default: 0.005).
   */
  failingShare?: number | undefined
  /** The share of pages written in Markdown, from 0 to 1 (default: `archiveShape.markdownShare`, 0). */
  markdownShare?: number | undefined
}

/** One page of the archive. */
export interface ArchivePage extends MadePage {
  /** Its path in the archive: `en-2005/000012.txt`. */
  path: string
  /** The template's fixture. */
  template: string
  format: 'text' | 'markdown'
  /** Whether the page is made to fail. */
  fails: boolean
}

/** Makes page `index` of an archive. */
export type PageMaker = (index: number) => ArchivePage

/**
 * Read the fixtures once and return the function that makes a page of the archive.
 *
 * @param options - the seed, the share of failing pages and the share of Markdown pages.
 * @returns the page maker.
 * @throws {RangeError} when a share is not a number from 0 to 1.
 */
export function createPageMaker(options?: ArchiveOptions): PageMaker {
  const {
    seed = 12,
    failingShare = 0.005,
    markdownShare = archiveShape.markdownShare,
  } = options ?? {}
  for (const [name, share] of [
    ['failingShare', failingShare],
    ['markdownShare', markdownShare],
  ] as const) {
    if (!(share >= 0 && share <= 1)) {
      throw new RangeError(`Invalid \`${name}\` ${share}: expected a number from 0 to 1`)
    }
  }
  const templates = loadTemplates()
  const pools = Object.fromEntries(
    (['en', 'zh', 'zh-Hant'] as const).map((language) => [
      language,
      sentencePool(templates, language),
    ]),
  ) as Record<PageLanguage, SentencePool>
  const failing = templates.filter((template) => template.fails)
  const choices = (language: 'en' | 'zh', format: 'text' | 'markdown'): PageTemplate[] =>
    templates.filter((t) => !t.fails && t.language.startsWith(language) && t.format === format)
  return (index) => {
    const folder = archiveFolders[index % archiveFolders.length] as string
    const [language, year] = folder.split('-') as ['en' | 'zh', string]
    const random = createRandom(pageSeed(seed, index))
    const fails = failing.length > 0 && random.next() < failingShare
    const format = random.next() < markdownShare ? 'markdown' : 'text'
    const template = random.pick(fails ? failing : choices(language, format))
    const targetBytes = archiveShape.shortest + random.below(archiveShape.spread)
    const page = makePage(template, random, {
      pool: pools[template.language],
      targetBytes,
      year: Number(year),
    })
    const number = String(Math.floor(index / archiveFolders.length)).padStart(6, '0')
    const extension = template.format === 'text' ? 'txt' : 'md'
    return {
      ...page,
      path: `${folder}/${number}.${extension}`,
      template: template.name,
      format: template.format,
      fails: template.fails,
    }
  }
}
