import { sep } from 'node:path'

/**
 * Whether a path is a folder or lies inside it; both are real, absolute paths.
 *
 * @param path - the path.
 * @param folder - the folder.
 * @returns true when `path` is `folder` or under it.
 * @example
 *   isInside('/a/b/c', '/a/b') //=> true
 *   isInside('/a/bc', '/a/b') //=> false
 */
export function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`)
}
