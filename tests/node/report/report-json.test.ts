import { describe, expect, it } from 'vitest'
import type { ArchiveReport } from '../../../src/node/report/archive-report.js'
import { reportJson } from '../../../src/node/report/index.js'
import { sampleReport } from './sample-report.js'

function reversedKeys(report: ArchiveReport): ArchiveReport {
  return JSON.parse(
    JSON.stringify(report, (_, value) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ),
  ) as ArchiveReport
}

describe('reportJson', () => {
  it('holds the whole report: read back, it equals the data given', () => {
    const report = sampleReport()
    expect(JSON.parse(reportJson(report))).toEqual(report)
  })

  it('keeps the lists in the order given', () => {
    const report = sampleReport()
    report.pages.reverse()
    const back = JSON.parse(reportJson(report)) as ArchiveReport
    expect(back.pages.map((page) => page.input)).toEqual([
      'zh/2020/notice.txt',
      'zh/2020/empty.txt',
      'en/2019/trade fair #2?.txt',
      'en/2019/board-meeting.txt',
    ])
    expect(back.byRule.map((rule) => rule.rule)[0]).toBe('detected-encoding')
  })

  it('writes the keys in the order of the contract, however the objects were built', () => {
    const text = reportJson(reversedKeys(sampleReport()))
    expect(text).toBe(reportJson(sampleReport()))
    expect(Object.keys(JSON.parse(text))).toEqual([
      'generator',
      'input',
      'output',
      'totals',
      'byRule',
      'pages',
    ])
    expect(text.split('\n').slice(0, 10).join('\n')).toMatchInlineSnapshot(`
      "{
        "generator": {
          "name": "news-model",
          "version": "0.1.0"
        },
        "input": "archive",
        "output": "site",
        "totals": {
          "pages": 12,
          "converted": 10,"
    `)
  })

  it('puts the source line of a diagnostic after the fields of a diagnostic', () => {
    const back = JSON.parse(reportJson(reversedKeys(sampleReport())))
    expect(Object.keys(back.pages[0].diagnostics[0])).toEqual([
      'severity',
      'message',
      'line',
      'column',
      'place',
      'ruleId',
      'source',
      'sourceLine',
    ])
    expect(Object.keys(back.pages[0].diagnostics[0].place.start)).toEqual([
      'line',
      'column',
      'offset',
    ])
  })

  it('keeps keys the contract does not name, after the others', () => {
    const report = { ...sampleReport(), startedBy: 'cron' } as ArchiveReport
    expect(Object.keys(JSON.parse(reportJson(report))).at(-1)).toBe('startedBy')
  })

  it('writes a key named __proto__ as a key, never as a prototype', () => {
    const report = JSON.parse(
      JSON.stringify(sampleReport()).replace('{"generator":', '{"__proto__":{"x":1},"generator":'),
    ) as ArchiveReport
    const text = reportJson(report)
    expect(text).toContain('"__proto__": {')
    expect(Object.keys(JSON.parse(text))).toContain('__proto__')
  })

  it('keeps every character of a name, escaped as JSON escapes it', () => {
    const report = sampleReport()
    const name = '<script>"\0\u202E\n.txt'
    ;(report.pages[0] as { input: string }).input = name
    const text = reportJson(report)
    expect(text).toContain('"input": "<script>\\"\\u0000\u202E\\n.txt"')
    expect(JSON.parse(text).pages[0].input).toBe(name)
  })

  it('ends with a newline and indents by two spaces', () => {
    const text = reportJson(sampleReport())
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.split('\n')[1]).toBe('  "generator": {')
  })

  it('throws a TypeError naming the first wrong value', () => {
    const report = sampleReport() as unknown as { byRule: Array<{ count: unknown }> }
    ;(report.byRule[2] as { count: unknown }).count = '1'
    expect(() => reportJson(report as unknown as ArchiveReport)).toThrow(
      new TypeError('Invalid `report.byRule[2].count` "1": expected a number'),
    )
  })
})
