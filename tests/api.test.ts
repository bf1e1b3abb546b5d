import { describe, expect, it } from 'vitest'
import * as astro from '../src/astro/index.js'
import * as root from '../src/index.js'
import * as node from '../src/node/index.js'
import * as report from '../src/node/report/index.js'
import * as parse from '../src/parse/index.js'
import * as remark from '../src/remark/index.js'
import * as render from '../src/render/index.js'
import * as schema from '../src/schema/index.js'

// The public surface, pinned: a change here is a change to the package's API and must
// be made on purpose (and noted in CHANGELOG.md).
describe('public exports', () => {
  it('pins @cccme/news-model/schema', () => {
    expect(Object.keys(schema).sort()).toEqual([
      'ArticleValidationError',
      'Author',
      'Body',
      'Event',
      'HttpUrl',
      'IsoDate',
      'LanguageTag',
      'LenientNewsArticle',
      'NewsArticle',
      'NonEmptyString',
      'Organization',
      'Person',
      'Place',
      'SiteProfile',
      'Source',
      'Translation',
      'VocabularyAdditions',
      'assertArticle',
      'formatDiagnostic',
      'formatValidationIssue',
      'httpUrlPattern',
      'isoDatePattern',
      'jsonSchemaEntities',
      'languageTagPattern',
      'maxNesting',
      'ruleMessages',
      'rules',
      'toJsonSchema',
      'toValidationIssues',
      'validateArticle',
    ])
  })

  it('pins @cccme/news-model/parse', () => {
    expect(Object.keys(parse).sort()).toEqual([
      'ArticleParseError',
      'binaryThresholds',
      'builtInProfiles',
      'complexMarkdownLimits',
      'confidentDetection',
      'decodeText',
      'defaultLabels',
      'defaultMaxInputLength',
      'defaultVocabulary',
      'diagnosticsToFile',
      'frontMatterKeys',
      'languageNameTags',
      'markdownProvenanceRules',
      'maxBodyNesting',
      'maxFrontMatterLength',
      'maxYamlAliases',
      'maxYamlDiagnostics',
      'parseJson',
      'parseMarkdown',
      'parseText',
      'remarkNewsArticle',
    ])
  })

  it('pins @cccme/news-model/render', () => {
    expect(Object.keys(render).sort()).toEqual([
      'defaultHtmlLabels',
      'defaultStylesheet',
      'htmlAllowList',
      'renderHtml',
      'renderJson',
      'renderMarkdown',
      'safeUrl',
      'serializeJsonLd',
      'toHast',
      'toJsonLd',
      'urlAttributes',
    ])
  })

  // The subpath remark-cli loads by name: the plugin as its default export.
  it('pins @cccme/news-model/remark', () => {
    expect(Object.keys(remark).sort()).toEqual(['default', 'remarkNewsArticle'])
    expect(remark.default).toBe(parse.remarkNewsArticle)
  })

  // @cccme/news-model/node re-exports these with the archive's own functions.
  it('pins the review report of @cccme/news-model/node', () => {
    expect(Object.keys(report).sort()).toEqual([
      'defaultMaxPerRule',
      'longestSourceLine',
      'renderReportHtml',
      'reportJson',
      'withSourceLine',
      'writeReport',
    ])
  })

  it('pins @cccme/news-model/node', () => {
    const archive = [
      'ArchiveError',
      'archiveErrorMessages',
      'archiveOptionNames',
      'convertArchive',
      'manifestFolder',
      'manifestLocation',
      'manifestVersion',
      'maxJobs',
      'pagesInFlightPerJob',
      'recordEvery',
      'skipReasonIds',
    ]
    expect(Object.keys(node).sort()).toEqual([...archive, ...Object.keys(report)].sort())
  })

  it('pins @cccme/news-model/astro', () => {
    expect(Object.keys(astro).sort()).toEqual([
      'defaultGenerateId',
      'defaultPattern',
      'newsArticleLoader',
      'newsArticleLoaderName',
      'newsArticleSchema',
    ])
  })

  // The root holds the API the README documents; the limits and tables the docs name
  // (maxNesting, complexMarkdownLimits, defaultStylesheet, toJsonLd, ...) stay in their
  // subpath, and the Node-only subpath is left out, as browsers load the root.
  it('pins @cccme/news-model', () => {
    expect(Object.keys(root).sort()).toEqual([
      'ArticleParseError',
      'ArticleValidationError',
      'Author',
      'Body',
      'Event',
      'HttpUrl',
      'IsoDate',
      'LanguageTag',
      'LenientNewsArticle',
      'NewsArticle',
      'NonEmptyString',
      'Organization',
      'Person',
      'Place',
      'SiteProfile',
      'Source',
      'Translation',
      'VocabularyAdditions',
      'assertArticle',
      'builtInProfiles',
      'decodeText',
      'defaultLabels',
      'defaultMaxInputLength',
      'defaultVocabulary',
      'diagnosticsToFile',
      'formatDiagnostic',
      'formatValidationIssue',
      'frontMatterKeys',
      'httpUrlPattern',
      'isoDatePattern',
      'jsonSchemaEntities',
      'languageTagPattern',
      'markdownProvenanceRules',
      'parseJson',
      'parseMarkdown',
      'parseText',
      'remarkNewsArticle',
      'renderHtml',
      'renderJson',
      'renderMarkdown',
      'rules',
      'toHast',
      'toJsonSchema',
      'toValidationIssues',
      'validateArticle',
    ])
  })

  it('re-exports from the root only what a subpath but node exports, the same values', () => {
    const layers: Record<string, unknown> = { ...schema, ...parse, ...render }
    for (const [name, value] of Object.entries(root)) {
      expect(layers[name], name).toBe(value)
    }
    for (const name of Object.keys(node)) {
      if (!(name in layers)) expect(Object.keys(root)).not.toContain(name)
    }
  })
})
