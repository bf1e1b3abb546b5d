import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ArchiveError } from '../../../src/node/archive/archive-error.js'
import { convertArchive } from '../../../src/node/archive/index.js'
import { resolveArchiveOptions } from '../../../src/node/archive/options.js'
import { markdownArticle, temporaryFolder, writeFiles } from '../../cli/call.js'

describe('the options of convertArchive', () => {
  it('fills in the documented defaults', () => {
    expect(resolveArchiveOptions(undefined)).toMatchObject({
      formats: ['html'],
      document: true,
      jsonLd: true,
      strict: false,
      force: false,
      prune: false,
      report: undefined,
    })
    expect(resolveArchiveOptions(null).jobs).toBeGreaterThanOrEqual(1)
  })

  it.each([
    [{ jobs: 0 }, RangeError, 'Invalid `jobs` 0: expected 1 to 256'],
    [{ jobs: 1.5 }, TypeError, 'Invalid `jobs` 1.5: expected a whole number of worker threads'],
    [
      { to: 'pdf' },
      RangeError,
      'Invalid `to.0` "pdf": expected one of json, ndjson, markdown, html',
    ],
    [{ to: [] }, RangeError, 'Invalid `to`'],
    [{ to: ['html', 'html'] }, RangeError, 'expected each format once'],
    [{ force: 'yes' }, TypeError, 'Invalid `force` "yes": expected true or false'],
    [
      { report: 'report.pdf' },
      RangeError,
      'Invalid `report` "report.pdf": expected a .html or .json file',
    ],
    [{ timeZone: 'Mars/Olympus' }, RangeError, 'Invalid `timeZone` "Mars/Olympus"'],
    [{ encoding: 'klingon' }, RangeError, 'Invalid `encoding` "klingon"'],
    [{ signal: 'stop' }, TypeError, 'Invalid `signal` "stop": expected an AbortSignal'],
    [{ documnet: false }, TypeError, 'Unknown option `documnet`'],
  ])('refuses %j, naming the option', (options, type, message) => {
    expect(() => resolveArchiveOptions(options as never)).toThrow(type)
    expect(() => resolveArchiveOptions(options as never)).toThrow(message)
  })

  it('refuses bad folders before touching the disk', async () => {
    await expect(convertArchive(42 as never, 'out')).rejects.toThrow(
      'Invalid `input` 42: expected a folder path',
    )
    const root = temporaryFolder()
    writeFiles(root, { 'in/a.md': markdownArticle('Alpha') })
    const input = join(root, 'in')
    await expect(convertArchive(input, input)).rejects.toMatchObject({
      name: 'ArchiveError',
      code: 'output-is-input',
    })
    await expect(convertArchive(join(root, 'nowhere'), join(root, 'out'))).rejects.toBeInstanceOf(
      ArchiveError,
    )
    await expect(
      convertArchive(input, join(root, 'out'), { report: join(input, 'report.json') }),
    ).rejects.toMatchObject({ code: 'report-in-input' })
  })
})
