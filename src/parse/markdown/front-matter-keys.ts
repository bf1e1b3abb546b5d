/** The article fields front matter can set. */
export type FrontMatterField =
  | 'type'
  | 'id'
  | 'url'
  | 'language'
  | 'headline'
  | 'alternativeHeadline'
  | 'description'
  | 'authors'
  | 'editors'
  | 'source'
  | 'publisher'
  | 'datePublished'
  | 'dateModified'
  | 'breadcrumb'
  | 'keywords'
  | 'translations'
  | 'mentions'
  | 'about'
  | 'contentLocation'

/**
 * The front-matter keys read, and the field each sets: the contract's own names, and the
 * names authors of Markdown files and site generators are used to (`title`, `date`,
 * `tags`, `author`; `lang` of Hexo and Jekyll, `locale` of Jekyll's themes,
 * `languageCode` of Hugo, schema.org's `inLanguage`).
 */
export const frontMatterKeys: Readonly<Record<string, FrontMatterField>> = {
  type: 'type',
  id: 'id',
  url: 'url',
  language: 'language',
  lang: 'language',
  locale: 'language',
  languageCode: 'language',
  inLanguage: 'language',
  headline: 'headline',
  title: 'headline',
  alternativeHeadline: 'alternativeHeadline',
  subtitle: 'alternativeHeadline',
  description: 'description',
  summary: 'description',
  excerpt: 'description',
  authors: 'authors',
  author: 'authors',
  editors: 'editors',
  editor: 'editors',
  source: 'source',
  publisher: 'publisher',
  datePublished: 'datePublished',
  date: 'datePublished',
  published: 'datePublished',
  pubDate: 'datePublished',
  publishDate: 'datePublished',
  publishedAt: 'datePublished',
  published_at: 'datePublished',
  date_published: 'datePublished',
  dateModified: 'dateModified',
  updated: 'dateModified',
  modified: 'dateModified',
  updatedDate: 'dateModified',
  lastmod: 'dateModified',
  lastModified: 'dateModified',
  last_modified_at: 'dateModified',
  updatedAt: 'dateModified',
  updated_at: 'dateModified',
  date_modified: 'dateModified',
  breadcrumb: 'breadcrumb',
  keywords: 'keywords',
  tags: 'keywords',
  translations: 'translations',
  mentions: 'mentions',
  about: 'about',
  contentLocation: 'contentLocation',
}
