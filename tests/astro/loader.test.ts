import { rmSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { newsArticleLoader } from '../../src/astro/index.js'
import { ArticleParseError } from '../../src/parse/index.js'
import { FakeWatcher, fakeContext, projectWith, writeFile } from './_lib/fake-context.js'

// Invented pages in the archive's three formats.
const textPage = [
  'Welcome to Example Chamber of Commerce | 中文版',
  'Home > News',
  'Chamber Hosts Spring Trade Forum',
  'Publish Time:2020-04-02 09:00:00 Source:Example Chamber',
  ' The chamber hosted its spring trade forum on Thursday, with forty member companies.',
  '【Print】 【Close】',
  '',
].join('\n')

const markdown = [
  '---',
  'title: Chamber Opens New Office',
  'date: 2014-10-13 09:30',
  'mood: cheerful',
  '---',
  '',
  'The chamber opened a **new office** on Monday.',
  '',
].join('\n')

const json = JSON.stringify({
  type: 'NewsArticle',
  language: 'en',
  headline: 'Annual Report Published',
  authors: [{ type: 'Organization', name: 'Example Chamber' }],
  body: { type: 'root', children: [] },
})

const files = {
  'articles/forum.txt': textPage,
  'articles/Office Opening.md': markdown,
  'articles/2019/report.json': json,
  'articles/broken.json': '{ "type": "NewsArticle",',
  'articles/notes.html': '<p>not an article</p>',
}

const roots: string[] = []
function project(extra: Record<string, string> = {}): string {
  const root = projectWith({ ...files, ...extra })
  roots.push(root)
  return root
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

describe('newsArticleLoader', () => {
  it('stores one valid article per file, its id the path without extension as slugs', async () => {
    const root = project()
    const fake = fakeContext(root)
    await newsArticleLoader({ base: 'articles' }).load(fake.context)
    expect([...fake.entries.keys()].sort()).toEqual(['2019/report', 'forum', 'office-opening'])
    const forum = fake.entries.get('forum')
    expect(forum?.data.headline).toBe('Chamber Hosts Spring Trade Forum')
    expect(forum?.data.datePublished).toBe('2020-04-02T09:00:00+08:00')
    expect(forum?.filePath).toBe('articles/forum.txt')
    expect(forum?.rendered?.html).toMatch(
      /^<article lang="en" class="news-article">[\s\S]*Chamber Hosts Spring Trade Forum/,
    )
    expect(fake.entries.get('office-opening')?.data.headline).toBe('Chamber Opens New Office')
    expect(fake.entries.get('2019/report')?.filePath).toBe('articles/2019/report.json')
  })

  it('reads times in the zone it is given, and stores no HTML with html: false', async () => {
    const fake = fakeContext(project())
    await newsArticleLoader({ base: 'articles', timeZone: 'Europe/Berlin', html: false }).load(
      fake.context,
    )
    expect(fake.entries.get('forum')?.data.datePublished).toBe('2020-04-02T09:00:00+02:00')
    expect(fake.entries.get('forum')?.rendered).toBeUndefined()
  })

  it('logs each diagnostic at its level as path:line:column: message [ruleId]', async () => {
    const fake = fakeContext(project())
    await newsArticleLoader({ base: 'articles' }).load(fake.context)
    expect(fake.logged).toContainEqual([
      'warn',
      'articles/Office Opening.md:4:1: mood: unknown key [unknown-key]',
    ])
    expect(fake.logged).toContainEqual([
      'info',
      expect.stringMatching(/^articles\/forum\.txt:1:1: .* \[site-furniture\]$/),
    ])
    expect(fake.logged).toContainEqual([
      'info',
      expect.stringMatching(/^articles\/forum\.txt:6:1: .* \[site-furniture\]$/),
    ])
  })

  it('logs a file with no valid article with its diagnostics and leaves it out', async () => {
    const fake = fakeContext(project())
    await newsArticleLoader({ base: 'articles' }).load(fake.context)
    const broken = fake.logged.filter(([, text]) => text.startsWith('articles/broken.json'))
    expect(broken).toEqual([
      ['error', expect.stringMatching(/^articles\/broken\.json:1:\d+: .* \[invalid-json\]$/)],
      ['error', 'articles/broken.json: left out: no valid article could be read from it'],
    ])
    expect(fake.entries.has('broken')).toBe(false)
  })

  it('fails the load on a file with no valid article with strict', async () => {
    const fake = fakeContext(project())
    const load = newsArticleLoader({ base: 'articles', strict: true }).load(fake.context)
    await expect(load).rejects.toThrow(ArticleParseError)
    await expect(load).rejects.toThrow(/articles\/broken\.json:1:\d+/)
  })

  it('reads only the files the pattern matches', async () => {
    const fake = fakeContext(project())
    await newsArticleLoader({ base: 'articles', pattern: ['**/*.json'] }).load(fake.context)
    expect([...fake.entries.keys()]).toEqual(['2019/report'])
    expect(fake.logged.some(([, text]) => text.includes('notes.html'))).toBe(false)
  })

  it('does not read an unchanged file again, and logs its diagnostics again', async () => {
    const root = project()
    const first = fakeContext(root)
    await newsArticleLoader({ base: 'articles' }).load(first.context)
    // A later run (a second build, the dev server started again): Astro hands over the
    // store and the meta store it kept.
    const second = fakeContext(root, { entries: first.entries, meta: first.meta })
    await newsArticleLoader({ base: 'articles' }).load(second.context)
    expect(first.parsed.sort()).toEqual(['2019/report', 'forum', 'office-opening'])
    expect(second.parsed).toEqual([])
    expect(second.logged).toEqual(first.logged)
    expect([...second.entries.keys()].sort()).toEqual(['2019/report', 'forum', 'office-opening'])
  })

  it('reads a changed file again on the next load, and drops the entry of one gone', async () => {
    const root = project()
    const first = fakeContext(root)
    await newsArticleLoader({ base: 'articles' }).load(first.context)
    writeFile(root, 'articles/forum.txt', textPage.replace('Spring', 'Autumn'))
    unlinkSync(join(root, 'articles/2019/report.json'))
    const second = fakeContext(root, { entries: first.entries, meta: first.meta })
    await newsArticleLoader({ base: 'articles' }).load(second.context)
    expect(second.parsed).toEqual(['forum'])
    expect(second.entries.get('forum')?.data.headline).toBe('Chamber Hosts Autumn Trade Forum')
    expect([...second.entries.keys()].sort()).toEqual(['forum', 'office-opening'])
  })

  it('reads every file again when the settings change', async () => {
    const root = project()
    const first = fakeContext(root)
    await newsArticleLoader({ base: 'articles' }).load(first.context)
    const second = fakeContext(root, { entries: first.entries, meta: first.meta })
    await newsArticleLoader({ base: 'articles', timeZone: 'UTC' }).load(second.context)
    expect(second.parsed.sort()).toEqual(['2019/report', 'forum', 'office-opening'])
    expect(second.entries.get('forum')?.data.datePublished).toBe('2020-04-02T09:00:00+00:00')
  })

  it('leaves out, with a warning, a file whose id an earlier file holds', async () => {
    const fake = fakeContext(project({ 'articles/forum.md': markdown }))
    await newsArticleLoader({ base: 'articles' }).load(fake.context)
    expect(fake.entries.get('forum')?.filePath).toBe('articles/forum.md')
    expect(fake.logged).toContainEqual([
      'warn',
      'articles/forum.txt: left out: its id "forum" is taken by articles/forum.md (generateId can name both)',
    ])
  })

  it('names entries with generateId, given the path, base and article', async () => {
    const root = project()
    const fake = fakeContext(root)
    const seen: string[] = []
    await newsArticleLoader({
      base: 'articles',
      generateId: ({ entry, base, data }) => {
        seen.push(`${base.href.endsWith('/articles/')} ${entry}`)
        return data.headline.toLowerCase().replace(/ /g, '-')
      },
    }).load(fake.context)
    expect(seen.sort()).toEqual([
      'true 2019/report.json',
      'true Office Opening.md',
      'true forum.txt',
    ])
    expect([...fake.entries.keys()].sort()).toEqual([
      'annual-report-published',
      'chamber-hosts-spring-trade-forum',
      'chamber-opens-new-office',
    ])
  })

  it('names the file when generateId throws, keeping its error as the cause', async () => {
    const fake = fakeContext(project())
    const failure = new Error('no slug for this one')
    const generateId = () => {
      throw failure
    }
    const load = newsArticleLoader({ base: 'articles', generateId }).load(fake.context)
    const error = await load.then(
      () => undefined,
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(
      /^articles\/[^:]+: generateId failed: no slug for this one$/,
    )
    expect((error as Error).cause).toBe(failure)
  })

  it('fails with a TypeError naming generateId when it gives no id', async () => {
    const fake = fakeContext(project())
    const load = newsArticleLoader({ base: 'articles', generateId: () => '' }).load(fake.context)
    await expect(load).rejects.toThrow(TypeError)
    await expect(load).rejects.toThrow(/`generateId`/)
  })

  it('warns when no file matches, and empties the collection', async () => {
    const root = project()
    const first = fakeContext(root)
    await newsArticleLoader({ base: 'articles' }).load(first.context)
    const second = fakeContext(root, { entries: first.entries, meta: first.meta })
    await newsArticleLoader({ base: 'articles', pattern: '**/*.text' }).load(second.context)
    expect(second.entries.size).toBe(0)
    expect(second.logged).toEqual([
      ['warn', `No files match **/*.text in ${join(root, 'articles')}`],
    ])
  })
})

describe('newsArticleLoader in dev', () => {
  async function watched() {
    const root = project()
    const watcher = new FakeWatcher()
    const fake = fakeContext(root, { watcher })
    await newsArticleLoader({ base: 'articles' }).load(fake.context)
    fake.parsed.length = 0
    fake.logged.length = 0
    return { root, watcher, ...fake }
  }

  it('watches the base folder', async () => {
    const { root, watcher } = await watched()
    expect(watcher.added).toEqual([join(root, 'articles')])
  })

  it('reads a changed file again, alone', async () => {
    const { root, watcher, entries, parsed, logged } = await watched()
    writeFile(root, 'articles/forum.txt', textPage.replace('Spring', 'Summer'))
    watcher.emit('change', join(root, 'articles/forum.txt'))
    await vi.waitFor(() => expect(logged).toContainEqual(['info', 'Read articles/forum.txt again']))
    expect(parsed).toEqual(['forum'])
    expect(entries.get('forum')?.data.headline).toBe('Chamber Hosts Summer Trade Forum')
  })

  it('reads an added file, and ignores files the pattern does not match', async () => {
    const { root, watcher, entries, logged } = await watched()
    writeFile(root, 'articles/more.html', '<p>no</p>')
    watcher.emit('add', join(root, 'articles/more.html'))
    writeFile(root, 'articles/2020/new.json', json)
    watcher.emit('add', join(root, 'articles/2020/new.json'))
    await vi.waitFor(() => expect(entries.has('2020/new')).toBe(true))
    expect(logged).toEqual([['info', 'Read articles/2020/new.json again']])
  })

  it('deletes the entry of a removed file', async () => {
    const { root, watcher, entries } = await watched()
    unlinkSync(join(root, 'articles/Office Opening.md'))
    watcher.emit('unlink', join(root, 'articles/Office Opening.md'))
    await vi.waitFor(() => expect(entries.has('office-opening')).toBe(false))
    expect([...entries.keys()].sort()).toEqual(['2019/report', 'forum'])
  })

  it('logs a change that breaks a file, drops its entry, and goes on', async () => {
    const { root, watcher, entries, logged } = await watched()
    writeFile(root, 'articles/2019/report.json', '{')
    watcher.emit('change', join(root, 'articles/2019/report.json'))
    await vi.waitFor(() => expect(entries.has('2019/report')).toBe(false))
    expect(logged.at(-1)).toEqual([
      'error',
      'articles/2019/report.json: left out: no valid article could be read from it',
    ])
    writeFile(root, 'articles/2019/report.json', json)
    watcher.emit('change', join(root, 'articles/2019/report.json'))
    await vi.waitFor(() => expect(entries.has('2019/report')).toBe(true))
  })

  it('gives a freed id to the file that was left out for it', async () => {
    const root = project({ 'articles/forum.md': markdown })
    const watcher = new FakeWatcher()
    const fake = fakeContext(root, { watcher })
    await newsArticleLoader({ base: 'articles' }).load(fake.context)
    unlinkSync(join(root, 'articles/forum.md'))
    watcher.emit('unlink', join(root, 'articles/forum.md'))
    await vi.waitFor(() => expect(fake.entries.get('forum')?.filePath).toBe('articles/forum.txt'))
  })
})

describe('newsArticleLoader options', () => {
  it.each([
    [{ bas: 'articles' }, TypeError, /Unknown option `bas`/],
    [{ base: 42 }, TypeError, /Invalid `base` 42/],
    [{ base: new URL('https://example.org/') }, RangeError, /Invalid `base`/],
    [{ pattern: '../articles/*.md' }, RangeError, /Invalid `pattern` "\.\.\/articles/],
    [{ pattern: './../secret/*.md' }, RangeError, /Invalid `pattern` "\.\/\.\.\/secret/],
    [{ pattern: 'x/../../secret/*.md' }, RangeError, /no \.\. segment/],
    [{ pattern: '**/../../secret/*.md' }, RangeError, /no \.\. segment/],
    [{ pattern: '.\\./secret/*.md' }, RangeError, /no \.\. segment/],
    [{ pattern: 'C:/archive/*.md' }, RangeError, /not absolute/],
    [{ pattern: [] }, TypeError, /Invalid `pattern`/],
    [{ timeZone: 'Mars/Olympus' }, RangeError, /Invalid `timeZone` "Mars\/Olympus"/],
    [{ language: 'fr' }, RangeError, /Invalid `language` "fr"/],
    [{ encoding: 'klingon' }, RangeError, /Invalid `encoding` "klingon"/],
    [{ profile: 'nowhere' }, RangeError, /Invalid `profile` "nowhere"/],
    [{ strict: 'yes' }, TypeError, /Invalid `strict` "yes"/],
    [{ html: true }, TypeError, /Invalid `html` true/],
    [{ html: { headingOffset: 9 } }, RangeError, /Invalid `html\.headingOffset` 9/],
    [{ generateId: 'slug' }, TypeError, /Invalid `generateId` "slug"/],
  ])('refuses %j', (options, kind, message) => {
    expect(() => newsArticleLoader(options as never)).toThrow(kind)
    expect(() => newsArticleLoader(options as never)).toThrow(message)
  })
})
