import fc from 'fast-check'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import {
  ArticleParseError,
  type Diagnostic,
  parseJson,
  parseMarkdown,
  parseText,
} from '../../../src/index.js'
import { runs } from '../../_lib/runs.js'

// What a parser does with a string, it does with a vfile holding it: the same result or
// the same ArticleParseError, and one message on the file per diagnostic, at its line
// and column, fatal exactly for errors.
const parsers = { parseText, parseMarkdown, parseJson } as const

interface Outcome {
  /** The result, or the thrown error's message. */
  value: unknown
  diagnostics: Diagnostic[]
}

function outcomeOf(run: () => { diagnostics: Diagnostic[] }): Outcome {
  try {
    const result = run()
    return { value: result, diagnostics: result.diagnostics }
  } catch (error) {
    if (!(error instanceof ArticleParseError)) throw error
    return { value: error.message, diagnostics: error.diagnostics }
  }
}

const fatalOf = { error: true, warning: false, info: undefined } as const

// Front matter, JSON and page-shaped text, mixed with anything.
const input = fc.oneof(
  fc.string(),
  fc
    .tuple(fc.string(), fc.string())
    .map(([key, value]) => `---\ntitle: ${key}\n${value}: x\n---\n\n${value}\n`),
  fc.json(),
  fc.array(fc.string(), { maxLength: 6 }).map((lines) => lines.join('\n\n')),
)

describe('parsers given a vfile', () => {
  it.each(Object.entries(parsers))(
    '%s gives the result of the string and puts each diagnostic on the file',
    (_, parse) => {
      fc.assert(
        fc.property(input, (text) => {
          const file = new VFile({ path: 'page', value: text })
          const direct = outcomeOf(() => parse(text, { file: 'page' }))
          const viaFile = outcomeOf(() => parse(file))
          expect(viaFile).toEqual(direct)
          expect(file.messages.map((m) => [m.line, m.column, m.fatal, m.source])).toEqual(
            direct.diagnostics.map((d) => [d.line, d.column, fatalOf[d.severity], 'news-model']),
          )
        }),
        { numRuns: runs(60) },
      )
    },
  )
})
