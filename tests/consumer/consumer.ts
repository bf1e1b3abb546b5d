// Type-checked against the installed package's declarations.
import {
  type Author,
  NewsArticle,
  type Person,
  parseJson,
  type ValidationIssue,
  validateArticle,
} from '@cccme/news-model'
import { type NewsArticleLoader, newsArticleLoader } from '@cccme/news-model/astro'
import { type ArchiveEvent, type ArchiveSummary, convertArchive } from '@cccme/news-model/node'
import {
  ArticleParseError,
  type JsonParseResult,
  type MarkdownParseResult,
  parseMarkdown,
} from '@cccme/news-model/parse'
import remarkNewsModel, { type RemarkNewsArticleOptions } from '@cccme/news-model/remark'
import { renderJson } from '@cccme/news-model/render'
import { type Diagnostic, Organization } from '@cccme/news-model/schema'
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import * as z from 'zod'

const person: Person = { type: 'Person', name: 'Li Ming', jobTitle: 'Director' }
const author: Author = person
const body: Root = { type: 'root', children: [] }
const article: NewsArticle = {
  type: 'NewsArticle',
  language: 'en',
  headline: 'Chamber Opens New Office',
  authors: [author],
  body,
}
// @ts-expect-error: a headline is a string
const wrong: NewsArticle = { ...article, headline: 42 }

// The package's schemas compose with the app's own zod (a peer dependency: one copy).
const archive = z.array(NewsArticle)
const listed: NewsArticle[] = archive.parse([article])
const inferred: z.infer<typeof archive> = listed
// @ts-expect-error: each item of the list is an article
const notArticles: z.infer<typeof archive> = [{ type: 'NewsArticle' }]
const page = z.object({ title: z.string(), articles: archive })
const pageOf: z.infer<typeof page> = { title: 'News', articles: inferred }

const result = validateArticle(article)
if (result.success) {
  const headline: string = result.article.headline
  console.log(headline)
} else {
  const issues: ValidationIssue[] = result.issues
  console.log(issues[0]?.path)
}
const parsed: JsonParseResult = parseJson(renderJson(article))
const diagnostics: Diagnostic[] = parsed.diagnostics
const organization: Organization = Organization.parse({ type: 'Organization', name: 'CCCME' })

const events: ArchiveEvent[] = []
const summary: Promise<ArchiveSummary> = convertArchive('archive', 'site', {
  to: ['html', 'markdown'],
  jobs: 2,
  onEvent: (event) => events.push(event),
})
// @ts-expect-error: jobs is a number
convertArchive('archive', 'site', { jobs: '2' })

// A vfile is parser input; the remark plugin types file.data.article.
declare const file: VFile
const fromFile: MarkdownParseResult = parseMarkdown(file)
const remarkOptions: RemarkNewsArticleOptions = { timeZone: 'Asia/Shanghai', strict: true }
const plugin: typeof remarkNewsModel = remarkNewsModel
const read: string | undefined = file.data.article?.headline

const loader: NewsArticleLoader = newsArticleLoader({
  base: 'archive',
  profile: 'cccme',
  generateId: ({ entry, data }) => `${data.language}/${entry}`,
})
// @ts-expect-error: strict is a boolean
newsArticleLoader({ strict: 'yes' })

export {
  ArticleParseError,
  diagnostics,
  fromFile,
  loader,
  notArticles,
  organization,
  pageOf,
  plugin,
  read,
  remarkOptions,
  summary,
  wrong,
}
