import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import {
  type Diagnostic,
  diagnosticsToFile,
  parseMarkdown,
  type RuleId,
  rules,
} from '../../../src/index.js'

const markdown =
  '---\ntitle: Chamber Opens New Office\ndate: 2014-10-13\nnickname: CCCME\n---\n\nThe chamber opened an office.\n'

function diagnostic(severity: Diagnostic['severity'], extra: Partial<Diagnostic> = {}): Diagnostic {
  return {
    severity,
    message: `a ${severity}`,
    line: 2,
    column: 3,
    ruleId: 'invalid-value',
    source: 'news-model',
    ...extra,
  }
}

describe('diagnosticsToFile', () => {
  it('puts the diagnostics a caller already has on a vfile, and returns the messages', () => {
    const { diagnostics } = parseMarkdown(markdown)
    const file = new VFile({ path: 'office.md', value: markdown })
    const messages = diagnosticsToFile(file, diagnostics)
    expect(messages).toEqual(file.messages)
    expect(messages.map((m) => [m.name, m.reason, m.ruleId, m.source, m.file])).toEqual([
      ['office.md:4:1-4:9', 'nickname: unknown key', 'unknown-key', 'news-model', 'office.md'],
    ])
  })

  it("maps severity to vfile's fatal: error true, warning false, info undefined", () => {
    const file = new VFile()
    const messages = diagnosticsToFile(file, [
      diagnostic('error'),
      diagnostic('warning'),
      diagnostic('info'),
    ])
    expect(messages.map((m) => m.fatal)).toEqual([true, false, undefined])
  })

  it('gives a diagnostic without a span its line and column as the place', () => {
    const [message] = diagnosticsToFile(new VFile(), [diagnostic('warning')])
    expect(message?.place).toEqual({ line: 2, column: 3 })
    expect([message?.line, message?.column]).toEqual([2, 3])
  })

  it('carries actual, expected (as a list), note and a link to the rule', () => {
    const [message] = diagnosticsToFile(new VFile(), [
      diagnostic('error', { actual: '2014-02-30', expected: 'a date', note: 'See the calendar.' }),
    ])
    expect(message?.actual).toBe('2014-02-30')
    expect(message?.expected).toEqual(['a date'])
    expect(message?.note).toBe('See the calendar.')
    expect(message?.url).toBe(
      'https://github.com/cccme/news-model/blob/main/docs/rules.md#invalid-value',
    )
  })

  it('links every rule to its own section of docs/rules.md, and no section to no rule', () => {
    const docs = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8')
    const sections = [...docs.matchAll(/^## `([a-z-]+)`$/gm)].map((m) => m[1])
    expect(sections).toEqual(Object.keys(rules))
    const ids = Object.keys(rules) as RuleId[]
    const messages = diagnosticsToFile(
      new VFile(),
      ids.map((ruleId) => diagnostic('info', { ruleId })),
    )
    expect(messages.map((m) => m.url?.split('#'))).toEqual(
      ids.map((id) => ['https://github.com/cccme/news-model/blob/main/docs/rules.md', id]),
    )
  })

  it('leaves out what the diagnostic does not have', () => {
    const [message] = diagnosticsToFile(new VFile(), [diagnostic('warning')])
    expect(message?.actual).toBeUndefined()
    expect(message?.expected).toBeUndefined()
    expect(message?.note).toBeUndefined()
  })

  it('throws a TypeError naming the argument on a bad call', () => {
    expect(() => diagnosticsToFile({} as never, [])).toThrow(/Invalid `file`/)
    expect(() => diagnosticsToFile(new VFile(), 'x' as never)).toThrow(
      /Invalid `diagnostics` "x": expected a list of diagnostics/,
    )
  })
})
