import type { Io } from '../io.js'
import { escapeForTerminal } from '../terminal-text.js'

/** Width of the progress bar, in characters. */
export const barWidth = 24

/** The shortest time between two redraws of the progress bar whose cells did not change, in ms. */
export const redrawEvery = 100

/**
 * Draw the progress bar on a terminal, over the previous one: `[####----] 3/8 file`.
 *
 * @param io - where to draw (nothing is drawn unless standard error is a terminal).
 * @param done - files done.
 * @param total - files in all.
 * @param file - the file under way, escaped (default: none).
 */
export function drawProgress(io: Io, done: number, total: number, file = ''): void {
  if (io.stderr.isTTY !== true) return
  const filled = total === 0 ? barWidth : Math.round((done / total) * barWidth)
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${done}/${total}`
  io.stderr.write(`\r${bar} ${escapeForTerminal(file)}\u001b[K`)
}

/**
 * A progress bar that redraws at most every {@link redrawEvery} ms, or sooner when a cell
 * of the bar fills (so a short run shows each step), and always for the final line: a
 * run of 100,000 pages writes a few hundred lines to the terminal, not 200,000.
 *
 * @param io - where to draw (nothing is drawn unless standard error is a terminal).
 * @param now - the clock, in ms (default: `performance.now`).
 * @returns `draw(done, total, file?, final?)`: draws, or skips when nothing is due; `file`
 *   may be a function, called only when the bar is drawn.
 */
export function throttledProgress(
  io: Io,
  now: () => number = () => performance.now(),
): (
  done: number,
  total: number,
  file?: string | (() => string) | undefined,
  final?: boolean,
) => void {
  let last = Number.NEGATIVE_INFINITY
  let cells = -1
  return (done, total, file, final = false) => {
    if (io.stderr.isTTY !== true) return
    const filled = total === 0 ? barWidth : Math.round((done / total) * barWidth)
    const time = now()
    if (!final && filled === cells && time - last < redrawEvery) return
    last = time
    cells = filled
    drawProgress(io, done, total, typeof file === 'function' ? file() : (file ?? ''))
  }
}

/**
 * Clear the progress bar's line, so a message can be printed on it.
 *
 * @param io - where it is drawn.
 */
export function clearProgress(io: Io): void {
  if (io.stderr.isTTY === true) io.stderr.write('\r\u001b[K')
}

/**
 * The streams for messages during a run: on a terminal, each write first clears the
 * progress bar's line, so the bar stays drawn until a message takes its place.
 *
 * @param io - the run's streams.
 * @returns the same streams, standard error clearing the bar.
 */
export function messagesOverProgress(io: Io): Io {
  if (io.stderr.isTTY !== true) return io
  const { stderr } = io
  return {
    ...io,
    stderr: { write: (text: string) => stderr.write(`\r\u001b[K${text}`), isTTY: true },
  }
}
