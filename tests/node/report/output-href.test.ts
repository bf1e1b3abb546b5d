import { describe, expect, it } from 'vitest'
import { defaultOutputHref, encodePath, outputHref } from '../../../src/node/report/output-href.js'

describe('encodePath', () => {
  it.each([
    ['a b#1?.html', 'a%20b%231%3F.html'],
    ['2019/a b#1?.html', '2019/a%20b%231%3F.html'],
    ['100%.html', '100%25.html'],
    ['javascript:alert(1).html', 'javascript%3Aalert(1).html'],
    ['"><script>.html', '%22%3E%3Cscript%3E.html'],
    ['新闻/通知.html', '%E6%96%B0%E9%97%BB/%E9%80%9A%E7%9F%A5.html'],
    ['../up/./here.html', '../up/./here.html'],
    ['half\uD800.html', 'half%EF%BF%BD.html'],
  ])('writes %j as %j', (path, encoded) => {
    expect(encodePath(path)).toBe(encoded)
  })

  it.each(['a b#1?.html', 'x/y?z#w/100%.html', 'javascript:alert(1)', '新闻/通知 1.html'])(
    'gives a relative URL that resolves back to %j',
    (path) => {
      const url = new URL(encodePath(path), 'file:///out/')
      expect(url.protocol).toBe('file:')
      expect(url.search).toBe('')
      expect(url.hash).toBe('')
      expect(decodeURIComponent(url.pathname)).toBe(`/out/${path}`)
    },
  )
})

describe('outputHref', () => {
  it('links from the report folder to an output in the output folder', () => {
    expect(outputHref('/work', '/work/site', 'en/a b.html')).toBe('site/en/a%20b.html')
  })

  it('goes up from a report folder inside the output folder', () => {
    expect(outputHref('/work/site/reports', '/work/site', 'en/1.html')).toBe('../en/1.html')
  })

  it('goes across from a report folder beside the output folder', () => {
    expect(outputHref('/work/reports', '/work/site', 'x#1.html')).toBe('../site/x%231.html')
  })
})

describe('defaultOutputHref', () => {
  it('puts the output folder as given before the output', () => {
    expect(defaultOutputHref('site', 'en/a?.html')).toBe('site/en/a%3F.html')
    expect(defaultOutputHref('./out/', '1.html')).toBe('out/1.html')
  })
})
