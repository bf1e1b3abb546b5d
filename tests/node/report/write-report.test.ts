import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArchiveReport } from '../../../src/node/report/archive-report.js'
import { reportJson, writeReport } from '../../../src/node/report/index.js'
import { elementsOf, readPage } from './html-tree.js'
import { sampleReport } from './sample-report.js'

let root = ''
let report: ArchiveReport

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'news-model-report-'))
  await mkdir(join(root, 'archive'))
  await mkdir(join(root, 'site'))
  report = { ...sampleReport(), input: join(root, 'archive'), output: join(root, 'site') }
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

function linksOf(html: string): string[] {
  return elementsOf(readPage(html))
    .map((element) => element.properties.href)
    .filter((href): href is string => typeof href === 'string' && !href.startsWith('#'))
}

describe('writeReport', () => {
  it('writes HTML for a name ending in .html, linking outputs relative to its folder', async () => {
    await writeReport(join(root, 'site', 'reports', 'review.html'), report)
    const html = await readFile(join(root, 'site', 'reports', 'review.html'), 'utf8')
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(linksOf(html)).toEqual([
      '../zh/2020/notice.html',
      '../en/2019/board-meeting.html',
      '../en/2019/trade%20fair%20%232%3F.html',
      '../en/2019/board-meeting.html',
    ])
  })

  it('links from a report beside the output folder', async () => {
    await writeReport(join(root, 'review.html'), report)
    const html = await readFile(join(root, 'review.html'), 'utf8')
    expect(linksOf(html)[0]).toBe('site/zh/2020/notice.html')
  })

  it('writes JSON for a name ending in .json', async () => {
    await writeReport(join(root, 'review.JSON'), report)
    expect(await readFile(join(root, 'review.JSON'), 'utf8')).toBe(reportJson(report))
  })

  it('makes the folder of the report when it is missing', async () => {
    await writeReport(join(root, 'a', 'b', 'review.json'), report)
    expect(await readdir(join(root, 'a', 'b'))).toEqual(['review.json'])
  })

  it('replaces a report it wrote before, and leaves no temporary file', async () => {
    const file = join(root, 'review.html')
    await writeReport(file, report)
    report.totals.pages = 99_999
    await writeReport(file, report)
    expect(await readFile(file, 'utf8')).toContain('<dd>99,999</dd>')
    await writeReport(join(root, 'review.json'), report)
    await writeReport(join(root, 'review.json'), report)
    expect((await readdir(root)).sort()).toEqual(['archive', 'review.html', 'review.json', 'site'])
  })

  it.each([
    ['review.html', '<!DOCTYPE html><title>Mine</title>'],
    ['review.json', '{"notes": "mine"}'],
    ['review.json', 'not JSON'],
    [
      'review.html',
      `<!DOCTYPE html><p>${'x'.repeat(3000)}</p><meta name="generator" content="news-model review report">`,
    ],
  ])('keeps a %s it did not write, and replaces it with force', async (name, content) => {
    const file = join(root, name)
    await writeFile(file, content)
    const error = await writeReport(file, report).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(Error)
    expect((error as { code?: string }).code).toBe('EEXIST')
    expect((error as Error).message).toBe(
      `${file} exists and is not a report news-model wrote: it was kept (force replaces it)`,
    )
    expect(await readFile(file, 'utf8')).toBe(content)
    await writeReport(file, report, { force: true })
    expect(await readFile(file, 'utf8')).not.toBe(content)
    expect((await readdir(root)).sort()).toEqual(['archive', name, 'site'].sort())
  })

  it('never writes through a symlink it finds at the path', async () => {
    const target = join(root, 'elsewhere.html')
    await writeFile(target, 'kept')
    await symlink(target, join(root, 'review.html'))
    await expect(writeReport(join(root, 'review.html'), report)).rejects.toThrow(/kept/)
    await writeReport(join(root, 'review.html'), report, { force: true })
    expect(await readFile(target, 'utf8')).toBe('kept')
  })

  it('refuses a path inside the input folder', async () => {
    const file = join(root, 'archive', 'en', 'review.json')
    await expect(writeReport(file, report)).rejects.toThrow(
      new RangeError(
        `Invalid \`file\` ${JSON.stringify(file)}: expected a path outside the input folder ${JSON.stringify(report.input)}`,
      ),
    )
    expect(await readdir(join(root, 'archive'))).toEqual([])
  })

  it('refuses a path inside the input folder reached through a symlink', async () => {
    await symlink(join(root, 'archive'), join(root, 'link'))
    await expect(writeReport(join(root, 'link', 'review.html'), report)).rejects.toThrow(RangeError)
    expect(await readdir(join(root, 'archive'))).toEqual([])
  })

  it('refuses the path of one of the outputs, even with force', async () => {
    const file = join(root, 'site', 'zh', '2020', 'notice.html')
    await expect(writeReport(file, report, { force: true })).rejects.toThrow(
      new RangeError(
        `Invalid \`file\` ${JSON.stringify(file)}: expected a path that is not one of the outputs`,
      ),
    )
  })

  it.each([
    [
      'report.txt',
      RangeError,
      'Invalid `file` "report.txt": expected a file name ending in .html or .json',
    ],
    [
      'report',
      RangeError,
      'Invalid `file` "report": expected a file name ending in .html or .json',
    ],
    ['', TypeError, 'Invalid `file` "": expected a file name ending in .html or .json'],
    [42, TypeError, 'Invalid `file` 42: expected a file name ending in .html or .json'],
  ])('refuses the file name %j', async (file, kind, message) => {
    await expect(writeReport(file as string, report)).rejects.toThrow(new kind(message))
  })

  it('refuses options of the wrong type', async () => {
    await expect(
      writeReport(join(root, 'r.html'), report, { force: 'yes' as unknown as boolean }),
    ).rejects.toThrow(new TypeError('Invalid `options.force` "yes": expected true or false'))
    await expect(writeReport(join(root, 'r.html'), report, { maxPerRule: 0 })).rejects.toThrow(
      RangeError,
    )
    expect(await readdir(root)).not.toContain('r.html')
  })
})
