import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { escapeForTerminal } from '../../src/cli/terminal-text.js'
import { call, markdownArticle, markdownWithWarning, temporaryFolder, writeFiles } from './call.js'

// Everything a terminal would obey, or that would reorder or hide what follows.
const hostile = 'x\u001b]0;owned\u0007\u009b2J\r\u202e\u2066y'
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding controls is the test
const controlsButLineEnds = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u

describe('control characters in what the CLI prints', () => {
  it('escapes C0 and C1 controls, bidi overrides and lone surrogates as \\u escapes', () => {
    expect(escapeForTerminal(`${hostile}\ud800 \ud83d\ude00\ttab`)).toBe(
      'x\\u001b]0;owned\\u0007\\u009b2J\\u000d\\u202e\\u2066y\\ud800 \ud83d\ude00\ttab',
    )
  })

  it('escapes them in file names in diagnostics, skips, errors and the progress bar', async () => {
    const folder = temporaryFolder()
    writeFiles(folder, {
      [`in/${hostile}.md`]: markdownWithWarning,
      [`in/${hostile}.jpg`]: 'x',
      'in/b.md': markdownArticle('Beta'),
    })
    const result = await call(
      ['convert', join(folder, 'in'), '--out', join(folder, 'out'), '--verbose'],
      {
        tty: true,
      },
    )
    // The progress bar's own \r and ESC[K are the only controls printed.
    const lines = result.stderr.replaceAll('\r', '').replaceAll('\u001b[K', '')
    expect(lines.match(controlsButLineEnds)).toBeNull()
    expect(lines).toContain(
      'x\\u001b]0;owned\\u0007\\u009b2J\\u000d\\u202e\\u2066y.md:3:1: warning',
    )
    expect(lines).toContain('x\\u001b]0;owned\\u0007\\u009b2J\\u000d\\u202e\\u2066y.jpg: skipped')
    const missing = await call(['parse', `${hostile}.txt`])
    expect(missing.stderr).toBe(
      'news-model: x\\u001b]0;owned\\u0007\\u009b2J\\u000d\\u202e\\u2066y.txt: no such file\n',
    )
    const unknown = await call([`frob${hostile}`])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr.match(controlsButLineEnds)).toBeNull()
  })

  it('leaves the data on standard output as the library wrote it', async () => {
    const input = markdownArticle('Right\u202eLeft', 'Text with a \u2066isolate\u2069 in it.')
    const result = await call(['parse', '-'], { input })
    expect(JSON.parse(result.stdout).headline).toBe('Right\u202eLeft')
    expect(result.stdout).toContain('\u2066isolate\u2069')
  })
})
