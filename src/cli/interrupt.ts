import { exitCodes } from './io.js'

/** The signals that stop a run, with the exit status each gives (128 + its number). */
export const stopSignals = {
  SIGINT: exitCodes.interrupted,
  SIGTERM: exitCodes.terminated,
} as const

/** A signal that stops a run. */
export type StopSignal = keyof typeof stopSignals

/**
 * The exit status of a run stopped by an aborted signal: 143 when the abort's reason is
 * `'SIGTERM'`, else 130 (an interruption).
 *
 * @param signal - the aborted signal.
 * @returns the exit status.
 * @example
 *   const controller = new AbortController()
 *   controller.abort('SIGTERM')
 *   exitCodeOf(controller.signal) //=> 143
 */
export function exitCodeOf(signal: AbortSignal): number {
  const reason: unknown = signal.reason
  return typeof reason === 'string' && Object.hasOwn(stopSignals, reason)
    ? stopSignals[reason as StopSignal]
    : exitCodes.interrupted
}
