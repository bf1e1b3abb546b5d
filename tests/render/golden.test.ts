import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderHtml } from '../../src/render/index.js'
import { articleNames, readArticle } from '../fixtures/entities.js'

// Whole rendered pages, reviewed when they change: UPDATE_GOLDEN=1 npm test writes them.
describe('golden pages', () => {
  it.each(articleNames)('renders %s as its golden file', (name) => {
    const file = new URL(`../fixtures/html/${name}.golden.html`, import.meta.url)
    const html = `${renderHtml(readArticle(name), { document: { stylesheet: 'link' } })}\n`
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, html)
    expect(html).toBe(readFileSync(file, 'utf8'))
  })
})
