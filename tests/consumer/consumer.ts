// Type-checked against the installed package's declarations.
import {
  type Author,
  type NewsArticle,
  type Person,
  parseJson,
  type ValidationIssue,
  validateArticle,
} from '@cccme/news-model'
import { type NewsArticleLoader, newsArticleLoader } from '@cccme/news-model/astro'
import { type ArchiveEvent, type ArchiveSummary, convertArchive } from '@cccme/news-model/node'
import { ArticleParseError, type JsonParseResult } from '@cccme/news-model/parse'
import { renderJson } from '@cccme/news-model/render'
import { type Diagnostic, Organization } from '@cccme/news-model/schema'
import type { Root } from 'mdast'

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

const loader: NewsArticleLoader = newsArticleLoader({
  base: 'archive',
  profile: 'cccme',
  generateId: ({ entry, data }) => `${data.language}/${entry}`,
})
// @ts-expect-error: strict is a boolean
newsArticleLoader({ strict: 'yes' })

export { ArticleParseError, diagnostics, loader, organization, summary, wrong }
