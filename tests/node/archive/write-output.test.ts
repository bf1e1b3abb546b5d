import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeAtomically } from '../../../src/node/archive/write-output.js'
import { temporaryFolder } from '../../cli/call.js'

describe('writeAtomically', () => {
  it('removes its temporary file when the run stops before the file is put in place', async () => {
    const folder = temporaryFolder()
    const controller = new AbortController()
    controller.abort('SIGINT')
    const temporaries = new Set<string>()
    expect(() =>
      writeAtomically(join(folder, 'a.html'), new TextEncoder().encode('<p>'), {
        replace: false,
        temporaries,
        signal: controller.signal,
      }),
    ).toThrow('SIGINT')
    expect(readdirSync(folder)).toEqual([])
    expect(temporaries.size).toBe(0)
  })

  it('refuses to put a new file where one appeared meanwhile', async () => {
    const folder = temporaryFolder()
    const bytes = new TextEncoder().encode('first')
    const options = { replace: false, temporaries: new Set<string>() }
    expect(writeAtomically(join(folder, 'a.html'), bytes, options)).toBe(true)
    expect(writeAtomically(join(folder, 'a.html'), new Uint8Array(1), options)).toBe(false)
    expect(readdirSync(folder)).toEqual(['a.html'])
  })
})
