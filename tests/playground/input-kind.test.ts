import { describe, expect, it } from 'vitest'
import { detectKind, readKindChoice } from '../../playground/src/input-kind.js'
import { sniffFormat } from '../../src/node/sniff-format.js'

// The playground tells kinds apart as the command line does for standard input; it
// keeps its own copy of the signs, as the command line's module is Node-only.
const samples = [
  '{"type": "NewsArticle"}',
  '\uFEFF  \n {',
  '---\ntitle: Hi\n---\n',
  '---\r\ntitle: Hi\r\n---\r\n',
  '--- \n',
  '---',
  '----\n',
  'Home > News\n\nHeadline',
  '[1, 2]',
  '',
  '  ---\n',
]

describe('detectKind', () => {
  it.each(samples)('reads %j as the command line does', (text) => {
    expect(detectKind(text)).toBe(sniffFormat(text).format)
  })

  it('takes an unknown choice as detection', () => {
    expect(readKindChoice('markdown')).toBe('markdown')
    expect(readKindChoice('yaml')).toBe('auto')
  })
})
