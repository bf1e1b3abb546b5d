export { binaryThresholds } from './_lib/binary-evidence.js'
export {
  type DecodedText,
  type DecodeTextOptions,
  decodeText,
} from './_lib/decode-text.js'
export { confidentDetection } from './_lib/detect-encoding.js'
export { diagnosticsToFile, type FileMessage } from './_lib/diagnostics-to-file.js'
export { defaultMaxInputLength } from './_lib/input-limit.js'
export type { InputOptions } from './_lib/input-options.js'
export { ArticleParseError } from './article-parse-error.js'
export { type JsonParseOptions, type JsonParseResult, parseJson } from './json/index.js'
export {
  complexMarkdownLimits,
  type DelimiterKind,
} from './markdown/complex-markdown.js'
export { markdownProvenanceRules } from './markdown/field-provenance.js'
export { type FrontMatterField, frontMatterKeys } from './markdown/front-matter-keys.js'
export { maxBodyNesting } from './markdown/html-nesting.js'
export {
  type MarkdownParseOptions,
  type MarkdownParseResult,
  parseMarkdown,
} from './markdown/index.js'
export { type RemarkNewsArticleOptions, remarkNewsArticle } from './markdown/remark-plugin.js'
export {
  maxFrontMatterLength,
  maxYamlAliases,
  maxYamlDiagnostics,
} from './markdown/yaml-limits.js'
export {
  type BuiltInProfileName,
  builtInProfiles,
} from './profiles/built-in-profiles.js'
export type { FieldProvenance, ProvenanceOptions } from './provenance.js'
export { parseText, type TextParseResult } from './text/index.js'
export type { PageLanguage } from './text/language.js'
export type { TextParseOptions } from './text/options.js'
export type { DateForm, DateVocabulary, RelativeUnit } from './vocabulary/dates.js'
export {
  type BreadcrumbVocabulary,
  type BylineVocabulary,
  defaultLabels,
  defaultVocabulary,
  type FurnitureKind,
  type FurnitureRule,
  type HeaderLimits,
  type LabelDictionary,
  type LabelField,
  type LanguageSwitchVocabulary,
  type LanguageSwitchWord,
  type PagePartsVocabulary,
  type RoleVocabulary,
  type Thresholds,
  type Vocabulary,
  type WidgetVocabulary,
} from './vocabulary/index.js'
export { languageNameTags } from './vocabulary/language-names.js'
