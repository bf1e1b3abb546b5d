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
  // Nearly every call asks for the object asked for last (a page is read with one
  // vocabulary): it is answered without a WeakMap lookup. Only that one object and its
  // value are held past their callers' use, until another object is asked for.
  let lastKey: Key | undefined
  let lastValue: Value | undefined
  return (key) => {
    if (key === lastKey) return lastValue as Value
    let value = cache.get(key)
    if (value === undefined) {
      value = build(key)
      cache.set(key, value)
    }
    lastKey = key
    lastValue = value
    return value
  }
}
