import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { playgroundContentSecurityPolicy } from '../../scripts/serve-playground.js'

const text = readFileSync(new URL('../../docs/playground.md', import.meta.url), 'utf8')
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))

describe('docs/playground.md', () => {
  it('gives hosts the policy the playground is tested under', () => {
    expect(text).toContain(playgroundContentSecurityPolicy)
  })

  it('names only npm scripts that exist', () => {
    const named = [...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1] ?? '')
    expect(named.length).toBeGreaterThan(0)
    for (const script of named) expect(Object.keys(manifest.scripts)).toContain(script)
  })
})
