import { describe, expect, it, vi } from 'vitest'
import { call, markdownArticle, temporaryFolder, textPage, writeFiles } from './call.js'

// The library failing on data with an error of its own (a stack overflow is a RangeError)
// is a fault to report, not a bad command line.
vi.mock('../../src/node/formats.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/node/formats.js')>()
  return {
    ...original,
    readArticle: (...args: Parameters<typeof original.readArticle>) => {
      if (args[0].includes('overflow'))
        throw new RangeError('Maximum call stack size exceeded\u001b[2J')
      return original.readArticle(...args)
    },
    writeArticle: (...args: Parameters<typeof original.writeArticle>) => {
      if (args[0].headline.includes('Unrenderable')) throw new Error('cannot render')
      return original.writeArticle(...args)
    },
  }
})

describe('an unexpected error', () => {
  it('is never shown as a bad command line: exit 1, asking for a report', async () => {
    const result = await call(['parse', '-'], { input: `${textPage}overflow\n` })
    expect(result.status).toBe(1)
    expect(result.stderr).toBe(
      'news-model: <stdin>: unexpected error, please report it: Maximum call stack size exceeded\\u001b[2J\n',
    )
  })

  it('fails one file of a conversion, and the run goes on', async () => {
    const folder = temporaryFolder()
    writeFiles(folder, { 'in/a.txt': `${textPage}overflow\n`, 'in/b.txt': textPage })
    const result = await call(['convert', `${folder}/in`, '--out', `${folder}/out`])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('a.txt: unexpected error, please report it')
    expect(result.stderr).toContain('converted 1 (0 with warnings), failed 1')
  })

  it('fails a file whose output cannot be made, and the run goes on', async () => {
    const folder = temporaryFolder()
    writeFiles(folder, { 'in/a.md': markdownArticle('Unrenderable'), 'in/b.txt': textPage })
    const result = await call(['convert', `${folder}/in`, '--out', `${folder}/out`])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('a.md: unexpected error, please report it: cannot render')
    expect(result.stderr).toContain('converted 1 (0 with warnings), failed 1')
  })
})
