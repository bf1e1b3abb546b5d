export type { UnknownKeys, WithUnknownKeys } from './_lib/object.js'
export {
  LenientNewsArticle,
  NewsArticle,
  type NewsArticleInput,
} from './article.js'
export { ArticleValidationError } from './article-validation-error.js'
export { Author } from './author.js'
export { Body, type FlowContent } from './body.js'
export {
  type Diagnostic,
  type RuleId,
  rules,
  type Severity,
  type SourcePoint,
} from './diagnostic.js'
export { Event } from './event.js'
export { type FormatDiagnosticOptions, formatDiagnostic } from './format-diagnostic.js'
export { HttpUrl, httpUrlPattern } from './http-url.js'
export { IsoDate, isoDatePattern } from './iso-date.js'
export { type JsonSchemaEntity, jsonSchemaEntities, toJsonSchema } from './json-schema.js'
export { LanguageTag, languageTagPattern } from './language-tag.js'
export { maxNesting } from './nesting.js'
export { Organization } from './organization.js'
export { Person } from './person.js'
export { Place } from './place.js'
export { type RuleFacts, ruleMessages } from './rule-messages.js'
export { SiteProfile, VocabularyAdditions } from './site-profile.js'
export { Source } from './source.js'
export { NonEmptyString } from './text.js'
export { Translation } from './translation.js'
export {
  assertArticle,
  type ValidateOptions,
  type ValidationResult,
  validateArticle,
} from './validate-article.js'
export {
  formatValidationIssue,
  toValidationIssues,
  type ValidationIssue,
  type ValidationIssueCode,
} from './validation-issue.js'
