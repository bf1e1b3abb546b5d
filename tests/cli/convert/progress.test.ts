import { describe, expect, it } from 'vitest'
import { redrawEvery, throttledProgress } from '../../../src/cli/convert/progress.js'
import type { Io } from '../../../src/cli/io.js'

function terminal(isTTY = true) {
  const writes: string[] = []
  const io = {
    stdout: { write: () => undefined, isTTY },
    stderr: { write: (text: string) => writes.push(text), isTTY },
  } as unknown as Io
  return { io, writes }
}

describe('the throttled progress bar', () => {
  it('redraws at most every redrawEvery ms while no cell of the bar fills', () => {
    const { io, writes } = terminal()
    let time = 0
    const draw = throttledProgress(io, () => time)
    draw(1, 1000, 'a')
    draw(2, 1000, 'b')
    time = redrawEvery - 1
    draw(3, 1000, 'c')
    time = redrawEvery
    draw(4, 1000, 'd')
    expect(
      writes.map((text) =>
        text
          .match(/\] (\d+\/\d+) (\w)/)
          ?.slice(1)
          .join(' '),
      ),
    ).toEqual(['1/1000 a', '4/1000 d'])
  })

  it('redraws at once when a cell fills, and always for the final line', () => {
    const { io, writes } = terminal()
    const draw = throttledProgress(io, () => 0)
    for (let done = 0; done <= 4; done++) draw(done, 4, `page-${done}`)
    draw(4, 4, undefined, true)
    expect(writes).toHaveLength(6)
    expect(writes.at(-1)).toBe('\r[########################] 4/4 \u001b[K')
  })

  it('names the file only when it draws, and draws nothing off a terminal', () => {
    const { io, writes } = terminal()
    const named: string[] = []
    const draw = throttledProgress(io, () => 0)
    for (const file of ['a', 'b', 'c']) {
      draw(0, 1000, () => {
        named.push(file)
        return file
      })
    }
    expect(named).toEqual(['a'])
    const off = terminal(false)
    throttledProgress(off.io)(1, 1, 'a', true)
    expect(off.writes).toEqual([])
    expect(writes).toHaveLength(1)
  })
})
