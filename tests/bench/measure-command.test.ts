import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { gnuTime, measureCommand } from '../../bench/_lib/measure-command.js'

describe.skipIf(!existsSync(gnuTime))('measureCommand', () => {
  it("reports the child's peak memory, status and standard error", async () => {
    const script =
      'const b = Buffer.alloc(200 * 1024 * 1024, 1); console.error("held", b.length); process.exit(3)'
    const run = await measureCommand(process.execPath, ['-e', script])
    expect(run.status).toBe(3)
    expect(run.stderr).toContain('held 209715200')
    expect(run.peakRss).toBeGreaterThan(200 * 1024 * 1024)
    expect(run.seconds).toBeGreaterThan(0)
  })

  it.runIf(existsSync('/proc/self/status'))(
    'samples the resident memory of the command it runs, not of GNU time',
    async () => {
      const script =
        'const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => console.error(b.length), 1500)'
      const run = await measureCommand(process.execPath, ['-e', script])
      expect(run.samples.length).toBeGreaterThan(0)
      expect(Math.max(...run.samples)).toBeGreaterThan(200 * 1024 * 1024)
    },
  )

  it('reports a small peak for a child that holds little', async () => {
    const run = await measureCommand(process.execPath, ['-e', ''])
    expect(run.status).toBe(0)
    expect(run.peakRss).toBeLessThan(200 * 1024 * 1024)
  })
})
