import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ArticleParseError, parseMarkdown } from '../../../src/parse/index.js'
import { normalizeLineEnds } from '../../../src/parse/markdown/line-ends.js'

// Every Markdown file of the tests and examples, and a few written here for the cases
// they do not hold: block scalars and quoted values over lines, a file ending without
// a line end, blank lines with spaces, a front matter error on a later line.
const folders = ['../../fixtures/markdown/', '../../../examples/articles/']
const files: Array<[string, string]> = [
  ...folders.flatMap((folder) => {
    const url = new URL(folder, import.meta.url)
    return readdirSync(url)
      .filter((name) => name.endsWith('.md'))
      .map((name) => [name, readFileSync(new URL(name, url), 'utf8')] as [string, string])
  }),
  ['literal block kept', '---\ntitle: Kept\ndescription: |+\n  one\n\n  two\n\n---\nBody'],
  ['folded block stripped', '---\ntitle: Folded\nsummary: >-\n  one\n  two\n---\n\nBody'],
  ['single-quoted over lines', "---\ntitle: 'one\n\n  two'\n---\n\nBody"],
  ['no final line end', '---\ntitle: Short\n---\nLast line'],
  ['blank lines with spaces', '---\ntitle: Spaces\n---\n  \n\t\nPara  \nbreak\n   \n    code\n'],
  ['error on a later line', '---\ntitle: Late\n\nkey: [unclosed\n---\n\nBody'],
  ['tab indentation', '---\ntitle: Tab\nauthor:\n\t- Li\n---\n\nBody'],
  ['setext heading', 'Headline Here\n=============\n\nBody\n'],
]

function read(markdown: string) {
  try {
    return { ...parseMarkdown(markdown) }
  } catch (error) {
    if (!(error instanceof ArticleParseError)) throw error
    return { article: undefined, diagnostics: error.diagnostics }
  }
}

// Lines and columns, without offsets, which count the `\r` of each `\r\n`.
function places(result: ReturnType<typeof read>) {
  return result.diagnostics.map(({ place: _place, ...rest }) => rest)
}

describe('parseMarkdown with CRLF and CR line ends', () => {
  it('has files to read', () => {
    expect(files.length).toBeGreaterThan(12)
  })

  it.each(files)('reads %s the same with \\r\\n and \\r as with \\n', (_name, markdown) => {
    const lf = read(markdown)
    for (const end of ['\r\n', '\r']) {
      const other = read(markdown.replace(/\n/g, end))
      expect(other.article).toEqual(lf.article)
      expect(places(other)).toEqual(places(lf))
    }
  })

  it('points at the same place with offsets that count each \\r', () => {
    const markdown = '---\r\nid: office\r\n\r\ntitle: [a, b]\r\n---\r\n\r\nBody'
    const [diagnostic] = read(markdown).diagnostics
    expect(diagnostic).toMatchObject({ line: 4, column: 8 })
    expect(markdown.slice(diagnostic?.place?.start.offset)).toMatch(/^\[a, b\]/)
  })
})

describe('normalizeLineEnds', () => {
  it('maps each offset back over the dropped \\r of each \\r\\n', () => {
    const text = 'ab\r\ncd\re\r\n\r\nf'
    const normalized = normalizeLineEnds(text)
    expect(normalized.text).toBe('ab\ncd\ne\n\nf')
    for (let offset = 0; offset < normalized.text.length; offset++) {
      const original = text.charAt(normalized.toOriginal(offset))
      const char = normalized.text.charAt(offset)
      expect(char === '\n' ? original === '\r' || original === '\n' : original === char).toBe(true)
    }
  })
})
