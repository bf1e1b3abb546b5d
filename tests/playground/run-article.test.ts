import { describe, expect, it } from 'vitest'
import { runArticle } from '../../playground/src/run-article.js'
import { builtInProfiles } from '../../src/parse/index.js'
import { renderJson, renderMarkdown } from '../../src/render/index.js'

const page = `Home > News > Content

Harbour Cranes Arrive at the Example Port

Source:Invented Chamber Office Add Time:2014-13-45 10:00:00

 Members of the chamber inspected the new harbour cranes on Tuesday morning.`

const settings = { kind: 'text', profile: undefined, timeZone: undefined } as const

describe('runArticle', () => {
  it('reads a text page and renders its article as JSON, a whole HTML page and Markdown', () => {
    const result = runArticle({ ...settings, text: page })
    if (result.status !== 'article') throw new Error(`expected an article, got ${result.status}`)
    expect(result.article.headline).toBe('Harbour Cranes Arrive at the Example Port')
    expect(result.diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['impossible-date', 5]])
    expect(result.json).toBe(renderJson(result.article))
    expect(result.markdown).toBe(renderMarkdown(result.article))
    expect(result.html).toMatch(/^<!doctype html>/i)
    expect(result.html).toContain('<h1 class="news-article__headline">Harbour Cranes')
  })

  it('has nothing to read in blank input', () => {
    expect(runArticle({ ...settings, text: ' \n\t\n' })).toEqual({ status: 'empty' })
  })

  it("gives the parser's diagnostics when no article can be made", () => {
    const result = runArticle({ ...settings, kind: 'json', text: '{"type": "NewsArticle"' })
    expect(result.status).toBe('no-article')
    expect(result.status === 'no-article' && result.diagnostics[0]?.ruleId).toBe('invalid-json')
  })

  it('refuses a time zone that does not exist with the message naming it', () => {
    const result = runArticle({ ...settings, text: page, timeZone: 'Mars/Olympus' })
    expect(result.status).toBe('bad-option')
    expect(result.status === 'bad-option' && result.message).toMatch(/timeZone.*Mars\/Olympus/)
  })

  it('reads Markdown in the time zone given, and a text page with the profile given', () => {
    const markdown = '---\ntitle: Office Opens\ndate: 2014-10-13 09:30\n---\n\nThe office opened.\n'
    const berlin = runArticle({
      ...settings,
      kind: 'markdown',
      text: markdown,
      timeZone: 'Europe/Berlin',
    })
    expect(berlin.status === 'article' && berlin.article.datePublished).toBe(
      '2014-10-13T09:30:00+02:00',
    )
    const cccme = runArticle({ ...settings, text: page, profile: 'cccme' })
    expect(cccme.status === 'article' && cccme.article.publisher).toEqual(
      builtInProfiles.cccme.publisher,
    )
  })
})
