/**
 * How many cases a property test runs: its count in the everyday suite, or a hundred
 * times as many under `npm run test:deep` (which sets `NEWS_MODEL_DEEP=1`).
 *
 * @param everyday - the count for the everyday suite.
 * @returns the count to give fast-check's `numRuns`.
 * @example
 *   fc.assert(property, { numRuns: runs(300) })
 */
export function runs(everyday: number): number {
  return process.env.NEWS_MODEL_DEEP === '1' ? everyday * 100 : everyday
}
