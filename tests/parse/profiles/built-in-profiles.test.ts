import { describe, expect, it } from 'vitest'
import { builtInProfiles, parseText } from '../../../src/parse/index.js'
import { SiteProfile } from '../../../src/schema/index.js'

// The chamber's two templates, with invented articles.
const oldTemplate = [
  'Welcome to CNUS CCCME| 中文版',
  'Home>News Content',
  'Chamber Holds Members Meeting on Export Credit',
  'Soruce:Example Working Group Author:Example Working Group Add Time:2015-03-02 09:30:00',
  'On the morning of March 2nd, the chamber held a meeting of its members on export credit insurance and trade finance.',
  'Chinese source:',
].join('\n\n')
const newTemplate = [
  'Overseas Economic and Trade Zones',
  'Home >News >CCCME News > Content',
  'Chamber Signs Cooperation Agreement with Example Council',
  'Publish Time:2019-06-18 00:00:00 Source:CCCME',
  'The chamber signed an agreement with the Example Council to promote trade in machinery and electronic products.',
].join('\n\n')

describe('builtInProfiles', () => {
  it.each(Object.entries(builtInProfiles))('holds a valid site profile, %s', (name, profile) => {
    expect(SiteProfile.parse(profile)).toEqual(profile)
    expect(profile.name).toBe(name)
  })

  it('reads nothing differently with the generic profile', () => {
    expect(parseText(newTemplate, { profile: 'generic' })).toEqual(parseText(newTemplate))
  })

  it("reads the chamber's old template with the cccme profile", () => {
    const { article, diagnostics } = parseText(oldTemplate, { profile: 'cccme' })
    expect(article).toMatchObject({
      headline: 'Chamber Holds Members Meeting on Export Credit',
      source: { name: 'Example Working Group' },
      datePublished: '2015-03-02T09:30:00+08:00',
      publisher: { type: 'Organization', alternateNames: ['CCCME'] },
    })
    const dropped = diagnostics.map((d) => [d.ruleId, d.actual])
    expect(dropped).toContainEqual(['site-furniture', 'Welcome to CNUS CCCME'])
  })

  it("reads the chamber's new template with the cccme profile, its menu line as furniture", () => {
    const { article, diagnostics } = parseText(newTemplate, { profile: 'cccme' })
    expect(article).toMatchObject({
      headline: 'Chamber Signs Cooperation Agreement with Example Council',
      source: { name: 'CCCME' },
      datePublished: '2019-06-18T00:00:00+08:00',
      breadcrumb: ['Home', 'News', 'CCCME News', 'Content'],
    })
    const furniture = diagnostics.filter((d) => d.ruleId === 'site-furniture').map((d) => d.actual)
    expect(furniture).toContain('Overseas Economic and Trade Zones')
  })

  it('takes the closing "Chinese source:" line of a translated page as an ignored label', () => {
    const page = `${newTemplate}\n\nChinese source: Example Municipal Government`
    const { article, diagnostics } = parseText(page, { profile: 'cccme' })
    expect(article.source).toEqual({ name: 'CCCME' })
    expect(diagnostics.map((d) => [d.ruleId, d.actual])).toContainEqual([
      'ignored-label',
      'Chinese source: Example Municipal Government',
    ])
    const generic = parseText(page).diagnostics.map((d) => [d.ruleId, d.actual])
    expect(generic).not.toContainEqual([
      'ignored-label',
      'Chinese source: Example Municipal Government',
    ])
  })
})
