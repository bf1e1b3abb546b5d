const identifier = /^[A-Za-z_$][\w$]*$/

/**
 * Write an object path the way a user reads it in JavaScript.
 *
 * @param segments - keys and indices from the root of the value.
 * @returns the path: `authors[0].name`, `localizedNames["zh-Hant"]`, or `''` for the root.
 * @example
 *   formatPath(['authors', 0, 'name']) //=> 'authors[0].name'
 */
export function formatPath(segments: ReadonlyArray<PropertyKey>): string {
  let path = ''
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`
    else if (typeof segment === 'string' && identifier.test(segment)) {
      path += path === '' ? segment : `.${segment}`
    } else path += `[${JSON.stringify(String(segment))}]`
  }
  return path
}
