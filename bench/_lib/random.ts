/** A source of numbers that is the same on every run for the same seed. */
export interface Random {
  /** A number from 0 (included) to 1 (excluded). */
  next(): number
  /** A whole number from 0 (included) to `count` (excluded). */
  below(count: number): number
  /** One item of a list that is not empty. */
  pick<Item>(items: ReadonlyArray<Item>): Item
}

/**
 * A seeded generator (mulberry32: 32 bits of state, good enough to vary invented pages and
 * fast enough for millions of calls).
 *
 * @param seed - any whole number; the same seed gives the same numbers.
 * @returns the generator.
 * @example
 *   createRandom(1).below(10) === createRandom(1).below(10) //=> true
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const below = (count: number): number => Math.floor(next() * count)
  const pick = <Item>(items: ReadonlyArray<Item>): Item => {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list')
    return items[below(items.length)] as Item
  }
  return { next, below, pick }
}

/**
 * The seed of one page of an archive: a mix of the archive's seed and the page's index, so
 * that any page can be made alone, in any order, and a smaller archive is the start of a
 * larger one with the same seed.
 *
 * @param seed - the archive's seed.
 * @param index - the page's index.
 * @returns a 32-bit seed.
 */
export function pageSeed(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d)
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b)
  return (h ^ (h >>> 16)) >>> 0
}
