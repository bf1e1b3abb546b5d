// Check article JSON sent by another tool before using it: each problem is reported
// with its path and, for text, its line and column; extra keys the tool carries can be
// kept. Run: npx tsx examples/validate-untrusted-json.ts
import {
  ArticleParseError,
  formatDiagnostic,
  formatValidationIssue,
  parseJson,
  validateArticle,
} from '../src/index.js'

// As received over the wire: a blank headline, a script URL, a date that does not exist,
// and a field of the sending tool's own.
const received = `{
  "type": "NewsArticle",
  "language": "en",
  "headline": "  ",
  "url": "javascript:alert(1)",
  "datePublished": "2019-02-30",
  "authors": [{ "type": "Person", "name": "Chen Li" }],
  "cmsId": 4711,
  "body": { "type": "root", "children": [] }
}`

// 1. From text, with lines and columns.
try {
  parseJson(received, { file: 'received.json' })
} catch (error) {
  if (!(error instanceof ArticleParseError)) throw error
  for (const d of error.diagnostics)
    console.log(formatDiagnostic(d, { file: 'received.json', source: received }))
}

// 2. From a value already parsed, keeping the tool's own keys.
const result = validateArticle(JSON.parse(received), { unknownKeys: 'keep' })
if (!result.success) for (const issue of result.issues) console.log(formatValidationIssue(issue))
