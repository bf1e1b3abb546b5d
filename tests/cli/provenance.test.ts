import { describe, expect, it } from 'vitest'
import { call } from './call.js'

const markdown =
  '---\ntitle: Chamber Opens Office\ndate: 2014-10-13\n---\n\nThe chamber opened an office.\n'
const json =
  '{"type": "NewsArticle", "language": "en", "headline": "Hi", "authors": [], "body": {"type": "root", "children": []}}\n'

describe('news-model parse --provenance', () => {
  it('lists each field with its rule and marked source line instead of the article', async () => {
    const result = await call(['parse', '-', '--from', 'markdown', '--provenance'], {
      input: markdown,
    })
    expect(result.status).toBe(0)
    expect(result.stdout.split('\n').slice(0, 6)).toEqual([
      '<stdin>:2:8-2:28: headline [front-matter]',
      'title: Chamber Opens Office',
      '       ^^^^^^^^^^^^^^^^^^^^',
      '<stdin>:3:7-3:17: datePublished [front-matter]',
      'date: 2014-10-13',
      '      ^^^^^^^^^^',
    ])
    expect(result.stdout).not.toContain('"NewsArticle"')
  })

  it('adds provenance to the output with --format json, the article unchanged', async () => {
    const plain = await call(['parse', '-', '--from', 'json', '--format', 'json'], { input: json })
    const result = await call(
      ['parse', '-', '--from', 'json', '--format', 'json', '--provenance'],
      {
        input: json,
      },
    )
    const { provenance, ...article } = JSON.parse(result.stdout)
    expect(article).toEqual(JSON.parse(plain.stdout))
    expect(provenance.find((p: { path: string }) => p.path === 'headline')).toEqual({
      path: 'headline',
      rule: 'json-value',
      place: {
        start: { line: 1, column: 55, offset: 54 },
        end: { line: 1, column: 59, offset: 58 },
      },
    })
  })

  it('adds provenance to each line with --format ndjson', async () => {
    const result = await call(
      ['parse', '-', '--from', 'json', '--format', 'ndjson', '--provenance'],
      {
        input: json,
      },
    )
    expect(result.stdout.split('\n')).toHaveLength(2)
    expect(JSON.parse(result.stdout).provenance.length).toBeGreaterThan(0)
  })

  it('prints the article on standard output and the listing on standard error with --format markdown', async () => {
    const result = await call(
      ['parse', '-', '--from', 'markdown', '--format', 'markdown', '--provenance'],
      { input: markdown },
    )
    expect(result.stdout).toContain('headline: Chamber Opens Office')
    expect(result.stdout).not.toContain('[front-matter]')
    expect(result.stderr).toContain('<stdin>:2:8-2:28: headline [front-matter]')
  })

  it('passes the option to the text parser too, saying so when it gives none', async () => {
    const page = 'Chamber Opens Office\n\nThe chamber opened an office on Monday in the city.\n'
    const result = await call(['parse', '-', '--from', 'text', '--provenance'], { input: page })
    expect(result.status).toBe(0)
    if (result.stdout === '') expect(result.stderr).toContain('no provenance')
    else expect(result.stdout).toContain('headline [')
  })

  it('escapes control characters of the source it prints', async () => {
    const result = await call(['parse', '-', '--from', 'markdown', '--provenance'], {
      input: markdown.replace('Chamber', 'Cham\u001b[2Jber'),
    })
    expect(result.stdout).not.toContain('\u001b')
    expect(result.stdout).toContain('title: Cham\\u001b[2Jber Opens Office')
  })

  it('is listed in the help of parse', async () => {
    const result = await call(['parse', '--help'])
    expect(result.stdout).toContain('--provenance')
  })
})
