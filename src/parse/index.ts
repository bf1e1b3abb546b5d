export { ArticleParseError } from './article-parse-error.js'
export { type JsonParseOptions, type JsonParseResult, parseJson } from './json/index.js'
export { jsonSyntaxExpectations } from './json/syntax-errors.js'
