import { describe, expect, it } from 'vitest'
import * as astro from '../src/astro/index.js'
import * as root from '../src/index.js'
import * as node from '../src/node/index.js'
import * as report from '../src/node/report/index.js'
import * as parse from '../src/parse/index.js'
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
      'TimeZone',
      'Translation',
      'VocabularyAdditions',
      'assertArticle',
      'defineNewsArticle',
      'expectations',
      'flowNodeTypes',
      'formatDiagnostic',
      'formatValidationIssue',
      'httpUrlPattern',
      'isTimeZone',
      'isoDatePattern',
      'jsonSchemaEntities',
      'languageTagPattern',
      'maxNesting',
      'noControlCharactersPattern',
      'phrasingNodeTypes',
      'ruleMessages',
      'rules',
      'toJsonSchema',
      'toValidationIssues',
      'unknownKeyMessage',
      'validateArticle',
      'visibleCharacterPattern',
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
      'frontMatterKeys',
      'jsonProvenanceRule',
      'jsonSyntaxExpectations',
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
      'className',
      'classSuffixes',
      'defaultHtmlLabels',
      'defaultStylesheet',
      'htmlAllowList',
      'languageNames',
      'renderHtml',
      'renderJson',
      'renderMarkdown',
      'safeProtocols',
      'safeUrl',
      'serializeJsonLd',
      'toHast',
      'toJsonLd',
      'urlAttributes',
    ])
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

  // The Node-only subpath is left out of the root, which browsers load.
  it('re-exports every subpath from the root but node, and nothing else', () => {
    const union = [...Object.keys(schema), ...Object.keys(parse), ...Object.keys(render)]
    expect(Object.keys(root).sort()).toEqual(union.sort())
  })
})
