import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  asRoot,
  call,
  filesUnder,
  manifestOf,
  markdownArticle,
  markdownWithWarning,
  temporaryFolder,
  textPage,
  writeFiles,
} from '../call.js'

describe('convert never destroys', () => {
  it('refuses an --out that is the input folder, by real path, and writes nothing', async () => {
    const root = temporaryFolder()
    const input = join(root, 'in')
    writeFiles(input, { 'a.md': markdownArticle('Hand Written') })
    symlinkSync(input, join(root, 'alias'))
    for (const out of [input, `${input}/.`, join(root, 'alias')]) {
      const result = await call(['convert', input, '--out', out, '--to', 'markdown'])
      expect(result.status).toBe(2)
      expect(result.stderr).toContain('is the input folder')
    }
    expect(filesUnder(input)).toEqual(['a.md'])
    expect(readFileSync(join(input, 'a.md'), 'utf8')).toBe(markdownArticle('Hand Written'))
  })

  it('never reads an --out inside the input as input, on a later run either', async () => {
    const input = temporaryFolder()
    writeFiles(input, { 'a.md': markdownArticle('First'), 'b.txt': textPage })
    const out = join(input, 'site')
    const first = await call(['convert', input, '--out', out, '--to', 'markdown'])
    expect(first.stderr).toContain('converted 2 (0 with warnings), failed 0')
    const second = await call(['convert', input, '--out', out, '--to', 'markdown'])
    expect(second.status).toBe(0)
    expect(second.stderr).toContain(
      "converted 0 (0 with warnings), failed 0, skipped 1 (1 news-model's own output), kept 0, unchanged 2",
    )
    expect(filesUnder(out)).toEqual(['.news-model/manifest.json', 'a.md', 'b.md'])
  })

  it('never reads a folder that holds a record of convert outputs', async () => {
    const input = temporaryFolder()
    writeFiles(input, { 'a.md': markdownArticle('First') })
    await call(['convert', input, '--out', join(input, 'old-site'), '--to', 'json'])
    const result = await call(['convert', input, '--out', temporaryFolder(), '--to', 'json'])
    expect(result.stderr).toContain("skipped 1 (1 news-model's own output)")
    expect(result.stderr).toContain(`${join(input, 'old-site')}: skipped (news-model's own output)`)
  })

  it('never writes over an input file when --out holds the input folder', async () => {
    const root = temporaryFolder()
    const input = join(root, 'archive')
    writeFiles(input, {
      'page.md': markdownArticle('Hand Written'),
      'archive/page.txt': textPage,
    })
    const result = await call(['convert', input, '--out', root, '--to', 'markdown'])
    expect(readFileSync(join(input, 'page.md'), 'utf8')).toBe(markdownArticle('Hand Written'))
    expect(result.stderr).toContain(
      `${join(root, 'archive', 'page.md')}: skipped (its output would replace an input file)`,
    )
    expect(result.stderr).toContain('converted 1 (0 with warnings), failed 0, skipped 1')
    expect(existsSync(join(root, 'page.md'))).toBe(true)
  })

  it('keeps a file it did not write unless --force, says so and counts it', async () => {
    const root = temporaryFolder()
    writeFiles(root, { 'in/a.md': markdownArticle('From the Archive'), 'out/a.html': 'mine' })
    const out = join(root, 'out')
    const kept = await call(['convert', join(root, 'in'), '--out', out])
    expect(kept.status).toBe(0)
    expect(readFileSync(join(out, 'a.html'), 'utf8')).toBe('mine')
    expect(kept.stderr).toContain(
      `${join(out, 'a.html')}: kept, not written by news-model (--force replaces it)`,
    )
    expect(kept.stderr).toMatch(
      /converted 0 \(0 with warnings\), failed 0, skipped 0, kept 1 \(not written by news-model; --force replaces\)\n$/,
    )
    const forced = await call(['convert', join(root, 'in'), '--out', out, '--force'])
    expect(forced.stderr).toContain('converted 1 (0 with warnings), failed 0, skipped 0, kept 0')
    expect(readFileSync(join(out, 'a.html'), 'utf8')).toContain('From the Archive')
  })

  it('replaces its own outputs on a later run, and keeps one a person edited since', async () => {
    const root = temporaryFolder()
    const input = join(root, 'in')
    const out = join(root, 'out')
    writeFiles(input, { 'a.md': markdownArticle('Alpha'), 'b.md': markdownArticle('Beta') })
    await call(['convert', input, '--out', out, '--to', 'markdown'])
    writeFileSync(join(out, 'a.md'), 'edited by hand')
    writeFiles(input, { 'a.md': markdownArticle('Alpha Two'), 'b.md': markdownArticle('Beta Two') })
    const result = await call(['convert', input, '--out', out, '--to', 'markdown'])
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toBe('edited by hand')
    expect(readFileSync(join(out, 'b.md'), 'utf8')).toContain('Beta Two')
    expect(result.stderr).toContain(
      `${join(out, 'a.md')}: kept, edited since news-model wrote it (--force replaces it)`,
    )
    expect(result.stderr).toContain('kept 1 (edited since news-model wrote it; --force replaces)')
  })

  it('records each output with its input and a sha256 in a versioned manifest, written atomically', async () => {
    const root = temporaryFolder()
    const out = join(root, 'out')
    writeFiles(root, { 'in/en/a.txt': textPage, 'in/b.md': markdownArticle('Beta') })
    await call(['convert', join(root, 'in'), '--out', out, '--to', 'json'])
    const manifest = manifestOf(out)
    expect(manifest).toMatchObject({ version: 3, generator: expect.stringMatching(/^news-model /) })
    const outputs = manifest.pages.flatMap(
      (page: { input: string; outputs: Array<{ path: string; sha256: string }> }) =>
        page.outputs.map((output) => ({ ...output, input: page.input })),
    )
    expect(outputs).toEqual([
      { path: 'b.json', input: 'b.md', sha256: expect.any(String) },
      { path: 'en/a.json', input: 'en/a.txt', sha256: expect.any(String) },
    ])
    for (const { path, sha256 } of outputs) {
      expect(
        createHash('sha256')
          .update(readFileSync(join(out, path)))
          .digest('hex'),
      ).toBe(sha256)
    }
    expect(filesUnder(out)).toEqual(['.news-model/manifest.json', 'b.json', 'en/a.json'])
  })

  it('refuses a record it cannot read rather than replace files it cannot vouch for', async () => {
    const root = temporaryFolder()
    writeFiles(root, { 'in/a.md': markdownArticle('Alpha'), 'out/.news-model/manifest.json': '{' })
    const result = await call(['convert', join(root, 'in'), '--out', join(root, 'out')])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain("cannot be read as convert's record")
    expect(readFileSync(join(root, 'out/.news-model/manifest.json'), 'utf8')).toBe('{')
  })

  it('never reads through a symlink out of the input, follows one to a file inside, and never loops', async () => {
    const root = temporaryFolder()
    const input = join(root, 'in')
    writeFiles(root, { 'secret.md': markdownArticle('Secret'), 'in/a.md': markdownArticle('A') })
    symlinkSync(join(root, 'secret.md'), join(input, 'outside.md'))
    symlinkSync(join(input, 'a.md'), join(input, 'inside.md'))
    symlinkSync(input, join(input, 'loop'))
    symlinkSync(join(root, 'nowhere.md'), join(input, 'broken.md'))
    const out = join(root, 'out')
    const result = await call(['convert', input, '--out', out, '--to', 'markdown'])
    expect(filesUnder(out)).toEqual(['.news-model/manifest.json', 'a.md', 'inside.md'])
    expect(result.stderr).toContain(
      `${join(input, 'outside.md')}: skipped (symlink out of the input)`,
    )
    expect(result.stderr).toContain(
      'skipped 3 (1 symlink out of the input, 1 symlink to a folder, 1 broken symlink)',
    )
  })

  it('never writes through a symlink in --out', async () => {
    const root = temporaryFolder()
    const elsewhere = join(root, 'elsewhere')
    writeFiles(root, {
      'in/sub/a.md': markdownArticle('A'),
      'in/b.md': markdownArticle('B'),
      'elsewhere/victim.html': 'precious',
    })
    const out = join(root, 'out')
    mkdirSync(out)
    symlinkSync(elsewhere, join(out, 'sub'))
    symlinkSync(join(elsewhere, 'victim.html'), join(out, 'b.html'))
    const result = await call(['convert', join(root, 'in'), '--out', out])
    expect(filesUnder(elsewhere)).toEqual(['victim.html'])
    expect(readFileSync(join(elsewhere, 'victim.html'), 'utf8')).toBe('precious')
    expect(result.stderr).toContain(
      `${join(out, 'sub', 'a.html')}: skipped (symlink in the output folder)`,
    )
    expect(result.stderr).toContain('kept 1 (not written by news-model; --force replaces)')
    await call(['convert', join(root, 'in'), '--out', out, '--force'])
    expect(readFileSync(join(elsewhere, 'victim.html'), 'utf8')).toBe('precious')
    expect(readFileSync(join(out, 'b.html'), 'utf8')).toContain('<!DOCTYPE html>')
    expect(filesUnder(elsewhere)).toEqual(['victim.html'])
  })

  it('skips an output whose folder is a file in --out, and keeps a folder where a file would go', async () => {
    const root = temporaryFolder()
    writeFiles(root, {
      'in/sub/a.md': markdownArticle('A'),
      'in/b.md': markdownArticle('B'),
      'out/sub': 'a file, not a folder',
      'out/b.html/inside.txt': 'a folder, not a file',
    })
    const out = join(root, 'out')
    const result = await call(['convert', join(root, 'in'), '--out', out, '--force'])
    expect(result.stderr).toContain(
      `${join(out, 'sub', 'a.html')}: skipped (a file in the output where a folder is needed)`,
    )
    expect(result.stderr).toContain(`${join(out, 'b.html')}: kept, not written by news-model`)
    expect(readFileSync(join(out, 'sub'), 'utf8')).toBe('a file, not a folder')
    expect(filesUnder(join(out, 'b.html'))).toEqual(['inside.txt'])
  })

  it('never reads or writes its record through a symlink', async () => {
    const root = temporaryFolder()
    writeFiles(root, { 'in/a.md': markdownArticle('A'), 'elsewhere/manifest.json': '{}' })
    mkdirSync(join(root, 'out'))
    symlinkSync(join(root, 'elsewhere'), join(root, 'out', '.news-model'))
    const result = await call(['convert', join(root, 'in'), '--out', join(root, 'out')])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain("cannot be read as convert's record (ELOOP)")
    const forced = await call(['convert', join(root, 'in'), '--out', join(root, 'out'), '--force'])
    expect(forced.stderr).toContain(
      `${join(root, 'out', '.news-model', 'manifest.json')}: cannot be written (ELOOP)`,
    )
    expect(readdirSync(join(root, 'elsewhere'))).toEqual(['manifest.json'])
    expect(readFileSync(join(root, 'elsewhere', 'manifest.json'), 'utf8')).toBe('{}')
  })

  it('reports an unreadable file and goes on', async () => {
    const root = temporaryFolder()
    const input = join(root, 'in')
    writeFiles(input, { 'a.md': markdownArticle('A'), 'b.md': markdownArticle('B') })
    let onStderr: ((text: string) => void) | undefined
    if (asRoot) {
      // chmod cannot stop root reading: the file goes away between the walk and its read.
      onStderr = (text) => {
        if (text.includes('a.md')) rmSync(join(input, 'a.md'), { force: true })
      }
    } else {
      chmodSync(join(input, 'a.md'), 0o000)
    }
    const result = await call(['convert', input, '--out', join(root, 'out')], {
      tty: true,
      ...(onStderr ? { onStderr } : {}),
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/a\.md: skipped \(unreadable: E[A-Z]+\)/)
    expect(result.stderr).toContain(
      'converted 1 (0 with warnings), failed 0, skipped 1 (1 unreadable)',
    )
    expect(readdirSync(join(root, 'out')).sort()).toEqual(['.news-model', 'b.html'])
  })

  it('reports an unreadable folder and goes on', async () => {
    const root = temporaryFolder()
    const input = join(root, 'in')
    writeFiles(input, { 'a.md': markdownArticle('A') })
    if (asRoot) {
      // chmod cannot stop root reading: a folder whose path is longer than the system
      // allows cannot be read by path either. It is made with relative steps in a shell.
      const part = 'd'.repeat(200)
      execFileSync('sh', [
        '-c',
        'cd "$1" && for i in $(seq 24); do mkdir "$2" && cd "$2" || exit 0; done',
        'sh',
        input,
        part,
      ])
    } else {
      mkdirSync(join(input, 'locked'))
      writeFiles(input, { 'locked/b.md': markdownArticle('B') })
      chmodSync(join(input, 'locked'), 0o000)
    }
    const result = await call(['convert', input, '--out', join(root, 'out')])
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/: skipped \(unreadable: E[A-Z]+\)/)
    expect(result.stderr).toContain(
      'converted 1 (0 with warnings), failed 0, skipped 1 (1 unreadable)',
    )
  })

  it('lets a file that fails reserve no output name', async () => {
    const root = temporaryFolder()
    writeFiles(root, { 'in/page.md': '---\ntitle: [\n---\n', 'in/page.txt': textPage })
    const out = join(root, 'out')
    const result = await call(['convert', join(root, 'in'), '--out', out])
    expect(result.stderr).toContain('converted 1 (0 with warnings), failed 1')
    expect(filesUnder(out)).toEqual(['.news-model/manifest.json', 'page.html'])
    // The failed page is recorded (so an unchanged one is not read again), with no output.
    expect(manifestOf(out).pages).toEqual([
      expect.objectContaining({ input: 'page.md', outputs: [] }),
      expect.objectContaining({
        input: 'page.txt',
        outputs: [expect.objectContaining({ path: 'page.html' })],
      }),
    ])
  })

  it('gives a second file with the same name its extension in the output name', async () => {
    const root = temporaryFolder()
    writeFiles(root, { 'in/page.md': markdownArticle('A'), 'in/page.txt': textPage })
    const out = join(root, 'out')
    await call(['convert', join(root, 'in'), '--out', out])
    expect(filesUnder(out)).toEqual(['.news-model/manifest.json', 'page.html', 'page.txt.html'])
  })

  it('counts every skipped file with its reason in the summary', async () => {
    const root = temporaryFolder()
    const input = join(root, 'in')
    writeFiles(root, {
      'in/a.md': markdownWithWarning,
      'in/b.txt': textPage,
      'in/photo.jpg': 'not an article',
      'in/notes.docx': 'not an article',
      'in/c.md': '---\ntitle: [\n---\n',
      'secret.md': markdownArticle('Secret'),
    })
    symlinkSync(join(root, 'secret.md'), join(input, 'link.md'))
    const result = await call(['convert', input, '--out', join(root, 'out')])
    expect(result.status).toBe(1)
    expect(result.stderr.split('\n').at(-2)).toBe(
      'converted 2 (1 with warnings), failed 1, skipped 3 (2 unknown extension, 1 symlink out of the input), kept 0',
    )
    // Files of unknown extension are listed only with --verbose.
    expect(result.stderr).not.toContain('photo.jpg')
    const verbose = await call(['convert', input, '--out', join(root, 'out2'), '--verbose'])
    expect(verbose.stderr).toContain(`${join(input, 'photo.jpg')}: skipped (unknown extension)`)
  })
})
