/**
 * Make a function that builds something from an object once per object: patterns from a
 * vocabulary, a merged vocabulary from a caller's additions. The results are kept in a
 * `WeakMap`, so they go when the object goes.
 *
 * @param build - what to build from an object.
 * @returns the same function, building once per object.
 * @example
 *   const patternsOf = compiledOnce((words: string[]) => new RegExp(words.join('|')))
 *   patternsOf(list) === patternsOf(list) //=> true
 */
export function compiledOnce<Key extends object, Value>(
  build: (key: Key) => Value,
): (key: Key) => Value {
  const cache = new WeakMap<Key, Value>()
  return (key) => {
    let value = cache.get(key)
    if (value === undefined) {
      value = build(key)
      cache.set(key, value)
    }
    return value
  }
}
