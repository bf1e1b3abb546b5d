import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pageWork, type ReadAnswer } from '../../../src/node/archive/page-work.js'
import type { KnownPage } from '../../../src/node/archive/read-page.js'
import { markdownArticle, pageSettings, temporaryFolder, writeFiles } from '../../cli/call.js'

const page = pageSettings(['html', 'markdown'])

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex')

/** A folder with one input page and an empty output folder, and a thread's work on them. */
function setUp(options: { force?: boolean } = {}) {
  const folder = temporaryFolder()
  writeFiles(folder, { 'in/a.md': markdownArticle('Alpha'), 'out/.keep': '' })
  const out = join(folder, 'out')
  const work = pageWork({ page, out, force: options.force ?? false, token: '1-test' })
  const read = (id: number, known?: KnownPage) => {
    const answer = work({ id, read: { path: join(folder, 'in/a.md'), name: 'in/a.md', known } })
    if (answer === undefined || !('read' in answer)) throw new Error('no read answer')
    return answer.read
  }
  const write = (
    id: number,
    targets: Array<{ output: number; relative: string; recorded?: string }>,
  ) => {
    const answer = work({ id, write: targets })
    if (answer === undefined || !('write' in answer)) throw new Error('no write answer')
    return answer.write
  }
  return { folder, out, work, read, write }
}

function digests(answer: ReadAnswer) {
  if (answer.kind !== 'read' || answer.result.status !== 'converted')
    throw new Error('not converted')
  return answer.result.outputs
}

describe('the file work of a page in its thread', () => {
  it('answers a read with the outputs’ digests only, and writes the bytes it holds on order', () => {
    const { out, read, write } = setUp()
    const answer = read(1)
    const outputs = digests(answer)
    expect(outputs.map((output) => Object.keys(output).sort())).toEqual([
      ['format', 'sha256'],
      ['format', 'sha256'],
    ])
    expect(answer).toMatchObject({ kind: 'read', sha256: sha256(markdownArticle('Alpha')) })
    expect(
      write(1, [
        { output: 0, relative: 'a.html' },
        { output: 1, relative: join('sub', 'a.md') },
      ]),
    ).toEqual([{ kind: 'placed' }, { kind: 'placed' }])
    expect(sha256(readFileSync(join(out, 'a.html')))).toBe(outputs[0]?.sha256)
    expect(sha256(readFileSync(join(out, 'sub', 'a.md')))).toBe(outputs[1]?.sha256)
    expect(readdirSync(out).sort()).toEqual(['.keep', 'a.html', 'sub'])
  })

  it('refuses to write through a symlinked folder in the output, and writes nothing there', () => {
    const { folder, out, read, write } = setUp()
    mkdirSync(join(folder, 'elsewhere'))
    symlinkSync(join(folder, 'elsewhere'), join(out, 'linked'))
    digests(read(1))
    expect(write(1, [{ output: 0, relative: join('linked', 'a.html') }])).toEqual([
      { kind: 'blocked', reason: 'output-symlink' },
    ])
    expect(readdirSync(join(folder, 'elsewhere'))).toEqual([])
  })

  it('keeps a file it did not write or that was edited, replaces its own, and leaves the same bytes alone', () => {
    const { out, read, write } = setUp()
    const [html] = digests(read(1))
    writeFileSync(join(out, 'mine.html'), 'mine')
    writeFileSync(join(out, 'edited.html'), 'edited')
    writeFileSync(join(out, 'ours.html'), 'old output')
    expect(
      write(1, [
        { output: 0, relative: 'mine.html' },
        { output: 0, relative: 'edited.html', recorded: sha256('what was written') },
        { output: 0, relative: 'ours.html', recorded: sha256('old output') },
      ]),
    ).toEqual([
      { kind: 'kept', reason: 'not-written' },
      { kind: 'kept', reason: 'edited' },
      { kind: 'placed' },
    ])
    expect(readFileSync(join(out, 'mine.html'), 'utf8')).toBe('mine')
    expect(readFileSync(join(out, 'edited.html'), 'utf8')).toBe('edited')
    expect(sha256(readFileSync(join(out, 'ours.html')))).toBe(html?.sha256)
    const before = statSync(join(out, 'ours.html')).ino
    digests(read(2))
    expect(write(2, [{ output: 0, relative: 'ours.html' }])).toEqual([{ kind: 'placed' }])
    expect(statSync(join(out, 'ours.html')).ino).toBe(before)
    expect(readdirSync(out).filter((name) => name.includes('news-model-tmp'))).toEqual([])
  })

  it('forgets dropped outputs: a later order for them writes nothing', () => {
    const { out, work, read, write } = setUp()
    digests(read(1))
    expect(work({ id: 1, drop: true })).toBeUndefined()
    expect(write(1, [{ output: 0, relative: 'a.html' }])).toMatchObject([{ kind: 'failed' }])
    expect(readdirSync(out)).toEqual(['.keep'])
  })

  it('takes a page as unchanged by its size and time alone, its outputs there, without reading it', () => {
    const { folder, out, read } = setUp()
    const { size, mtimeMs } = statSync(join(folder, 'in/a.md'))
    writeFileSync(join(out, 'a.html'), 'output')
    const known = { size, mtimeMs, sha256: sha256('not its bytes'), outputs: ['a.html'] }
    expect(read(1, known)).toEqual({ kind: 'unchanged', size, mtimeMs })
    const gone = { ...known, outputs: ['a.html', 'gone.md'] }
    expect(read(2, gone)).toMatchObject({ kind: 'read' })
  })
})
