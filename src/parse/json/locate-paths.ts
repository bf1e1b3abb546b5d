import { visit } from 'jsonc-parser'
import { cleanJsonString } from './clean-string.js'

/** Where the value at one path of a JSON text stands. */
export interface PathPlace {
  /** Whether the text holds a value at the whole path. */
  found: boolean
  /** Offsets of the value at the path, or of the nearest value above it that the text holds. */
  start: number
  end: number
  /** Offsets of the value's key, when it is found and stands in an object. */
  keyStart?: number
  keyEnd?: number
}

// A place some path goes through: where its value (and its key, in an object) stands
// in the text, once the text has been read, and the places below it.
interface Place {
  below: Map<string | number, Place>
  start?: number
  end?: number
  keyStart?: number
  keyEnd?: number
}

/**
 * Find where the values at some paths stand in a JSON text. The paths are gathered into
 * one tree, and one pass of the JSON scanner over the text notes where each of its
 * places stands, so the work grows with the text and the paths, not with their product.
 * Keys are compared as the reader cleaned them; of a key given twice, the last is noted,
 * as the value holds.
 *
 * @param paths - keys and indices from the root value, such as `['authors', 0]`.
 * @param text - the JSON text, well-formed and nested at most `maxNesting` deep.
 * @returns for each path, in order, where its value (or the nearest above it) stands.
 * @example
 *   locatePaths([['a']], '{"a": [1]}') //=> [{ found: true, start: 6, end: 9, keyStart: 1, keyEnd: 4 }]
 */
export function locatePaths(
  paths: ReadonlyArray<ReadonlyArray<string | number>>,
  text: string,
): PathPlace[] {
  const root: Place = { below: new Map() }
  for (const path of paths) {
    let place = root
    for (const segment of path) {
      let next = place.below.get(segment)
      if (next === undefined) {
        next = { below: new Map() }
        place.below.set(segment, next)
      }
      place = next
    }
  }
  notePlaces(root, text)
  return paths.map((path) => {
    let found = root
    let place: Place | undefined = root
    for (const segment of path) {
      place = place.below.get(segment)
      if (place?.start === undefined) break
      found = place
    }
    const start = found.start ?? 0
    const located: PathPlace = { found: place === found, start, end: found.end ?? start }
    if (place === found && found.keyStart !== undefined) {
      located.keyStart = found.keyStart
      located.keyEnd = found.keyEnd ?? found.keyStart
    }
    return located
  })
}

// Read the text once, noting where each place of the tree stands.
function notePlaces(root: Place, text: string): void {
  // The place of each open object or list (undefined when no path goes inside it), and
  // the index of the next item of each list.
  const open: Array<Place | undefined> = []
  const indices: number[] = []
  const keys: Array<string | undefined> = []
  const inList: boolean[] = []
  const placeOfNext = (): Place | undefined => {
    const depth = open.length
    if (depth === 0) return root
    const parent = open[depth - 1]
    if (parent === undefined) return undefined
    const segment = inList[depth - 1] ? (indices[depth - 1] ?? 0) : keys[depth - 1]
    return segment === undefined ? undefined : parent.below.get(segment)
  }
  const begin = (list: boolean) => (offset: number) => {
    const place = placeOfNext()
    if (place !== undefined) place.start = offset
    open.push(place)
    inList.push(list)
    indices.push(0)
    keys.push(undefined)
  }
  const end = (offset: number, length: number) => {
    const place = open.pop()
    if (place !== undefined) place.end = offset + length
    inList.pop()
    indices.pop()
    keys.pop()
    advance()
  }
  // After a value in a list, the next item has the next index.
  const advance = () => {
    const depth = open.length
    if (depth > 0 && inList[depth - 1]) indices[depth - 1] = (indices[depth - 1] ?? 0) + 1
  }
  visit(
    text,
    {
      onObjectBegin: begin(false),
      onArrayBegin: begin(true),
      onObjectEnd: end,
      onArrayEnd: end,
      onObjectProperty: (raw: string, offset, length) => {
        const depth = open.length
        const parent = open[depth - 1]
        if (parent === undefined) return
        const key = cleanJsonString(raw, text, offset, ignore)
        keys[depth - 1] = key
        const place = parent.below.get(key)
        if (place === undefined) return
        place.keyStart = offset
        place.keyEnd = offset + length
      },
      onLiteralValue: (_: unknown, offset, length) => {
        const place = placeOfNext()
        if (place !== undefined) {
          place.start = offset
          place.end = offset + length
        }
        advance()
      },
    },
    { disallowComments: true },
  )
}

function ignore(): void {}
