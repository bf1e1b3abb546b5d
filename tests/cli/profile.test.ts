import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { call, temporaryFolder, writeFiles } from './call.js'

const page = [
  'Harbour Fair Draws Two Hundred Firms',
  'By Jane Doe | Published: 03/04/2019 10:00',
  'The harbour trade fair opened on Monday, and more than two hundred firms took part in it.',
  'Subscribe to The Example Times',
].join('\n\n')

const profile = {
  name: 'example-times',
  timeZone: 'America/New_York',
  dateOrder: 'month-day',
  publisher: { type: 'Organization', name: 'The Example Times' },
  furniture: ['Subscribe to The Example Times'],
}

describe('news-model parse --profile', () => {
  it('reads a text page with a site profile from a JSON file', async () => {
    const folder = temporaryFolder()
    writeFiles(folder, { 'site.json': JSON.stringify(profile), 'page.txt': page })
    const { status, stdout } = await call([
      'parse',
      '--profile',
      join(folder, 'site.json'),
      join(folder, 'page.txt'),
    ])
    expect(status).toBe(0)
    const article = JSON.parse(stdout)
    expect(article.datePublished).toBe('2019-03-04T10:00:00-05:00')
    expect(article.publisher).toEqual({ type: 'Organization', name: 'The Example Times' })
    expect(JSON.stringify(article.body)).not.toContain('Subscribe')
  })

  it('reads a text page with a built-in profile by name', async () => {
    const folder = temporaryFolder()
    writeFiles(folder, { 'page.txt': page })
    const { status, stdout } = await call(['parse', '--profile', 'cccme', join(folder, 'page.txt')])
    expect(status).toBe(0)
    expect(JSON.parse(stdout).publisher.alternateNames).toEqual(['CCCME'])
  })

  it('exits 2 naming the file and the key path of a bad profile', async () => {
    const folder = temporaryFolder()
    const file = join(folder, 'site.json')
    writeFiles(folder, {
      'site.json': JSON.stringify({ ...profile, furniture: ['/(unclosed/'] }),
      'page.txt': page,
    })
    const { status, stdout, stderr } = await call([
      'parse',
      '--profile',
      file,
      join(folder, 'page.txt'),
    ])
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain(`--profile ${file}: Invalid \`profile.furniture.0\` "/(unclosed/"`)
  })

  it.each([
    ['an unknown key', '{ "timezone": "UTC" }', 'Invalid `profile.timezone`'],
    ['text that is not JSON', 'timeZone: UTC', 'not a JSON site profile'],
  ])('exits 2 for a profile file with %s', async (_, text, message) => {
    const folder = temporaryFolder()
    writeFiles(folder, { 'site.json': text, 'page.txt': page })
    const { status, stderr } = await call([
      'parse',
      '--profile',
      join(folder, 'site.json'),
      join(folder, 'page.txt'),
    ])
    expect(status).toBe(2)
    expect(stderr).toContain(message)
  })

  it('exits 2 for a profile that is neither a file nor a built-in name', async () => {
    const { status, stderr } = await call(['parse', '--profile', 'no-such-site', '-'], {
      input: page,
    })
    expect(status).toBe(2)
    expect(stderr).toContain('--profile no-such-site: no such file, and not a built-in profile')
  })

  it('uses the profile in convert too', async () => {
    const folder = temporaryFolder()
    writeFiles(folder, { 'in/page.txt': page, 'site.json': JSON.stringify(profile) })
    const out = join(folder, 'out')
    const { status } = await call([
      'convert',
      join(folder, 'in'),
      '--out',
      out,
      '--to',
      'json',
      '--profile',
      join(folder, 'site.json'),
    ])
    expect(status).toBe(0)
    const written = JSON.parse(readFileSync(join(out, 'page.json'), 'utf8'))
    expect(written.publisher).toEqual({ type: 'Organization', name: 'The Example Times' })
  })
})
